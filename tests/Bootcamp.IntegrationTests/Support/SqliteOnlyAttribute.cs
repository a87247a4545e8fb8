using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace Bootcamp.IntegrationTests.Support;

/// <summary>
/// A test about SQLite itself (its files, pragmas, online backup): category <c>SqliteOnly</c>, which <c>.ci/run</c>
/// leaves out of the PostgreSQL pass, and ignored with the reason when the suite runs on PostgreSQL anyway.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class SqliteOnlyAttribute(string why) : CategoryAttribute(Category), IApplyToTest
{
    public const string Category = "SqliteOnly";

    void IApplyToTest.ApplyToTest(Test test)
    {
        ApplyToTest(test);
        if (TestDatabases.OnPostgres && test.RunState != RunState.NotRunnable)
        {
            test.RunState = RunState.Ignored;
            test.Properties.Set(PropertyNames.SkipReason, $"SQLite only: {why}");
        }
    }
}
