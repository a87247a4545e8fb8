using System.Net;
using System.Net.Sockets;
using Bootcamp.IntegrationTests.Support;
using Microsoft.Playwright;

namespace Bootcamp.BrowserTests.Support;

/// <summary>
/// The real app on Kestrel (loopback, a free port) with a seeded SQLite copy, driven by Debian's chromium.
/// One app and one browser per fixture; each test gets a fresh browser context (its own cookies).
/// </summary>
public abstract class BrowserFixture
{
    private const string ChromiumPath = "/usr/bin/chromium";
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private IBrowserContext? _context;

    protected BootcampApp App { get; private set; } = null!;
    protected string BaseUrl { get; private set; } = "";
    protected IPage Page { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            const string message = "Debian's chromium is missing: run 'apt-get install -y chromium' to run the browser tests.";
            if (Environment.GetEnvironmentVariable("CI") is not null)
                Assert.Fail(message);
            Assert.Ignore(message);
        }
        // Credentials carry the address of the server that issued them, so the server listens where they point.
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        App = new BootcampApp(settings: new Dictionary<string, string> { ["Credentials:BaseUrl"] = BaseUrl });
        App.UseKestrel(options => options.Listen(IPAddress.Loopback, port));
        App.StartServer();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    [SetUp]
    public Task NewContextAsync() => OpenContextAsync(javaScript: true);

    /// <summary>Replaces the test's browser context with one that runs no script, as a browser with script turned off.</summary>
    protected async Task NewContextWithoutScriptAsync()
    {
        await CloseContextAsync();
        await OpenContextAsync(javaScript: false);
    }

    private async Task OpenContextAsync(bool javaScript)
    {
        _context = await _browser!.NewContextAsync(new() { BaseURL = BaseUrl, ViewportSize = new() { Width = 1280, Height = 900 }, JavaScriptEnabled = javaScript });
        _context.SetDefaultTimeout(15_000);
        Page = await _context.NewPageAsync();
    }

    [TearDown]
    public async Task CloseContextAsync()
    {
        if (_context is not null)
            await _context.CloseAsync();
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_browser is not null)
            await _browser.CloseAsync();
        _playwright?.Dispose();
        if (App is not null)
            await App.DisposeAsync();
    }

    protected async Task SignInAsync(string email)
    {
        await Page.GotoAsync("/Account/SignIn");
        await Page.GetByLabel("E-mail").FillAsync(email);
        await Page.GetByLabel("Password").FillAsync(BootcampApp.Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Page.WaitForURLAsync(url => !url.Contains("/Account/SignIn"));
    }

    /// <summary>axe-core's serious and critical violations on the current page, as readable lines.</summary>
    protected async Task<IReadOnlyList<string>> AccessibilityProblemsAsync()
    {
        var violations = await Page.ViolationsAsync();
        return violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id}: {v.Help} ({v.Targets.Count} nodes)")
            .ToList();
    }
}
