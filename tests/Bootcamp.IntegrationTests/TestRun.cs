using Bootcamp.IntegrationTests.Support;

namespace Bootcamp.IntegrationTests;

/// <summary>What the whole run shares and leaves behind: the PostgreSQL template database is dropped at its end.</summary>
[SetUpFixture]
public sealed class TestRun
{
    [OneTimeTearDown]
    public Task DropTemplateAsync() => BootcampApp.DropTemplateAsync();
}
