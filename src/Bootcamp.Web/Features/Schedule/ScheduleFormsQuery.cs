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

    /// <summary>The generate form as the cohort stands: its start, pattern, room and first instructor.</summary>
    public async Task<GenerateForm> DefaultGenerateFormAsync(CohortHeader cohort, CancellationToken cancellationToken)
    {
        var entity = await scope.Cohorts().AsNoTracking().Include(c => c.Instructors).SingleAsync(c => c.Id == cohort.Id, cancellationToken);
        return GenerateForm.For(cohort.StartDate, entity.Pattern, cohort.DefaultRoomId, entity.Instructors.Select(i => (int?)i.InstructorId).FirstOrDefault());
    }

    public async Task<GenerateViewModel> GenerateAsync(CohortHeader cohort, GenerateForm form, BreakForm breakForm, SchedulePreview? preview,
        CancellationToken cancellationToken) =>
        new(cohort, form, breakForm, await _schedule.RoomsAsync(cohort.CentreId, cancellationToken),
            await _schedule.InstructorsForAsync(cohort.Id, null, cancellationToken), await _schedule.BreaksAsync(cohort.Id, cancellationToken),
            await scope.Sessions().CountAsync(s => s.CohortId == cohort.Id, cancellationToken), preview);

    /// <summary>The shift form with how many scheduled sessions are still to come at the centre today.</summary>
    public async Task<ShiftViewModel> ShiftAsync(CohortHeader cohort, ShiftForm form, CancellationToken cancellationToken)
    {
        var fromUtc = ScheduleGenerator.ToUtc(clock.Today(cohort.Zone), TimeOnly.MinValue, cohort.Zone);
        return new(cohort, form, await _schedule.SessionCountAsync(cohort.Id, fromUtc, cancellationToken));
    }
}
