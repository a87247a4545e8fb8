namespace Bootcamp.IntegrationTests.Support;

/// <summary>
/// One app, and so one database, shared by the tests of a fixture: started before the first test and disposed after
/// the last. A fixture that needs an empty database passes <c>seeded: false</c>; one that needs other settings passes them.
/// </summary>
public abstract class AppFixture(bool seeded = true, IReadOnlyDictionary<string, string>? settings = null)
{
    private BootcampApp? _app;

    protected BootcampApp App => _app ?? throw new InvalidOperationException("The app starts in the fixture's one-time set-up.");

    [OneTimeSetUp]
    public async Task StartAppAsync()
    {
        _app = new BootcampApp(seeded, settings);
        await ArrangeFixtureAsync();
    }

    /// <summary>Builds what the fixture's tests share, once the app has started.</summary>
    protected virtual Task ArrangeFixtureAsync() => Task.CompletedTask;

    [OneTimeTearDown]
    public async Task StopAppAsync()
    {
        if (_app is not null)
            await _app.DisposeAsync();
    }
}
