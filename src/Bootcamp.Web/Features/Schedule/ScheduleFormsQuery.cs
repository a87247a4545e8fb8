using Bootcamp.Domain.Cohorts;
using Bootcamp.Domain.Scheduling;
using Bootcamp.Web.Data;
using Bootcamp.Web.Features.Shared;
using Bootcamp.Web.Infrastructure.Auth;
using Bootcamp.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.Schedule;

/// <summary>The schedule's list page and what its generate and shift pages show around the form.</summary>
public sealed class ScheduleFormsQuery(BootcampDb db, UserScope scope, CentreClock clock)
{
    private readonly ScheduleQuery _schedule = new(db, scope);

    /// <summary>Cohorts running first, then planned, then the rest; staff and admins also get the centre and instructor pages.</summary>
    public async Task<ScheduleIndexViewModel> IndexAsync(CancellationToken cancellationToken)
    {
        var cohorts = await _schedule.Headers(scope.Cohorts()).ToListAsync(cancellationToken);
        var ordered = cohorts.OrderBy(c => c.Status switch { CohortStatus.Active => 0, CohortStatus.Planned => 1, _ => 2 }).ThenBy(c => c.StartDate).ToList();
        if (!scope.IsAdmin && !scope.IsStaff)
            return new(ordered, [], []);
        var centres = await scope.Centres().AsNoTracking().OrderBy(c => c.Name).Select(c => new Choice(c.Id, c.Name)).ToListAsync(cancellationToken);
        var instructors = await scope.Instructors().AsNoTracking().OrderBy(i => i.FullName).Select(i => new Choice(i.Id, i.FullName)).ToListAsync(cancellationToken);
        return new(ordered, centres, instructors);
    }

    /// <summary>
    /// The generate form as the cohort stands: its start, pattern and room. No instructor is chosen here: the controller
    /// pre-selects one only once it knows who is free (<see cref="InstructorAvailability.Suggested"/>).
    /// </summary>
    public async Task<GenerateForm> DefaultGenerateFormAsync(CohortHeader cohort, CancellationToken cancellationToken)
    {
        var pattern = await scope.Cohorts().AsNoTracking().Where(c => c.Id == cohort.Id).Select(c => c.Pattern).SingleAsync(cancellationToken);
        return GenerateForm.For(cohort.StartDate, pattern, cohort.DefaultRoomId, null);
    }

    /// <summary>The instructors the form offers, free ones first, each with the clashes <paramref name="planned"/> would give them.</summary>
    public async Task<IReadOnlyList<InstructorOption>> InstructorChoicesAsync(CohortHeader cohort, PlannedCalendar? planned, CancellationToken cancellationToken)
    {
        var options = await _schedule.InstructorOptionsAsync(cohort.Id, cancellationToken);
        if (planned?.Plan.Result is null)
            return InstructorAvailability.Ranked(options);
        var clashes = await _schedule.ClashesAsync(planned, [.. options.Select(o => o.Id)], cancellationToken);
        return InstructorAvailability.Ranked(options.Select(o => o with { Clashes = clashes.GetValueOrDefault(o.Id) }));
    }

    public async Task<GenerateViewModel> GenerateAsync(CohortHeader cohort, GenerateForm form, BreakForm breakForm, SchedulePreview? preview,
        IReadOnlyList<InstructorOption> instructors, CancellationToken cancellationToken) =>
        new(cohort, form, breakForm, await _schedule.RoomsAsync(cohort.CentreId, cancellationToken),
            instructors, await _schedule.ModulesAsync(cohort.ProgrammeId, cancellationToken), await _schedule.BreaksAsync(cohort.Id, cancellationToken),
            await scope.Sessions().CountAsync(s => s.CohortId == cohort.Id, cancellationToken), preview);

    /// <summary>The shift form with how many scheduled sessions are still to come at the centre today.</summary>
    public async Task<ShiftViewModel> ShiftAsync(CohortHeader cohort, ShiftForm form, CancellationToken cancellationToken)
    {
        var fromUtc = ScheduleGenerator.ToUtc(clock.Today(cohort.Zone), TimeOnly.MinValue, cohort.Zone);
        return new(cohort, form, await _schedule.SessionCountAsync(cohort.Id, fromUtc, cancellationToken));
    }
}
