using System.Globalization;
using Bootcamp.Domain.Learners;
using Bootcamp.Domain.Logging;
using Bootcamp.Domain.Programmes;
using Bootcamp.Domain.Progress;
using Bootcamp.Domain.Projects;
using Bootcamp.Web.Features.Progress;
using Bootcamp.Web.Features.Shared;
using Microsoft.Data.Sqlite;

namespace Bootcamp.Benchmarks.Logging;

/// <summary>
/// The same facts as <see cref="CohortProgressQuery"/>, read with hand-written SQL: the progress section is most of
/// the cohort page's work, so the yardstick has to do it too.
/// </summary>
public static class RawProgressQuery
{
    public static async Task<CohortProgressFacts> LoadAsync(SqliteConnection connection, LoggingCohort cohort, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var id = ("$id", (object)cohort.Id);
        var zone = cohort.TimeZone;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(nowUtc, zone));
        var criteria = (await RawSql.ReadAsync(connection, """
            SELECT Criteria_MinAttendancePercent, Criteria_MinExerciseMinutes, Criteria_MinGroupSharePercent,
                   Criteria_RequireAllProjectsPassed, Criteria_MinSoftSkillAverage, Criteria_RequireAllBadges, Criteria_SoftSkillSource
            FROM Programmes WHERE Id = $p
            """, r => new GraduationCriteria(r.GetInt32(0), r.GetInt32(1), r.GetInt32(2), r.GetBoolean(3), r.GetDecimal(4), r.GetBoolean(5),
                Enum.Parse<SoftSkillSource>(r.GetString(6))),
            cancellationToken, ("$p", cohort.ProgrammeId)))[0];
        var modules = await RawSql.ReadAsync(connection, """
            SELECT Id, Title, PlannedLectureMinutes, PlannedExerciseMinutes, BadgeName FROM Modules WHERE ProgrammeId = $p ORDER BY Position
            """, r => new ModuleTarget(r.GetInt32(0), r.GetString(1), r.GetInt32(2), r.GetInt32(3), r.IsDBNull(4) ? null : r.GetString(4)),
            cancellationToken, ("$p", cohort.ProgrammeId));
        var sessions = await RawSql.ReadAsync(connection, """
            SELECT Id, ModuleId, StartUtc, EndUtc, Status FROM LectureSessions WHERE CohortId = $id ORDER BY StartUtc
            """, r =>
            {
                var start = DateTime.SpecifyKind(r.GetDateTime(2), DateTimeKind.Utc);
                return new SessionFact(r.GetInt32(0), r.GetInt32(1), DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(start, zone)), start,
                    (int)(r.GetDateTime(3) - start).TotalMinutes, r.GetString(4) == "Cancelled");
            }, cancellationToken, id);
        var end = cohort.EndDate ?? sessions.LastOrDefault()?.Date ?? cohort.StartDate;
        var rubric = await RawSql.ReadAsync(connection, "SELECT Id, Name FROM SoftSkills WHERE ProgrammeId = $p ORDER BY Position",
            r => new SkillFact(r.GetInt32(0), r.GetString(1)), cancellationToken, ("$p", cohort.ProgrammeId));
        var points = await RawSql.ReadAsync(connection, "SELECT Id, Name, Date FROM AssessmentPoints WHERE CohortId = $id ORDER BY Date, Id",
            r => new PointFact(r.GetInt32(0), r.GetString(1), r.GetFieldValue<DateOnly>(2)), cancellationToken, id);
        var facts = new CohortFacts(cohort.StartDate, end, modules, sessions, criteria, today, nowUtc, rubric, points);

        var learners = await RawSql.ReadAsync(connection, """
            SELECT e.LearnerId, l.FirstName || ' ' || l.LastName, e.EnrolledOn, e.Status, e.StatusChangedOn
            FROM Enrolments e JOIN Learners l ON l.Id = e.LearnerId
            WHERE e.CohortId = $id AND NOT EXISTS (SELECT 1 FROM Enrolments later WHERE later.CohortId = e.CohortId AND later.LearnerId = e.LearnerId AND later.EnrolledOn > e.EnrolledOn)
            ORDER BY l.LastName, l.FirstName
            """, r => (Id: r.GetInt32(0), Name: r.GetString(1), Period: RawSql.Period(r, 2)), cancellationToken, id);
        var marks = (await RawSql.ReadAsync(connection, """
            SELECT a.LearnerId, a.SessionId, a.Status FROM LectureSessions s JOIN Attendance a ON a.SessionId = s.Id WHERE s.CohortId = $id
            """, r => (Learner: r.GetInt32(0), Mark: new AttendanceMark(r.GetInt32(1), Enum.Parse<AttendanceStatus>(r.GetString(2)))), cancellationToken, id))
            .ToLookup(m => m.Learner, m => m.Mark);
        var exercise = (await RawSql.ReadAsync(connection, """
            SELECT LearnerId, Date, Kind, SUM(Minutes) FROM ExerciseLogs WHERE CohortId = $id GROUP BY LearnerId, Date, Kind
            """, r => (Learner: r.GetInt32(0), Day: new ExerciseDay(r.GetFieldValue<DateOnly>(1), Enum.Parse<ExerciseKind>(r.GetString(2)), r.GetInt32(3))),
            cancellationToken, id))
            .ToLookup(e => e.Learner, e => e.Day);
        var projects = await RawSql.ReadAsync(connection, "SELECT Id, Title, DueDate, PassMarkPercent FROM GroupProjects WHERE CohortId = $id",
            r => (Id: r.GetInt32(0), Title: r.GetString(1), Due: r.GetFieldValue<DateOnly>(2), PassMark: r.GetInt32(3)), cancellationToken, id);
        var grades = (await RawSql.ReadAsync(connection, """
            SELECT m.LearnerId, g.GroupProjectId, g.GradePercent, m.ContributionAdjustment FROM ProjectGroups g JOIN ProjectGroupMembers m ON m.GroupId = g.Id
            WHERE g.CohortId = $id AND g.GroupProjectId IS NOT NULL
            """, r => (Learner: r.GetInt32(0), Project: r.GetInt32(1), Grade: r.IsDBNull(2) ? (int?)null : ProjectScore.Result(r.GetInt32(2), r.GetInt32(3))), cancellationToken, id))
            .ToLookup(g => g.Learner);
        var skills = (await RawSql.ReadAsync(connection, "SELECT LearnerId, SkillId, PointId, Score FROM SoftSkillAssessments WHERE CohortId = $id",
            r => (Learner: r.GetInt32(0), Score: new SkillScore(r.GetInt32(1), r.GetInt32(2), r.GetInt32(3))),
            cancellationToken, id))
            .ToLookup(s => s.Learner, s => s.Score);
        var badges = (await RawSql.ReadAsync(connection, "SELECT LearnerId, ModuleId FROM BadgeAwards WHERE CohortId = $id",
            r => (Learner: r.GetInt32(0), Module: r.GetInt32(1)), cancellationToken, id))
            .ToLookup(b => b.Learner, b => b.Module);

        var learnerFacts = learners.Select(l =>
        {
            var mine = grades[l.Id].ToDictionary(g => g.Project, g => g.Grade);
            return new LearnerFacts(l.Id, l.Period, [.. marks[l.Id]], [.. exercise[l.Id]],
                [.. projects.Select(p => new ProjectResult(p.Id, p.Title, p.Due, p.PassMark, mine.GetValueOrDefault(p.Id)))],
                [.. skills[l.Id]], badges[l.Id].ToHashSet());
        }).ToList();
        return new CohortProgressFacts(facts, learnerFacts, learners.ToDictionary(l => l.Id, l => l.Name), new CriteriaInForce(1, null, facts.Criteria));
    }
}

/// <summary>The few helpers the raw ADO.NET yardstick shares: run a query into a list, read an enrolment period.</summary>
public static class RawSql
{
    public static async Task<List<T>> ReadAsync<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> read,
        CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
            rows.Add(read(reader));
        return rows;
    }

    /// <summary>Columns EnrolledOn, Status, StatusChangedOn from <paramref name="first"/> on, read as <see cref="EnrolmentPeriod.Of"/> does.</summary>
    public static EnrolmentPeriod Period(SqliteDataReader r, int first)
    {
        var status = Enum.Parse<EnrolmentStatus>(r.GetString(first + 1));
        DateOnly? changed = r.IsDBNull(first + 2) ? null : DateOnly.Parse(r.GetString(first + 2), CultureInfo.InvariantCulture);
        var left = status is EnrolmentStatus.Withdrawn or EnrolmentStatus.Deferred ? changed : null;
        return new EnrolmentPeriod(DateOnly.Parse(r.GetString(first), CultureInfo.InvariantCulture), left, status);
    }
}
