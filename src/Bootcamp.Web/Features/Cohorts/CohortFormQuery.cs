using Bootcamp.Domain.Cohorts;
using Bootcamp.Web.Data;
using Bootcamp.Web.Features.Shared;
using Bootcamp.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.Cohorts;

/// <summary>
/// What the cohort form offers, and the same lists again to check a post: the user's centres and their rooms, and the
/// instructors the user may assign (<see cref="UserScope.AssignableInstructors"/>) plus those already on the cohort.
/// Assigning is what brings an instructor's week into a centre's scope, so nobody else is offered or accepted.
/// </summary>
public sealed class CohortFormQuery(BootcampDb db, UserScope scope)
{
    public async Task<CohortFormViewModel> PageAsync(CohortForm form, Cohort? cohort, CancellationToken cancellationToken)
    {
        var programmes = await db.Programmes.AsNoTracking().OrderBy(p => p.Name).Select(p => new Choice(p.Id, p.Code + " · " + p.Name)).ToListAsync(cancellationToken);
        var centres = await scope.ManagedCentres().AsNoTracking().OrderBy(c => c.Name).Select(c => new Choice(c.Id, c.Name)).ToListAsync(cancellationToken);
        var centreIds = cohort is null ? centres.Select(c => c.Id).ToList() : [cohort.CentreId];
        var centreNames = centres.ToDictionary(c => c.Id, c => c.Name);
        var rooms = (await scope.Rooms().AsNoTracking()
                .Where(r => centreIds.Contains(r.CentreId))
                .Select(r => new { r.Id, r.Name, r.Capacity, r.CentreId })
                .ToListAsync(cancellationToken))
            .Select(r => new RoomChoice(r.Id, r.Name, r.Capacity, r.CentreId, centreNames.GetValueOrDefault(r.CentreId, "")))
            .OrderBy(r => r.Centre).ThenBy(r => r.Name)
            .ToList();
        var instructors = await InstructorsAsync(cohort, cancellationToken);
        IReadOnlyList<CohortStatus> statuses = cohort is null ? [CohortStatus.Planned] : [cohort.Status, .. CohortStatusMoves.Next(cohort.Status)];
        return new CohortFormViewModel(
            form, cohort?.Id,
            cohort is null ? null : programmes.FirstOrDefault(p => p.Id == cohort.ProgrammeId)?.Name,
            cohort is null ? null : centreNames.GetValueOrDefault(cohort.CentreId),
            programmes, centres, rooms, instructors, statuses);
    }

    /// <summary>The ids of <see cref="InstructorsAsync"/>: what a post may choose from.</summary>
    public async Task<IReadOnlySet<int>> ChoosableInstructorIdsAsync(Cohort? cohort, CancellationToken cancellationToken) =>
        (await InstructorsAsync(cohort, cancellationToken)).Select(i => i.Id).ToHashSet();

    /// <summary>Those based at the cohort's centres first, then by home centre; instructors kept from before last.</summary>
    private async Task<IReadOnlyList<InstructorChoice>> InstructorsAsync(Cohort? cohort, CancellationToken cancellationToken)
    {
        var centres = scope.Centres();
        var assignable = await scope.AssignableInstructors().AsNoTracking()
            .Select(i => new { i.Id, i.FullName, i.HomeCentreId, Home = centres.Where(c => c.Id == i.HomeCentreId).Select(c => c.Name).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        var ownCentre = cohort?.CentreId;
        var choices = assignable
            .OrderBy(i => i.HomeCentreId is { } home && (ownCentre is null ? scope.CanManageCentre(home) : home == ownCentre) ? 0 : 1)
            .ThenBy(i => i.Home is null ? 1 : 0).ThenBy(i => i.Home).ThenBy(i => i.FullName)
            .Select(i => new InstructorChoice(i.Id, i.FullName, i.Home ?? "No home centre"))
            .ToList();
        if (cohort is null)
            return choices;
        var offered = choices.Select(c => c.Id).ToHashSet();
        var kept = await scope.Cohorts().AsNoTracking()
            .Where(c => c.Id == cohort.Id)
            .SelectMany(c => c.Instructors.Select(i => new { i.InstructorId, i.Instructor!.FullName }))
            .ToListAsync(cancellationToken);
        choices.AddRange(kept.Where(k => !offered.Contains(k.InstructorId)).OrderBy(k => k.FullName)
            .Select(k => new InstructorChoice(k.InstructorId, k.FullName, "Already teaching this cohort")));
        return choices;
    }
}
