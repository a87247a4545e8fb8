using Bootcamp.Domain.Logging;
using AttendanceMark = Bootcamp.Domain.Logging.Attendance;
using Bootcamp.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.Progress;

/// <summary>
/// Keeps <see cref="LearnerTally"/> equal to the raw rows it sums. The summary is kept by the app rather than by
/// database triggers: the same EF code then serves SQLite and PostgreSQL (triggers would be two dialects and two
/// migration sets to keep in step), the generator's and the demo's bulk history count their tallies in memory instead
/// of paying a trigger per row, and the writes that change marks or hours are few and named: the roster
/// (<c>RosterWriter</c>), hours, the weekly grid and the CSV import (<c>HoursWriter</c>), corrections and deletions
/// (<c>EntryCorrector</c>), moved lectures (<c>CalendarWriter</c>, which move the marked lectures' starts), and the
/// demo history (<c>DemoHistory</c>). The others call <see cref="RefreshAsync"/> inside their write transaction after their
/// rows are saved; a test recomputes every tally from the rows after a mixed workload.
/// Withdrawals, reinstatements and cancelled lectures change no tally: the reader applies them.
/// </summary>
public static class TallyWriter
{
    /// <summary>
    /// Recounts the tallies of <paramref name="learnerIds"/> in the cohort from their marks and logs as the current
    /// transaction sees them, so a write that changed, added or deleted rows leaves exact sums. Recounting rather than
    /// adding differences is safe because <c>WriteTransaction</c> lets one writer in at a time on both providers
    /// (SQLite's BEGIN IMMEDIATE, PostgreSQL's advisory lock), so no other write changes the rows between the count and the commit.
    /// </summary>
    public static async Task RefreshAsync(BootcampDb db, int cohortId, IReadOnlyCollection<int> learnerIds, CancellationToken cancellationToken)
    {
        var ids = learnerIds.Distinct().ToList();
        if (ids.Count == 0)
            return;
        var marks = await db.Sessions
            .Where(s => s.CohortId == cohortId)
            .Join(db.Attendance.Where(a => ids.Contains(a.LearnerId)), s => s.Id, a => a.SessionId, (s, a) => new { a.LearnerId, a.Status, s.StartUtc })
            .GroupBy(m => new { m.LearnerId, m.Status })
            .Select(g => new { g.Key.LearnerId, g.Key.Status, Count = g.Count(), First = g.Min(m => m.StartUtc), Last = g.Max(m => m.StartUtc) })
            .ToListAsync(cancellationToken);
        var minutes = await db.ExerciseLogs
            .Where(e => e.CohortId == cohortId && ids.Contains(e.LearnerId))
            .GroupBy(e => new { e.LearnerId, e.Kind })
            .Select(g => new { g.Key.LearnerId, g.Key.Kind, Minutes = g.Sum(e => e.Minutes) })
            .ToListAsync(cancellationToken);
        var stored = await db.LearnerTallies.Where(t => t.CohortId == cohortId && ids.Contains(t.LearnerId)).ToDictionaryAsync(t => t.LearnerId, cancellationToken);
        foreach (var learnerId in ids)
        {
            var fresh = new LearnerTally(cohortId, learnerId);
            foreach (var m in marks.Where(m => m.LearnerId == learnerId))
                fresh.CountMarks(m.Status, m.Count, m.First, m.Last);
            foreach (var m in minutes.Where(m => m.LearnerId == learnerId))
                fresh.AddMinutes(m.Kind, m.Minutes);
            if (stored.TryGetValue(learnerId, out var tally))
            {
                if (fresh.IsEmpty)
                    db.LearnerTallies.Remove(tally);
                else
                    tally.CopyCounts(fresh);
            }
            else if (!fresh.IsEmpty)
            {
                db.LearnerTallies.Add(fresh);
            }
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Adds new exercise logs to their learners' tallies without recounting: a batch of new hours (the form, the weekly
    /// grid, an import) only adds minutes, and inside the write transaction no one else changes the tallies, so the sum
    /// stays exact at the cost of reading one row per learner instead of every log they have.
    /// </summary>
    public static async Task AddLogsAsync(BootcampDb db, int cohortId, IReadOnlyList<ExerciseLog> logs, CancellationToken cancellationToken)
    {
        var ids = logs.Select(l => l.LearnerId).Distinct().ToList();
        var tallies = await db.LearnerTallies.Where(t => t.CohortId == cohortId && ids.Contains(t.LearnerId)).ToDictionaryAsync(t => t.LearnerId, cancellationToken);
        foreach (var log in logs)
        {
            if (!tallies.TryGetValue(log.LearnerId, out var tally))
            {
                tally = new LearnerTally(cohortId, log.LearnerId);
                db.LearnerTallies.Add(tally);
                tallies[log.LearnerId] = tally;
            }
            tally.AddMinutes(log.Kind, log.Minutes);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Recounts every learner of the cohort who has a mark, a log or a tally there (for rows written around the writers, as a benchmark's set-up does).</summary>
    public static async Task RefreshCohortAsync(BootcampDb db, int cohortId, CancellationToken cancellationToken)
    {
        var marked = db.Sessions.Where(s => s.CohortId == cohortId).Join(db.Attendance, s => s.Id, a => a.SessionId, (s, a) => a.LearnerId);
        var logged = db.ExerciseLogs.Where(e => e.CohortId == cohortId).Select(e => e.LearnerId);
        var tallied = db.LearnerTallies.Where(t => t.CohortId == cohortId).Select(t => t.LearnerId);
        var learners = await marked.Union(logged).Union(tallied).ToListAsync(cancellationToken);
        await RefreshAsync(db, cohortId, learners, cancellationToken);
    }

    /// <summary>
    /// Fills the tallies of a database that has marks and logs from before the summary existed, in one statement in
    /// plain SQL that SQLite and PostgreSQL both run (the migration that creates the table runs it). Statuses and kinds
    /// are stored as their names.
    /// </summary>
    public const string BackfillSql = """
        INSERT INTO "LearnerTallies" ("CohortId", "LearnerId", "Present", "Late", "Absent", "Excused", "FirstMarkedUtc", "LastMarkedUtc", "LoggedMinutes", "GroupMinutes")
        SELECT k."CohortId", k."LearnerId",
            COALESCE(m."Present", 0), COALESCE(m."Late", 0), COALESCE(m."Absent", 0), COALESCE(m."Excused", 0),
            m."FirstMarkedUtc", m."LastMarkedUtc", COALESCE(x."LoggedMinutes", 0), COALESCE(x."GroupMinutes", 0)
        FROM (
            SELECT s."CohortId", a."LearnerId" FROM "Attendance" a JOIN "LectureSessions" s ON s."Id" = a."SessionId"
            UNION
            SELECT e."CohortId", e."LearnerId" FROM "ExerciseLogs" e
        ) k
        LEFT JOIN (
            SELECT s."CohortId", a."LearnerId",
                SUM(CASE WHEN a."Status" = 'Present' THEN 1 ELSE 0 END) AS "Present",
                SUM(CASE WHEN a."Status" = 'Late' THEN 1 ELSE 0 END) AS "Late",
                SUM(CASE WHEN a."Status" = 'Absent' THEN 1 ELSE 0 END) AS "Absent",
                SUM(CASE WHEN a."Status" = 'Excused' THEN 1 ELSE 0 END) AS "Excused",
                MIN(s."StartUtc") AS "FirstMarkedUtc", MAX(s."StartUtc") AS "LastMarkedUtc"
            FROM "Attendance" a JOIN "LectureSessions" s ON s."Id" = a."SessionId"
            GROUP BY s."CohortId", a."LearnerId"
        ) m ON m."CohortId" = k."CohortId" AND m."LearnerId" = k."LearnerId"
        LEFT JOIN (
            SELECT e."CohortId", e."LearnerId", SUM(e."Minutes") AS "LoggedMinutes",
                SUM(CASE WHEN e."Kind" = 'Group' THEN e."Minutes" ELSE 0 END) AS "GroupMinutes"
            FROM "ExerciseLogs" e
            GROUP BY e."CohortId", e."LearnerId"
        ) x ON x."CohortId" = k."CohortId" AND x."LearnerId" = k."LearnerId"
        """;

    /// <summary>
    /// The tallies of rows about to be inserted in bulk into a cohort that has none yet (the demo history, the
    /// generated network), counted in memory; <paramref name="sessionStarts"/> gives each marked lecture's start.
    /// </summary>
    public static IReadOnlyList<LearnerTally> Of(int cohortId, IEnumerable<AttendanceMark> marks, IReadOnlyDictionary<int, DateTime> sessionStarts,
        IEnumerable<ExerciseLog> logs)
    {
        var tallies = new Dictionary<int, LearnerTally>();
        LearnerTally For(int learnerId) => tallies.TryGetValue(learnerId, out var t) ? t : tallies[learnerId] = new LearnerTally(cohortId, learnerId);
        foreach (var mark in marks)
        {
            var start = sessionStarts[mark.SessionId];
            For(mark.LearnerId).CountMarks(mark.Status, 1, start, start);
        }
        foreach (var log in logs)
            For(log.LearnerId).AddMinutes(log.Kind, log.Minutes);
        return [.. tallies.Values];
    }
}
