using System.Net;
using Bootcamp.IntegrationTests.Support;

namespace Bootcamp.IntegrationTests;

public sealed class HealthTests
{
    [Test]
    public async Task Health_reports_a_migrated_database_as_healthy()
    {
        await using var app = new BootcampApp(seeded: false);
        var response = await app.Anonymous().GetAsync("/health");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("Healthy"));
    }

    [Test]
    public async Task Anonymous_visitor_is_sent_to_sign_in()
    {
        await using var app = new BootcampApp(seeded: false);
        var response = await app.Anonymous().GetAsync("/");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location?.ToString(), Does.Contain("/Account/SignIn"));
    }
}
