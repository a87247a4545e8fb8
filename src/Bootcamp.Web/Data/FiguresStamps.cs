using Bootcamp.Domain.Centres;
using Bootcamp.Domain.Cohorts;
using Bootcamp.Domain.Learners;
using Bootcamp.Domain.Logging;
using Bootcamp.Domain.Programmes;
using Bootcamp.Domain.Progress;
using Bootcamp.Domain.Projects;
using Bootcamp.Domain.Scheduling;
using Bootcamp.Domain.SoftSkills;
using Bootcamp.Domain.Graduation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Query;

namespace Bootcamp.Web.Data;

/// <summary>How far a changed row of one entity type can move cohorts' figures.</summary>
public enum FiguresReach
{
    /// <summary>No cohort's figures read it (names, rooms, accounts, files, logs of who did what).</summary>
    None,

    /// <summary>The cohort row itself: dates, status, programme, centre.</summary>
    Cohort,

    /// <summary>A row of one cohort, through its <c>CohortId</c>.</summary>
    CohortRow,

    /// <summary>A mark, through its lecture's cohort.</summary>
    SessionRow,

    /// <summary>A group member's contribution, through its group's cohort.</summary>
    GroupRow,

    /// <summary>The programme row (its criteria): every cohort of the programme.</summary>
    Programme,

    /// <summary>A row of one programme (modules, skills, criteria versions), through its <c>ProgrammeId</c>.</summary>
    ProgrammeRow,

    /// <summary>The centre row (its time zone sets the cohorts' today): every cohort of the centre.</summary>
    Centre,
}

/// <summary>
/// Raises the figures stamp of every cohort whose figures a save can move, in the save's own transaction, so that a
/// <see cref="Features.Progress.KeptFigures"/> row computed before it never answers again (kept by the app, like
/// <see cref="Features.Progress.LearnerTally"/>, not by triggers: one EF code for both providers). It reads the change
/// tracker (<see cref="BootcampDb"/> runs <see cref="Raise"/> on <see cref="Reached"/> in every save), so every tracked
/// write is covered without its writer knowing; the few set-based writes that bypass the tracker call
/// <see cref="RaiseAsync(BootcampDb, IReadOnlyCollection{int}, CancellationToken)"/> themselves. Every entity
/// type of the model has a <see cref="FiguresReach"/> here, which a test checks, so a new table is a decision and
/// not a stale dashboard.
/// </summary>
public static class FiguresStamps
{
    /// <summary>The cohorts' shadow column that counts the writes that moved their figures.</summary>
    public const string Column = "FiguresStamp";

    private static readonly Dictionary<Type, FiguresReach> Reaches = new()
    {
        [typeof(Cohort)] = FiguresReach.Cohort,
        [typeof(Enrolment)] = FiguresReach.CohortRow,
        [typeof(LectureSession)] = FiguresReach.CohortRow,
        [typeof(ExerciseLog)] = FiguresReach.CohortRow,
        [typeof(Features.Progress.LearnerTally)] = FiguresReach.CohortRow,
        [typeof(GroupProject)] = FiguresReach.CohortRow,
        [typeof(ProjectGroup)] = FiguresReach.CohortRow,
        [typeof(SoftSkillAssessment)] = FiguresReach.CohortRow,
        [typeof(AssessmentPoint)] = FiguresReach.CohortRow,
        [typeof(BadgeAward)] = FiguresReach.CohortRow,
        [typeof(GraduationDecision)] = FiguresReach.CohortRow,
        [typeof(Attendance)] = FiguresReach.SessionRow,
        [typeof(ProjectGroupMember)] = FiguresReach.GroupRow,
        [typeof(Programme)] = FiguresReach.Programme,
        [typeof(Module)] = FiguresReach.ProgrammeRow,
        [typeof(SoftSkill)] = FiguresReach.ProgrammeRow,
        [typeof(CriteriaVersion)] = FiguresReach.ProgrammeRow,
        [typeof(TrainingCentre)] = FiguresReach.Centre,
    };

    private static readonly HashSet<string> Unread =
    [
        "Room", "Holiday", "Partner", "CohortInstructor", "CohortSponsor", "Instructor", "Learner", "ProjectMilestone", "ProjectTemplate",
        "MilestoneSubmission", "GroupMove", "PeerRound", "PeerSubmission", "PeerRating", "AuditEntry", "IssuedCredential", "IssuerKey", "CohortBreak",
        "SessionChange", "ReportSubscription", "SubscribedCohort", "SubscriptionRun", "StaffCentre", "SeedImport", "ExportFile",
        "ExportFileChunk", "DataProtectionKey", "KeptFigures", "AppUser",
    ];

    /// <summary>The reach of an entity type, or null for a type nobody has decided on yet (the test lists them).</summary>
    public static FiguresReach? ReachOf(Type type) =>
        Reaches.TryGetValue(type, out var reach) ? reach
        : Unread.Contains(type.Name) || type.Namespace == "Microsoft.AspNetCore.Identity" ? FiguresReach.None
        : null;

    /// <summary>
    /// The cohorts the tracked changes reach, or null when they reach none; read before the changes are saved (a
    /// deleted mark still finds its lecture). Both the original and the current key count, so a row moved between
    /// cohorts stales both.
    /// </summary>
    public static IQueryable<Cohort>? Reached(BootcampDb db)
    {
        var cohorts = new HashSet<int>();
        var sessions = new HashSet<int>();
        var groups = new HashSet<int>();
        var programmes = new HashSet<int>();
        var centres = new HashSet<int>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
                continue;
            var (keys, property) = ReachOf(entry.Metadata.ClrType) switch
            {
                FiguresReach.Cohort => (cohorts, "Id"),
                FiguresReach.CohortRow => (cohorts, "CohortId"),
                FiguresReach.SessionRow => (sessions, "SessionId"),
                FiguresReach.GroupRow => (groups, "GroupId"),
                FiguresReach.Programme => (programmes, "Id"),
                FiguresReach.ProgrammeRow => (programmes, "ProgrammeId"),
                FiguresReach.Centre => (centres, "Id"),
                _ => (null, ""),
            };
            keys?.UnionWith(Keys(entry, property));
        }
        if (cohorts.Count + sessions.Count + groups.Count + programmes.Count + centres.Count == 0)
            return null;
        var sessionCohorts = db.Sessions.Where(s => sessions.Contains(s.Id)).Select(s => s.CohortId);
        var groupCohorts = db.ProjectGroups.Where(g => groups.Contains(g.Id)).Select(g => g.CohortId);
        return db.Cohorts.Where(c => cohorts.Contains(c.Id) || programmes.Contains(c.ProgrammeId) || centres.Contains(c.CentreId)
            || sessionCohorts.Contains(c.Id) || groupCohorts.Contains(c.Id));
    }

    /// <summary>For a set-based write that bypasses the change tracker (for example <c>ExecuteDelete</c> of lectures).</summary>
    public static Task RaiseAsync(BootcampDb db, IReadOnlyCollection<int> cohortIds, CancellationToken cancellationToken) =>
        db.Cohorts.Where(c => cohortIds.Contains(c.Id)).ExecuteUpdateAsync(Raise, cancellationToken);

    /// <summary>The update that raises the stamps of the cohorts it runs on.</summary>
    public static void Raise(UpdateSettersBuilder<Cohort> cohort) =>
        cohort.SetProperty(c => EF.Property<long>(c, Column), c => EF.Property<long>(c, Column) + 1);

    /// <summary>The entry's key values, before and after the change; temporary keys of added rows are left out.</summary>
    private static IEnumerable<int> Keys(EntityEntry entry, string property)
    {
        var value = entry.Property(property);
        if (entry.State != EntityState.Added && value.OriginalValue is int original)
            yield return original;
        if (entry.State != EntityState.Deleted && !value.IsTemporary && value.CurrentValue is int current)
            yield return current;
    }
}
