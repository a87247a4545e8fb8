using Bootcamp.Domain.Cohorts;
using Bootcamp.Domain.Learners;
using Bootcamp.Domain.Scheduling;
using Bootcamp.Web.Data;
using Bootcamp.Web.Features.Progress;
using Bootcamp.Web.Features.Schedule;
using Bootcamp.Web.Infrastructure.Auth;
using Bootcamp.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.Cohorts;

/// <summary>
/// The cohort page: the cohort, what to do on it now, its learners with their progress, read through the user's
/// scope. Learners' e-mail addresses are personal data that partners do not see (README, who sees personal data).
/// </summary>
public sealed class CohortDetailsQuery(BootcampDb db, UserScope scope, CentreClock clock)
{
    public async Task<CohortDetailsViewModel?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var programmes = db.Programmes;
        var centres = scope.Centres();
        var rooms = scope.Rooms();
        var cohort = await scope.Cohorts().AsNoTracking()
            .Where(c => c.Id == id)
            .Select(c => new
            {
                c.Id, c.Code, c.Status, c.CancellationReason, c.StartDate, c.EndDate, c.Capacity, c.CentreId, c.Pattern,
                Programme = programmes.Where(p => p.Id == c.ProgrammeId).Select(p => new { p.Name, p.Code }).First(),
                Centre = centres.Where(ct => ct.Id == c.CentreId).Select(ct => new { ct.Name, ct.TimeZoneId }).First(),
                Room = rooms.Where(r => r.Id == c.DefaultRoomId).Select(r => r.Name).FirstOrDefault(),
                Instructors = c.Instructors.Select(i => i.Instructor!.FullName).OrderBy(name => name).ToList(),
                SponsorIds = c.Sponsors.Select(s => s.PartnerId).ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (cohort is null)
            return null;

        var sponsors = await db.Partners.AsNoTracking().Where(p => cohort.SponsorIds.Contains(p.Id)).OrderBy(p => p.Name).Select(p => p.Name).ToListAsync(cancellationToken);
        var showContact = !scope.IsPartner;
        var enrolments = await scope.Enrolments().AsNoTracking()
            .Where(e => e.CohortId == id)
            .Join(scope.Learners(), e => e.LearnerId, l => l.Id, (e, l) => new { e, l })
            .OrderBy(x => x.e.Status == EnrolmentStatus.Withdrawn ? 1 : 0)
            .ThenBy(x => x.l.LastName).ThenBy(x => x.l.FirstName)
            .Select(x => new CohortLearnerRow(
                x.e.Id, x.l.Id, x.l.FirstName + " " + x.l.LastName, showContact ? x.l.Email : null,
                x.e.Status, x.e.EnrolledOn, x.e.StatusChangedOn, x.e.StatusReason))
            .ToListAsync(cancellationToken);
        // A learner who came back after leaving has two enrolments; the page, like the progress engine, shows the latest.
        var latest = enrolments.GroupBy(l => l.LearnerId).Select(g => g.OrderByDescending(l => l.EnrolledOn).ThenByDescending(l => l.EnrolmentId).First()).ToHashSet();
        var learners = enrolments.Where(latest.Contains).ToList();

        var facts = await new CohortProgressQuery(db, scope, clock).LoadAsync(id, cancellationToken);
        var progress = facts is null ? null : CohortProgressViewModel.From(id, facts, ProgressViewer.Of(scope));
        var hasEnded = facts is { } f && f.Cohort.Sessions.Any(s => !s.Cancelled) && f.Cohort.Today > f.Cohort.EndDate;
        var steps = await NextStepsAsync(
            new(cohort.Id, cohort.CentreId, cohort.Status, cohort.StartDate, cohort.Centre.TimeZoneId, facts?.Cohort.Sessions.Count ?? 0, hasEnded,
                learners.Count(l => l.Status == EnrolmentStatus.Enrolled)),
            cancellationToken);
        return new CohortDetailsViewModel(
            cohort.Id, cohort.Code, cohort.Programme.Name, cohort.Programme.Code, cohort.Centre.Name, cohort.Centre.TimeZoneId,
            cohort.Status, cohort.StartDate, cohort.EndDate, PatternWords.Describe(cohort.Pattern), cohort.Room,
            cohort.Instructors, sponsors, cohort.Capacity, learners, scope.CanManageCentre(cohort.CentreId),
            progress,
            cohort.CancellationReason,
            steps,
            hasEnded);
    }

    private sealed record StepFacts(int Id, int CentreId, CohortStatus Status, DateOnly StartDate, string TimeZoneId, int Sessions, bool HasEnded, int Enrolled);

    /// <summary>
    /// What to do on the cohort now, for this viewer (issue 12): today's attendance and hours for whoever logs
    /// (instructors and staff), the calendar and graduation for whoever manages the centre. Partners only read.
    /// </summary>
    private async Task<IReadOnlyList<NextStep>> NextStepsAsync(StepFacts cohort, CancellationToken cancellationToken)
    {
        var steps = new List<NextStep>();
        if (scope.IsPartner || cohort.Status == CohortStatus.Cancelled)
            return steps;
        var zone = CentreClock.Zone(cohort.TimeZoneId);
        var today = clock.Today(zone);
        var canManage = scope.CanManageCentre(cohort.CentreId);
        var running = cohort.Status != CohortStatus.Completed && !cohort.HasEnded;

        if (running)
        {
            foreach (var lecture in await TodaysLecturesAsync(cohort.Id, zone, today, cancellationToken))
            {
                var at = TimeZoneInfo.ConvertTimeFromUtc(lecture.StartUtc, zone).ToString("HH:mm");
                steps.Add(lecture.Taken
                    ? new($"Review today's attendance ({at})", $"/Attendance/Sessions/{lecture.Id}", $"{lecture.Module}: attendance is taken.")
                    : new($"Take today's attendance ({at})", $"/Attendance/Sessions/{lecture.Id}", lecture.Module));
            }
            if (today >= cohort.StartDate && cohort.Enrolled > 0)
                steps.Add(new("Log exercise hours", $"/ExerciseHours/Cohorts/{cohort.Id}/Log", "One entry at a time, or the whole week in the weekly grid."));
        }
        if (!canManage)
            return steps;
        if (running && cohort.Sessions == 0)
            steps.Add(new("Generate the calendar", $"/Schedule/Generate/{cohort.Id}", "The cohort has no lectures yet."));
        else if (running
                 && await new CentreConflictsQuery(scope, new ScheduleQuery(db, scope)).OpenCountAsync(cohort.CentreId, cohort.Id, clock.UtcNow, cancellationToken) is > 0 and var conflicts)
            steps.Add(new(conflicts == 1 ? "Fix 1 calendar conflict" : $"Fix {conflicts} calendar conflicts", $"/Schedule/Conflicts/{cohort.CentreId}",
                "Upcoming lectures double-booked, on a closed day or outside the cohort's dates."));
        if (cohort.HasEnded && cohort.Enrolled > 0)
            steps.Add(new("Decide graduation", $"/Graduation/Cohort/{cohort.Id}",
                cohort.Enrolled == 1 ? "1 learner awaits a decision." : $"{cohort.Enrolled} learners await a decision."));
        return steps;
    }

    private sealed record TodaysLecture(int Id, DateTime StartUtc, string Module, bool Taken);

    /// <summary>The cohort's lectures on the centre's today; an instructor's own only (a co-instructor's lecture is theirs to take).</summary>
    private async Task<IReadOnlyList<TodaysLecture>> TodaysLecturesAsync(int cohortId, TimeZoneInfo zone, DateOnly today, CancellationToken cancellationToken)
    {
        var from = Midnight(today, zone);
        var to = Midnight(today.AddDays(1), zone);
        var instructorId = scope.IsInstructor ? scope.InstructorId : null;
        var attendance = scope.Attendance();
        return await scope.Sessions().AsNoTracking()
            .Where(s => s.CohortId == cohortId && s.Status == SessionStatus.Scheduled && s.StartUtc >= from && s.StartUtc < to)
            .Where(s => instructorId == null || s.InstructorId == instructorId || s.InstructorId == null)
            .OrderBy(s => s.StartUtc)
            .Select(s => new TodaysLecture(s.Id, s.StartUtc, db.Modules.Where(m => m.Id == s.ModuleId).Select(m => m.Title).First(),
                attendance.Any(a => a.SessionId == s.Id)))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The instant a local day starts; a zone that springs forward at midnight starts it an hour later.</summary>
    private static DateTime Midnight(DateOnly day, TimeZoneInfo zone)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return TimeZoneInfo.ConvertTimeToUtc(zone.IsInvalidTime(midnight) ? midnight.AddHours(1) : midnight, zone);
    }
}
