using Bootcamp.Domain.Cohorts;
using Bootcamp.Domain.Common;
using Bootcamp.Domain.Scheduling;
using Bootcamp.Web.Data;
using Bootcamp.Web.Features.Cohorts;
using Bootcamp.Web.Features.Progress;
using Bootcamp.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.Schedule;

/// <summary>A session as the forms give it: local times already turned into instants, the room and the instructor.</summary>
public sealed record SessionSlot(DateTime StartUtc, DateTime EndUtc, int? RoomId, int? InstructorId);

/// <summary>A calendar planned from the generate form, with the conflicts its sessions would create.</summary>
public sealed record PlannedCalendar(CalendarPlan Plan, IReadOnlyList<ScheduleConflict> Conflicts);

/// <summary>A shift worked out from the shift form, with the conflicts the moved sessions would create.</summary>
public sealed record PlannedShift(ShiftResult Result, IReadOnlyList<ScheduleConflict> Conflicts);

/// <summary>
/// Every write of the schedule pages, for cohorts and sessions the caller has already found through the user's scope.
/// Rules broken on the way come out as <see cref="Domain.Common.DomainException"/>s for the page to show; writes of
/// more than one row are one <see cref="WriteTransaction"/>, whole or not at all.
/// </summary>
public sealed class CalendarWriter(BootcampDb db, ScheduleQuery query)
{
    /// <summary>
    /// Plans the calendar the form asks for (<see cref="CalendarPlanner"/>) and checks its sessions against the
    /// network's bookings. The plan's problems, if any, are for the form; nothing is written.
    /// </summary>
    public async Task<PlannedCalendar> PlanAsync(CohortHeader cohort, GenerateForm form, DateOnly today, CancellationToken cancellationToken)
    {
        var closed = await query.ClosedDaysAsync(cohort.CentreId, cohort.Id, cancellationToken);
        var rota = form.Rota();
        var request = new ScheduleRequest(await query.ModulePlansAsync(cohort.ProgrammeId, cancellationToken), form.Slots(), form.StartDate!.Value, cohort.Zone)
        {
            Closed = closed,
            RoomId = form.RoomId,
            Rota = rota,
        };
        var named = new PlannedCohort(cohort.Id, cohort.Code, cohort.TimeZoneId,
            await query.RoomNameAsync(form.RoomId, cancellationToken), await query.InstructorNamesAsync(rota.Instructors, cancellationToken));
        var plan = CalendarPlanner.Plan(request, await query.ExistingSessionsAsync(cohort.Id, cancellationToken), today, named);
        if (plan.Result is not { } result)
            return new(plan, []);
        var bookings = await query.BookingsAsync(plan.Candidates, [.. result.Replaced.Select(s => s.Id)], cancellationToken);
        return new(plan, ConflictDetector.Check(plan.Candidates, bookings, closed, request.StartDate, result.EndDate));
    }

    /// <summary>Works out a shift (<see cref="ScheduleShift"/>) and checks the moved sessions against the network's bookings.</summary>
    public async Task<PlannedShift> PlanShiftAsync(CohortHeader cohort, DateOnly fromDate, int days, CancellationToken cancellationToken)
    {
        var closed = await query.ClosedDaysAsync(cohort.CentreId, cohort.Id, cancellationToken);
        var result = ScheduleShift.Shift(await query.ExistingSessionsAsync(cohort.Id, cancellationToken), fromDate, days, cohort.Zone, closed, cohort.EndDate);
        var movedIds = result.Moved.Select(m => m.Id).ToList();
        // A shift moves times only: each moved session is booked as it is stored, at its new time.
        var stored = await query.Booked(db.Sessions.Where(s => movedIds.Contains(s.Id))).ToDictionaryAsync(b => b.SessionId!.Value, cancellationToken);
        var candidates = result.Moved.Select(moved => stored[moved.Id] with { StartUtc = moved.StartUtc, EndUtc = moved.EndUtc }).ToList();
        var conflicts = ConflictDetector.Check(candidates, await query.BookingsAsync(candidates, [], cancellationToken), closed, cohort.StartDate, result.EndDate);
        return new(result, conflicts);
    }

    /// <summary>
    /// Replaces the sessions the plan replaces and adds the planned ones, or does nothing and answers false when a
    /// replaced session got attendance since the plan was made: marks are never deleted with their session. The write
    /// transaction keeps roster saves out between that check and the commit. Sessions with a conflict the user
    /// accepted carry the form's reason.
    /// </summary>
    public async Task<bool> SaveCalendarAsync(int cohortId, GenerateForm form, PlannedCalendar planned, CancellationToken cancellationToken)
    {
        var plan = planned.Plan;
        var result = plan.Result ?? throw new InvalidOperationException("A refused plan cannot be saved.");
        var conflicted = planned.Conflicts.Select(c => c.Session).ToHashSet(ReferenceEqualityComparer.Instance);
        await using var transaction = await WriteTransaction.BeginAsync(db, cancellationToken);
        var replaced = result.Replaced.Select(s => s.Id).ToList();
        if (replaced.Count > 0
            && await db.Sessions.Where(s => replaced.Contains(s.Id) && !db.Attendance.Any(a => a.SessionId == s.Id)).ExecuteDeleteAsync(cancellationToken) != replaced.Count)
            return false;
        await FiguresStamps.RaiseAsync(db, [cohortId], cancellationToken);
        var cohort = await db.Cohorts.Include(c => c.Instructors).SingleAsync(c => c.Id == cohortId, cancellationToken);
        cohort.Update(cohort.Code, form.StartDate!.Value, cohort.Capacity, form.RoomId, form.Slots());
        cohort.SetEndDate(result.EndDate);
        cohort.SetInstructors(cohort.Instructors.Select(i => i.InstructorId).Concat(form.Rota().Instructors).ToList());
        for (var i = 0; i < result.Planned.Sessions.Count; i++)
        {
            var next = result.Planned.Sessions[i];
            var session = new LectureSession(cohortId, next.ModuleId, next.Topic, next.StartUtc, next.EndUtc, next.RoomId, next.InstructorId);
            if (conflicted.Contains(plan.Candidates[i]))
                session.OverrideConflicts(form.OverrideReason!);
            db.Sessions.Add(session);
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Moves one session; the tallies of learners marked at it take its new start in the same transaction.</summary>
    public async Task MoveAsync(int sessionId, SessionSlot slot, string? acceptedConflicts, CancellationToken cancellationToken)
    {
        await using var transaction = await WriteTransaction.BeginAsync(db, cancellationToken);
        var session = await db.Sessions.SingleAsync(s => s.Id == sessionId, cancellationToken);
        session.Move(slot.StartUtc, slot.EndUtc, slot.RoomId);
        session.AssignInstructor(slot.InstructorId);
        if (acceptedConflicts is not null)
            session.OverrideConflicts(acceptedConflicts);
        await db.SaveChangesAsync(cancellationToken);
        await RefreshMarkedAsync(session.CohortId, [sessionId], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task RefreshMarkedAsync(int cohortId, IReadOnlyCollection<int> sessionIds, CancellationToken cancellationToken)
    {
        var marked = await db.Attendance.Where(a => sessionIds.Contains(a.SessionId)).Select(a => a.LearnerId).Distinct().ToListAsync(cancellationToken);
        await TallyWriter.RefreshAsync(db, cohortId, marked, cancellationToken);
    }

    public async Task AddSessionAsync(int cohortId, int moduleId, string? topic, SessionSlot slot, string? acceptedConflicts, CancellationToken cancellationToken)
    {
        var session = new LectureSession(cohortId, moduleId, string.IsNullOrWhiteSpace(topic) ? null : topic.Trim(),
            slot.StartUtc, slot.EndUtc, slot.RoomId, slot.InstructorId);
        if (acceptedConflicts is not null)
            session.OverrideConflicts(acceptedConflicts);
        db.Sessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Cancels the session and keeps the cancellation in its history, which outlives a later restore.</summary>
    public async Task CancelAsync(int sessionId, string reason, string changedBy, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var session = await db.Sessions.SingleAsync(s => s.Id == sessionId, cancellationToken);
        session.Cancel(reason);
        db.SessionChanges.Add(new SessionChange(session, SessionChangeKind.Cancelled, reason, changedBy, nowUtc));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Schedules a cancelled session again at its time, room and instructor, with the reason in its history; or
    /// answers what is in the way and writes nothing. Inside the write transaction the cohort's status and the
    /// session's bookings are checked again, so a lecture booked into the slot meanwhile cannot be doubled.
    /// </summary>
    public async Task<IReadOnlyList<ScheduleConflict>> RestoreAsync(CohortHeader cohort, int sessionId, string reason, string changedBy, DateTime nowUtc,
        CancellationToken cancellationToken)
    {
        await using var transaction = await WriteTransaction.BeginAsync(db, cancellationToken);
        var status = await db.Cohorts.Where(c => c.Id == cohort.Id).Select(c => c.Status).SingleAsync(cancellationToken);
        if (status is CohortStatus.Completed or CohortStatus.Cancelled)
            throw new DomainException("", RestoreRefusal(cohort.Code, status));
        var session = await db.Sessions.SingleAsync(s => s.Id == sessionId, cancellationToken);
        var conflicts = await query.ConflictsAsync(cohort, session.Id, new SessionSlot(session.StartUtc, session.EndUtc, session.RoomId, session.InstructorId),
            cancellationToken);
        if (conflicts.Count > 0)
            return conflicts;
        session.Restore();
        db.SessionChanges.Add(new SessionChange(session, SessionChangeKind.Restored, reason, changedBy, nowUtc));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return [];
    }

    /// <summary>A finished cohort's calendar is history: its sessions are not restored.</summary>
    public static string RestoreRefusal(string code, CohortStatus status) =>
        $"{code} is {CohortStatusMoves.Word(status)}: its sessions can no longer be restored.";

    /// <summary>Moves the shifted sessions and sets the cohort's new end date together.</summary>
    public async Task ShiftAsync(int cohortId, PlannedShift planned, string? overrideReason, CancellationToken cancellationToken)
    {
        var result = planned.Result;
        var movedIds = result.Moved.Select(m => m.Id).ToList();
        var conflicted = planned.Conflicts.Select(c => c.Session.SessionId).ToHashSet();
        await using var transaction = await WriteTransaction.BeginAsync(db, cancellationToken);
        var tracked = await db.Sessions.Where(s => movedIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        foreach (var moved in result.Moved)
        {
            tracked[moved.Id].Move(moved.StartUtc, moved.EndUtc, moved.RoomId);
            if (conflicted.Contains(moved.Id))
                tracked[moved.Id].OverrideConflicts(overrideReason!);
        }
        var cohort = await db.Cohorts.SingleAsync(c => c.Id == cohortId, cancellationToken);
        cohort.SetEndDate(result.EndDate);
        await db.SaveChangesAsync(cancellationToken);
        await RefreshMarkedAsync(cohortId, movedIds, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task AddBreakAsync(int cohortId, string name, DateOnly firstDay, DateOnly lastDay, CancellationToken cancellationToken)
    {
        db.CohortBreaks.Add(new CohortBreak(cohortId, name, firstDay, lastDay));
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<bool> RemoveBreakAsync(int cohortId, int breakId, CancellationToken cancellationToken) =>
        await db.CohortBreaks.Where(b => b.Id == breakId && b.CohortId == cohortId).ExecuteDeleteAsync(cancellationToken) > 0;

    public async Task ResetCohortTokenAsync(int cohortId, CancellationToken cancellationToken)
    {
        var cohort = await db.Cohorts.SingleAsync(c => c.Id == cohortId, cancellationToken);
        cohort.ResetCalendarToken();
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task ResetInstructorTokenAsync(int instructorId, CancellationToken cancellationToken)
    {
        var instructor = await db.Instructors.SingleAsync(i => i.Id == instructorId, cancellationToken);
        instructor.ResetCalendarToken();
        await db.SaveChangesAsync(cancellationToken);
    }
}
