using Bootcamp.Domain.Logging;
using Bootcamp.Web.Data;
using Bootcamp.Web.Infrastructure.Auth;
using Bootcamp.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.Exports;

/// <summary>One exercise log row as the raw export writes it.</summary>
public sealed record RawExerciseRow(int Id, int CohortId, int LearnerId, string Learner, int ModuleId, DateOnly Date, int Minutes, ExerciseKind Kind, string Description);

/// <summary>One attendance mark as the raw export writes it: the lecture's start is turned into the centre's day and time.</summary>
public sealed record RawAttendanceRow(int Id, int CohortId, int LearnerId, string Learner, int ModuleId, DateTime StartUtc, AttendanceStatus Status);

/// <summary>The few names the raw rows refer to by id, loaded once: cohort codes with their centre's time zone, module titles.</summary>
public sealed record RawExportNames(IReadOnlyDictionary<int, RawCohort> Cohorts, IReadOnlyDictionary<int, string> Modules);

public sealed record RawCohort(string Code, TimeZoneInfo Zone);

/// <summary>
/// Every exercise log row and attendance mark of the chosen cohorts, read through the user's scope, untracked and
/// streamed in id order one row at a time, so a network's millions of rows never sit in memory together.
/// </summary>
public sealed class RawExportQuery(BootcampDb db, UserScope scope)
{
    public async Task<RawExportNames> NamesAsync(IReadOnlyCollection<int> cohortIds, CancellationToken cancellationToken)
    {
        var centres = scope.Centres();
        var cohorts = await scope.Cohorts().AsNoTracking()
            .Where(c => cohortIds.Contains(c.Id))
            .Select(c => new { c.Id, c.Code, Zone = centres.Where(ct => ct.Id == c.CentreId).Select(ct => ct.TimeZoneId).First() })
            .ToListAsync(cancellationToken);
        var programmes = scope.Cohorts().Where(c => cohortIds.Contains(c.Id)).Select(c => c.ProgrammeId);
        var modules = await db.Modules.AsNoTracking().Where(m => programmes.Contains(m.ProgrammeId)).ToDictionaryAsync(m => m.Id, m => m.Title, cancellationToken);
        return new RawExportNames(cohorts.ToDictionary(c => c.Id, c => new RawCohort(c.Code, CentreClock.Zone(c.Zone))), modules);
    }

    public Task<int> ExerciseCountAsync(IReadOnlyCollection<int> cohortIds, CancellationToken cancellationToken) =>
        scope.ExerciseLogs().CountAsync(e => cohortIds.Contains(e.CohortId), cancellationToken);

    public Task<int> AttendanceCountAsync(IReadOnlyCollection<int> cohortIds, CancellationToken cancellationToken) =>
        scope.Attendance().CountAsync(a => scope.Sessions().Any(s => s.Id == a.SessionId && cohortIds.Contains(s.CohortId)), cancellationToken);

    public IAsyncEnumerable<RawExerciseRow> ExerciseRows(IReadOnlyCollection<int> cohortIds) =>
        (from e in scope.ExerciseLogs().AsNoTracking()
            where cohortIds.Contains(e.CohortId)
            join l in scope.Learners() on e.LearnerId equals l.Id
            orderby e.Id
            select new RawExerciseRow(e.Id, e.CohortId, e.LearnerId, l.FirstName + " " + l.LastName, e.ModuleId, e.Date, e.Minutes, e.Kind, e.Description))
        .AsAsyncEnumerable();

    public IAsyncEnumerable<RawAttendanceRow> AttendanceRows(IReadOnlyCollection<int> cohortIds) =>
        (from a in scope.Attendance().AsNoTracking()
            join s in scope.Sessions() on a.SessionId equals s.Id
            where cohortIds.Contains(s.CohortId)
            join l in scope.Learners() on a.LearnerId equals l.Id
            orderby a.Id
            select new RawAttendanceRow(a.Id, s.CohortId, a.LearnerId, l.FirstName + " " + l.LastName, s.ModuleId, s.StartUtc, a.Status))
        .AsAsyncEnumerable();
}
