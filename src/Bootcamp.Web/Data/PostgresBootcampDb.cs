using Bootcamp.Domain.Logging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Bootcamp.Web.Data;

/// <summary>
/// The app's model on PostgreSQL, with its own migrations in Data/PostgresMigrations. Every service asks for
/// <see cref="BootcampDb"/> and gets this context when <c>Database:Provider</c> is <c>Postgres</c>.
/// </summary>
public sealed class PostgresBootcampDb(DbContextOptions<PostgresBootcampDb> options) : BootcampDb(options)
{
    private static readonly ValueConverter<DateTime, DateTime> WallClock =
        new(v => DateTime.SpecifyKind(v, DateTimeKind.Unspecified), v => v);

    private static readonly ValueConverter<DateTime?, DateTime?> NullableWallClock =
        new(v => v.HasValue ? DateTime.SpecifyKind(v.Value, DateTimeKind.Unspecified) : null, v => v);

    /// <summary>The properties of an entity's complex types (a programme's criteria, say), which are columns of its table.</summary>
    private static IEnumerable<IMutableProperty> ComplexProperties(IMutableTypeBase type) =>
        type.GetDeclaredComplexProperties().SelectMany(c => c.ComplexType.GetDeclaredProperties().Concat(ComplexProperties(c.ComplexType)));

    /// <summary>
    /// DateTime columns are <c>timestamp without time zone</c>, and a value's Kind is dropped on the way in, which is
    /// what SQLite does with its text. Npgsql's default, <c>timestamptz</c>, refuses any DateTime whose Kind is not UTC,
    /// and the app writes both UTC instants (the *Utc properties, from the clock) and date-like values built from a
    /// DateOnly or a centre's local time, whose Kind is Unspecified; both are stored as the wall-clock value they hold.
    /// The properties the SQLite model reads back as UTC keep their own converter after this one, so they read as UTC here too.
    /// Text columns are <c>text</c>, of any length, as every SQLite column is: the model's lengths (400 unless a
    /// configuration says otherwise) were never enforced there, and values longer than them are stored (data protection's
    /// key ring XML, for one), so <c>varchar(n)</c> here would refuse what SQLite keeps. Forms check their own lengths.
    /// The index that finds a cohort's exercise logs by learner and date carries the columns the progress engine sums, so
    /// the cohort page reads the index alone: in a network, a cohort's logs are spread over thousands of heap pages.
    /// </summary>
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<ExerciseLog>().HasIndex(e => new { e.CohortId, e.LearnerId, e.Date }).IncludeProperties(e => new { e.Kind, e.ModuleId, e.Minutes });
        foreach (var property in builder.Model.GetEntityTypes().SelectMany(e => e.GetDeclaredProperties().Concat(ComplexProperties(e))))
        {
            if ((property.GetValueConverter()?.ProviderClrType ?? property.GetProviderClrType() ?? property.ClrType) == typeof(string))
            {
                property.SetColumnType("text");
                continue;
            }
            ValueConverter? wallClock = property.ClrType == typeof(DateTime) ? WallClock
                : property.ClrType == typeof(DateTime?) ? NullableWallClock
                : null;
            if (wallClock is null)
                continue;
            property.SetColumnType("timestamp without time zone");
            var own = property.GetValueConverter();
            property.SetValueConverter(own is null ? wallClock : own.ComposeWith(own.ProviderClrType == typeof(DateTime) ? WallClock : NullableWallClock));
        }
    }
}

/// <summary>
/// Lets <c>dotnet ef migrations add X --context PostgresBootcampDb --output-dir Data/PostgresMigrations</c> build the
/// model without a server: adding a migration never connects. Other commands take <c>--connection</c>.
/// </summary>
public sealed class PostgresBootcampDbDesignTimeFactory : IDesignTimeDbContextFactory<PostgresBootcampDb>
{
    public PostgresBootcampDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresBootcampDb>()
            .UseNpgsql("Host=localhost;Database=bootcamp", DataServices.PostgresOptions)
            .Options);
}
