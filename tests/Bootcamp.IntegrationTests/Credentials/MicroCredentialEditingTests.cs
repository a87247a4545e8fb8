using System.Net;
using System.Text.Json.Nodes;
using Bootcamp.Domain.Credentials;
using Bootcamp.IntegrationTests.Graduation;
using Bootcamp.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.IntegrationTests.Credentials;

public sealed class MicroCredentialEditingTests : AppFixture
{
    private static Dictionary<string, string> Fields(string eqf) => new()
    {
        ["Form.AwardingBody"] = "Bootcamp Academy gGmbH",
        ["Form.LearningOutcomes"] = "Builds and tests a web application in a team.",
        ["Form.EqfLevel"] = eqf,
        ["Form.AssessmentType"] = "Graded group projects and supervised exercise",
        ["Form.ParticipationForm"] = "In person, full time",
        ["Form.QualityAssurance"] = "Accredited by the regional labour agency",
    };

    [Test]
    public async Task A_level_outside_EQF_1_to_8_gets_its_message_and_saves_nothing()
    {
        var world = await GraduationWorld.CreateAsync(App);
        var programmeId = await App.WithDbAsync(db => db.Cohorts.Where(c => c.Id == world.CohortId).Select(c => c.ProgrammeId).SingleAsync());
        var admin = await App.SignInAsync(BootcampApp.Admin);
        var url = $"/Programmes/MicroCredential/{programmeId}";

        var response = await admin.PostFormAsync(url, url, Fields("9"));

        var page = await response.ReadPageAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(page.GetElementById("EqfLevel-error")?.TextContent, Is.EqualTo("The EQF level is 1 to 8, or empty when the programme gives none."));
            Assert.That(await App.WithDbAsync(db => db.Programmes.Where(p => p.Id == programmeId).Select(p => p.MicroCredential.AwardingBody).SingleAsync()), Is.Empty);
        }
    }

    [Test]
    public async Task The_programmes_elements_go_into_every_credential_issued_afterwards()
    {
        var world = await GraduationWorld.CreateAsync(App);
        var programmeId = await App.WithDbAsync(db => db.Cohorts.Where(c => c.Id == world.CohortId).Select(c => c.ProgrammeId).SingleAsync());
        var admin = await App.SignInAsync(BootcampApp.Admin);
        var url = $"/Programmes/MicroCredential/{programmeId}";
        var saved = await admin.PostFormAsync(url, url, Fields("4"));
        var staff = await App.SignInAsync(BootcampApp.Staff);
        await staff.PostFormAsync("/", $"/Graduation/Cohort/{world.CohortId}", new() { ["Command"] = "GraduateQualified" });
        var publicId = await App.WithDbAsync(db => db.IssuedCredentials.Where(c => c.CohortId == world.CohortId && c.Kind == CredentialKind.Graduation).Select(c => c.PublicId).SingleAsync());

        var json = JsonNode.Parse(await App.Anonymous().GetStringAsync($"/credentials/{publicId}/json"))!;
        var eu = json["credentialSubject"]!["achievement"]!["euMicroCredential"]!;
        var page = await App.Anonymous().GetPageAsync($"/credentials/{publicId}");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(json["issuer"]!["name"]!.ToString(), Is.EqualTo("Bootcamp Academy gGmbH"));
            Assert.That(eu["eqfLevel"]!.GetValue<int>(), Is.EqualTo(4));
            Assert.That(eu["qualityAssurance"]!.ToString(), Is.EqualTo("Accredited by the regional labour agency"));
            Assert.That(page.QuerySelector(".eu-elements")?.TextContent, Does.Contain("In person, full time").And.Contain("Builds and tests a web application in a team."));
        }
    }
}
