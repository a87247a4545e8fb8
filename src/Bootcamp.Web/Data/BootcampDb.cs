using Bootcamp.Domain.Centres;
using Bootcamp.Domain.Cohorts;
using Bootcamp.Domain.Credentials;
using Bootcamp.Domain.Graduation;
using Bootcamp.Domain.Learners;
using Bootcamp.Domain.Logging;
using Bootcamp.Domain.Partners;
using Bootcamp.Domain.Programmes;
using Bootcamp.Domain.Progress;
using Bootcamp.Domain.Projects;
using Bootcamp.Domain.Scheduling;
using Bootcamp.Domain.SoftSkills;
using Bootcamp.Domain.Subscriptions;
using Bootcamp.Web.Features.Exports;
using Bootcamp.Web.Features.Progress;
using Bootcamp.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Bootcamp.Web.Data;

/// <summary>
/// The app's model, on SQLite as it stands; <see cref="PostgresBootcampDb"/> derives from it for PostgreSQL so that
/// each provider keeps its own migrations set (EF finds a migration by the exact context type it was made for).
/// </summary>
public class BootcampDb : IdentityDbContext<AppUser>, IDataProtectionKeyContext
{
    public BootcampDb(DbContextOptions<BootcampDb> options) : base(options)
    {
    }

    /// <summary>For a provider's own context, whose options are typed for it.</summary>
    protected BootcampDb(DbContextOptions options) : base(options)
    {
    }

    public DbSet<Programme> Programmes => Set<Programme>();
    public DbSet<Module> Modules => Set<Module>();
    public DbSet<CriteriaVersion> CriteriaVersions => Set<CriteriaVersion>();
    public DbSet<TrainingCentre> Centres => Set<TrainingCentre>();
    public DbSet<Room> Rooms => Set<Room>();
    public DbSet<Holiday> Holidays => Set<Holiday>();
    public DbSet<Partner> Partners => Set<Partner>();
    public DbSet<Cohort> Cohorts => Set<Cohort>();
    public DbSet<CohortInstructor> CohortInstructors => Set<CohortInstructor>();
    public DbSet<CohortSponsor> CohortSponsors => Set<CohortSponsor>();
    public DbSet<Instructor> Instructors => Set<Instructor>();
    public DbSet<Learner> Learners => Set<Learner>();
    public DbSet<Enrolment> Enrolments => Set<Enrolment>();
    public DbSet<LectureSession> Sessions => Set<LectureSession>();
    public DbSet<Attendance> Attendance => Set<Attendance>();
    public DbSet<ExerciseLog> ExerciseLogs => Set<ExerciseLog>();
    public DbSet<LearnerTally> LearnerTallies => Set<LearnerTally>();
    public DbSet<KeptFigures> KeptFigures => Set<KeptFigures>();
    public DbSet<ProjectGroup> ProjectGroups => Set<ProjectGroup>();
    public DbSet<ProjectGroupMember> ProjectGroupMembers => Set<ProjectGroupMember>();
    public DbSet<GroupProject> GroupProjects => Set<GroupProject>();
    public DbSet<ProjectMilestone> ProjectMilestones => Set<ProjectMilestone>();
    public DbSet<ProjectTemplate> ProjectTemplates => Set<ProjectTemplate>();
    public DbSet<MilestoneSubmission> MilestoneSubmissions => Set<MilestoneSubmission>();
    public DbSet<GroupMove> GroupMoves => Set<GroupMove>();
    public DbSet<SoftSkillAssessment> SoftSkillAssessments => Set<SoftSkillAssessment>();
    public DbSet<SoftSkill> SoftSkills => Set<SoftSkill>();
    public DbSet<AssessmentPoint> AssessmentPoints => Set<AssessmentPoint>();
    public DbSet<PeerRound> PeerRounds => Set<PeerRound>();
    public DbSet<PeerSubmission> PeerSubmissions => Set<PeerSubmission>();
    public DbSet<BadgeAward> BadgeAwards => Set<BadgeAward>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<GraduationDecision> GraduationDecisions => Set<GraduationDecision>();
    public DbSet<IssuedCredential> IssuedCredentials => Set<IssuedCredential>();
    public DbSet<IssuerKey> IssuerKeys => Set<IssuerKey>();
    public DbSet<CohortBreak> CohortBreaks => Set<CohortBreak>();
    public DbSet<SessionChange> SessionChanges => Set<SessionChange>();
    public DbSet<ReportSubscription> ReportSubscriptions => Set<ReportSubscription>();
    public DbSet<SubscribedCohort> SubscribedCohorts => Set<SubscribedCohort>();
    public DbSet<SubscriptionRun> SubscriptionRuns => Set<SubscriptionRun>();
    public DbSet<StaffCentre> StaffCentres => Set<StaffCentre>();
    public DbSet<SeedImport> SeedImports => Set<SeedImport>();
    public DbSet<ExportFile> ExportFiles => Set<ExportFile>();
    public DbSet<ExportFileChunk> ExportFileChunks => Set<ExportFileChunk>();

    /// <summary>ASP.NET Core data protection's key ring, when it is kept here (<c>DataProtection:Store</c>) for several nodes to share.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>
    /// Saves with the figures stamps of the cohorts the changes reach raised in the same transaction: the save's own
    /// when none is open, so the stamps and the rows commit together or not at all.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ChangeTracker.DetectChanges();
        if (FiguresStamps.Reached(this) is not { } reached)
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        await using var transaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        await reached.ExecuteUpdateAsync(FiguresStamps.Raise, cancellationToken);
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (transaction is not null)
            await transaction.CommitAsync(cancellationToken);
        return saved;
    }

    /// <summary>The same for the few callers that save synchronously (the data-protection key ring's store).</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        ChangeTracker.DetectChanges();
        if (FiguresStamps.Reached(this) is not { } reached)
            return base.SaveChanges(acceptAllChangesOnSuccess);
        using var transaction = Database.CurrentTransaction is null ? Database.BeginTransaction() : null;
        reached.ExecuteUpdate(FiguresStamps.Raise);
        var saved = base.SaveChanges(acceptAllChangesOnSuccess);
        transaction?.Commit();
        return saved;
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(BootcampDb).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configuration)
    {
        configuration.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
        configuration.Properties<string>().HaveMaxLength(400);
    }
}

/// <summary>Records that the demo data set was imported, so a second start imports nothing twice.</summary>
public sealed class SeedImport
{
    public int Id { get; set; }
    public string DataSet { get; set; } = "";
    public DateTime ImportedAtUtc { get; set; }
}

/// <summary>
/// Lets <c>dotnet ef migrations add X --context BootcampDb --output-dir Data/Migrations</c> make the SQLite set. Without
/// it the tools find only <see cref="PostgresBootcampDbDesignTimeFactory"/>, whose context derives from this one, and
/// write a PostgreSQL migration into the SQLite folder. Adding a migration opens no file.
/// </summary>
public sealed class BootcampDbDesignTimeFactory : IDesignTimeDbContextFactory<BootcampDb>
{
    public BootcampDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<BootcampDb>().UseSqlite("Data Source=design-time.db").Options);
}
