using Bootcamp.Domain.SoftSkills;
using Bootcamp.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.IntegrationTests.SoftSkills;

/// <summary>
/// A <see cref="LoggingWorld"/> cohort (Berlin, the FSW programme and its five-skill rubric, taught by the demo
/// instructor, a group of three) with two assessment points: <see cref="Midpoint"/> ten days ago and the final one
/// after its end.
/// </summary>
public sealed class SoftSkillWorld
{
    public required LoggingWorld Cohort { get; init; }
    public required int Midpoint { get; init; }
    public required int Final { get; init; }
    public required IReadOnlyList<int> Skills { get; init; }

    public int CohortId => Cohort.CohortId;

    /// <summary>The learners the grid rates: everyone but the withdrawn learner.</summary>
    public IReadOnlyList<int> Rated => [.. Cohort.Regulars, Cohort.LateLearner];

    public static async Task<SoftSkillWorld> CreateAsync(BootcampApp app)
    {
        var cohort = await LoggingWorld.CreateAsync(app);
        return await app.WithDbAsync(async db =>
        {
            var programmeId = await db.Cohorts.Where(c => c.Id == cohort.CohortId).Select(c => c.ProgrammeId).SingleAsync();
            var midpoint = new AssessmentPoint(cohort.CohortId, "Midpoint", cohort.Today.AddDays(-10));
            var final = new AssessmentPoint(cohort.CohortId, "Final", cohort.Today.AddDays(202));
            db.AssessmentPoints.AddRange(midpoint, final);
            await db.SaveChangesAsync();
            return new SoftSkillWorld
            {
                Cohort = cohort,
                Midpoint = midpoint.Id,
                Final = final.Id,
                Skills = await db.SoftSkills.Where(s => s.ProgrammeId == programmeId).OrderBy(s => s.Position).Select(s => s.Id).ToListAsync(),
            };
        });
    }

    /// <summary>The grid's fields for <paramref name="learners"/> in order, every skill rated <paramref name="score"/> unless <paramref name="cell"/> says otherwise.</summary>
    public Dictionary<string, string> Grid(int pointId, IReadOnlyList<int> learners, int score, Func<int, int, (string Score, string? Comment)?>? cell = null, int? groupId = null)
    {
        var fields = new Dictionary<string, string> { ["Form.PointId"] = pointId.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        if (groupId is { } group)
            fields["Form.GroupId"] = group.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var i = 0;
        foreach (var learner in learners)
        {
            foreach (var skill in Skills)
            {
                var (value, comment) = cell?.Invoke(learner, skill) ?? (score.ToString(System.Globalization.CultureInfo.InvariantCulture), null);
                fields[$"Form.Cells[{i}].LearnerId"] = learner.ToString(System.Globalization.CultureInfo.InvariantCulture);
                fields[$"Form.Cells[{i}].SkillId"] = skill.ToString(System.Globalization.CultureInfo.InvariantCulture);
                fields[$"Form.Cells[{i}].Score"] = value;
                if (comment is not null)
                    fields[$"Form.Cells[{i}].Comment"] = comment;
                i++;
            }
        }
        return fields;
    }
}
