using System.Reflection;
using Bootcamp.IntegrationTests.Support;
using Bootcamp.Web.Data;
using Bootcamp.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.IntegrationTests.Security;

/// <summary>
/// Scope is structural (issue 8): controllers, queries, view components, jobs, exports and the helpers they call
/// read scoped tables only through <see cref="UserScope"/>'s query roots, so a forgotten filter cannot leak another
/// centre's data. Checked over the compiled app, lambdas and async state machines included.
/// </summary>
public sealed class ScopeArchitectureTests
{
    /// <summary>
    /// Types that still read scoped tables through the DbContext. This list only shrinks: whoever moves a type onto
    /// the scope roots removes its line in the same commit (the second test fails until they do).
    /// </summary>
    private static readonly string[] StillReadAroundScope =
    [
    ];

    private static readonly Assembly Web = typeof(Program).Assembly;

    [Test]
    public void No_type_reads_a_scoped_table_around_the_user_scope()
    {
        var reads = ReadsAroundScope().Where(r => !StillReadAroundScope.Contains(r.Type)).ToList();

        Assert.That(reads, Is.Empty,
            "Read these through UserScope's query roots (scope.Cohorts(), scope.Sessions(), ...). A write keyed by ids "
            + "already checked through the scope goes into a *Writer or *Corrector, or uses db.Add / db.Remove:\n  "
            + string.Join("\n  ", reads));
    }

    [Test]
    public void Every_allow_listed_type_still_reads_around_the_user_scope()
    {
        var violators = ReadsAroundScope().Select(r => r.Type).ToHashSet();

        var cleared = StillReadAroundScope.Where(t => !violators.Contains(t)).ToList();

        Assert.That(cleared, Is.Empty, "Reads only through UserScope now: remove from StillReadAroundScope");
    }

    [Test]
    public void Allow_list_names_each_type_once()
    {
        Assert.That(StillReadAroundScope, Is.Unique);
    }

    [Test]
    public void Scanner_finds_reads_in_async_methods_lambdas_and_expression_trees()
    {
        var reads = ScopedTableReads.In(typeof(KnownViolator)).ToList();

        Assert.That(reads.Select(r => r.Table).Distinct(), Is.EquivalentTo(new[] { "Cohorts", "Sessions", "Learners", "Rooms" }));
        Assert.That(reads.Select(r => r.Type).Distinct(), Is.EqualTo(new[] { typeof(KnownViolator).FullName }));
    }

    [Test]
    public void Scanner_finds_nothing_in_reads_through_the_scope_or_of_unscoped_tables()
    {
        Assert.That(ScopedTableReads.In(typeof(KnownClean)), Is.Empty);
    }

    [Test]
    public void Scanner_finds_the_scoped_reads_of_a_known_reader_in_the_app()
    {
        var tables = ScopedTableReads.In(typeof(UserScope)).Select(r => r.Table).ToHashSet();

        Assert.That(tables, Is.SupersetOf(new[] { "Cohorts", "Sessions", "Learners", "AuditEntries", "Holidays" }));
    }

    /// <summary>
    /// Every type of the app that reads a scoped table through the DbContext, except those allowed to: UserScope,
    /// which builds the roots; writers and correctors, which write rows keyed by ids already checked through the
    /// scope; and Data/ (the DbContext, its configuration and the seed import), which runs outside any user.
    /// </summary>
    private static IEnumerable<ScopedRead> ReadsAroundScope() =>
        Web.GetTypes()
            .Where(t => !t.IsNested && !MayReadAroundScope(t))
            .SelectMany(ScopedTableReads.In)
            .Distinct();

    private static bool MayReadAroundScope(Type type) =>
        type == typeof(UserScope)
        || type.Name.EndsWith("Writer", StringComparison.Ordinal)
        || type.Name.EndsWith("Corrector", StringComparison.Ordinal)
        || type.Namespace?.StartsWith(typeof(BootcampDb).Namespace!, StringComparison.Ordinal) == true;

    private sealed class KnownViolator(BootcampDb db)
    {
        public async Task<int> CountAsync(CancellationToken cancellationToken)
        {
            var cohorts = await db.Cohorts.CountAsync(cancellationToken);
            var learners = await db.Set<Bootcamp.Domain.Learners.Learner>().CountAsync(cancellationToken);
            return cohorts + learners;
        }

        public IQueryable<int> CohortsWithSessions() =>
            db.Programmes.Select(p => p.Id).Where(id => db.Sessions.Any(s => s.CohortId == id));

        public Func<int> RoomCount() => () => db.Rooms.Count();
    }

    private sealed class KnownClean(BootcampDb db, UserScope scope)
    {
        public async Task<int> CountAsync(CancellationToken cancellationToken) =>
            await scope.Cohorts().CountAsync(cancellationToken) + await db.Programmes.CountAsync(cancellationToken);

        public IQueryable<int> CohortsWithSessions() =>
            db.Programmes.Select(p => p.Id).Where(id => scope.Sessions().Any(s => s.CohortId == id));
    }
}
