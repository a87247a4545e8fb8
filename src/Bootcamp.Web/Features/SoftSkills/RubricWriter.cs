using Bootcamp.Domain.Common;
using Bootcamp.Domain.SoftSkills;
using Bootcamp.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.SoftSkills;

/// <summary>Adds, changes and removes the skills of a programme's rubric; a rule broken comes back as a <see cref="DomainException"/>.</summary>
public sealed class RubricWriter(BootcampDb db)
{
    public async Task AddAsync(int programmeId, SkillForm form, CancellationToken cancellationToken)
    {
        var skills = await db.SoftSkills.Where(s => s.ProgrammeId == programmeId).ToListAsync(cancellationToken);
        var skill = new SoftSkill(programmeId, skills.Count == 0 ? 1 : skills.Max(s => s.Position) + 1, form.Name ?? "", form.Levels);
        CheckNameFree(skills, skill.Name, null);
        db.SoftSkills.Add(skill);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Changes a skill's name or descriptors; ratings already given keep pointing at it.</summary>
    public async Task<bool> UpdateAsync(int programmeId, SkillForm form, CancellationToken cancellationToken)
    {
        var skills = await db.SoftSkills.Where(s => s.ProgrammeId == programmeId).ToListAsync(cancellationToken);
        var skill = skills.FirstOrDefault(s => s.Id == form.SkillId);
        if (skill is null)
            return false;
        CheckNameFree(skills, form.Name?.Trim() ?? "", skill.Id);
        skill.Update(form.Name ?? "", form.Levels);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Removes a skill nobody was rated in yet; a rated skill stays, so no rating loses its meaning.</summary>
    public async Task<bool> RemoveAsync(int programmeId, int skillId, CancellationToken cancellationToken)
    {
        var skill = await db.SoftSkills.SingleOrDefaultAsync(s => s.Id == skillId && s.ProgrammeId == programmeId, cancellationToken);
        if (skill is null)
            return false;
        if (await db.SoftSkillAssessments.AnyAsync(a => a.SkillId == skillId, cancellationToken)
            || await db.PeerSubmissions.AnyAsync(s => s.Ratings.Any(r => r.SkillId == skillId), cancellationToken))
            throw new DomainException(nameof(SoftSkill.Name), $"Learners have been rated in {skill.Name}, so it stays in the rubric; rename or redescribe it instead.");
        db.SoftSkills.Remove(skill);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static void CheckNameFree(IEnumerable<SoftSkill> skills, string name, int? except)
    {
        if (skills.Any(s => s.Id != except && string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase)))
            throw new DomainException(nameof(SoftSkill.Name), $"The rubric already has a skill named {name}.");
    }
}
