using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Bootcamp.Domain.Credentials;
using Bootcamp.IntegrationTests.Graduation;
using Bootcamp.IntegrationTests.Support;
using Bootcamp.Web.Features.Credentials;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.IntegrationTests.Credentials;

/// <summary>Credentials issued through the real pages on the graduation world, checked by anonymous callers.</summary>
public sealed class CredentialTests : AppFixture
{
    private const string LisbonStaff = "lisbon.staff@bootcamp.local";

    private async Task<IssuedCredential> GraduateQualifiedAsync(GraduationWorld world)
    {
        var staff = await App.SignInAsync(BootcampApp.Staff);
        var response = await staff.PostFormAsync("/", $"/Graduation/Cohort/{world.CohortId}", new() { ["Command"] = "GraduateQualified" });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        return await App.WithDbAsync(db => db.IssuedCredentials.AsNoTracking()
            .SingleAsync(c => c.CohortId == world.CohortId && c.LearnerId == world.Qualified && c.Kind == CredentialKind.Graduation));
    }

    private static async Task<string> StateAsync(HttpClient client, string publicId)
    {
        var page = await client.GetPageAsync($"/credentials/{publicId}");
        return page.QuerySelector("[data-state]")?.GetAttribute("data-state") ?? "";
    }

    [Test]
    public async Task Graduating_issues_a_credential_whose_figures_are_the_boards_and_anyone_sees_it_valid()
    {
        var world = await GraduationWorld.CreateAsync(App);
        var credential = await GraduateQualifiedAsync(world);
        var staff = await App.SignInAsync(BootcampApp.Staff);
        var board = await staff.GetPageAsync($"/Graduation/Cohort/{world.CohortId}");
        var anonymous = App.Anonymous();

        var page = await anonymous.GetPageAsync($"/credentials/{credential.PublicId}");
        var json = JsonNode.Parse(await anonymous.GetStringAsync($"/credentials/{credential.PublicId}/json"))!;
        var evidence = json["evidence"]!.AsArray().ToDictionary(e => e!["name"]!.ToString(), e => e!["description"]!.ToString());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(page.QuerySelector("[data-state]")?.GetAttribute("data-state"), Is.EqualTo("Valid"));
            Assert.That(page.QuerySelector("h2#what-heading")?.TextContent, Is.EqualTo($"Graduation test {world.Code} graduate"));
            foreach (var criterion in new[] { "Attendance", "ExerciseHours", "GroupWork", "Projects", "Badges" })
            {
                var figure = board.QuerySelector($"tr[data-learner='{world.Qualified}'] td[data-criterion='{criterion}'] .figure")!.TextContent;
                var name = criterion switch { "ExerciseHours" => "Exercise hours", "GroupWork" => "Group work", _ => criterion };
                Assert.That(evidence[name], Does.StartWith($"{figure}, met"), criterion);
            }
            Assert.That(evidence["Exercise hours by kind"], Is.EqualTo("22 h in total: 16 h solo, 6 h in groups"));
            Assert.That(json["credentialSubject"]!["achievement"]!["euMicroCredential"]!["issuerCountry"]!.ToString(), Is.EqualTo("DE"));
            Assert.That(json["credentialSubject"]!["achievement"]!["euMicroCredential"]!["notionalWorkloadHours"]!.GetValue<int>(), Is.EqualTo(40));
            Assert.That(await anonymous.GetStringAsync($"/credentials/{credential.PublicId}/jwt"), Is.EqualTo(credential.Jwt));
        }
    }

    [Test]
    public async Task Awarding_a_badge_issues_its_credential_and_revoking_the_badge_revokes_it_at_once_with_date_and_reason()
    {
        var world = await GraduationWorld.CreateAsync(App);
        var staff = await App.SignInAsync(BootcampApp.Staff);
        var learnerUrl = $"/Badges/Cohort/{world.CohortId}/Learner/{world.Qualified}";
        var oldAward = await App.WithDbAsync(db => db.BadgeAwards.Where(b => b.CohortId == world.CohortId && b.LearnerId == world.Qualified && b.ModuleId == world.ModuleId).Select(b => b.Id).SingleAsync());
        await staff.PostFormAsync("/", learnerUrl + "/Revoke", new() { ["Revoke.AwardId"] = oldAward.ToString(), ["Revoke.Reason"] = "Re-check" });
        await staff.PostFormAsync("/", learnerUrl + "/Award", new() { ["Award.ModuleId"] = world.ModuleId.ToString() });
        var credential = await App.WithDbAsync(db => db.IssuedCredentials.AsNoTracking().SingleAsync(c => c.CohortId == world.CohortId && c.Kind == CredentialKind.Badge));
        var anonymous = App.Anonymous();
        var before = await StateAsync(anonymous, credential.PublicId);

        await staff.PostFormAsync("/", learnerUrl + "/Revoke", new() { ["Revoke.AwardId"] = credential.BadgeAwardId!.Value.ToString(), ["Revoke.Reason"] = "Exercise hours were logged twice" });

        var page = await anonymous.GetPageAsync($"/credentials/{credential.PublicId}");
        var status = JsonNode.Parse(await anonymous.GetStringAsync($"/credentials/{credential.PublicId}/status"))!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(before, Is.EqualTo("Valid"));
            Assert.That(credential.Name, Is.EqualTo("Foundations badge"));
            Assert.That(page.QuerySelector("[data-state]")?.GetAttribute("data-state"), Is.EqualTo("Revoked"));
            Assert.That(page.QuerySelector("#verdict-heading")?.TextContent, Does.Contain($"revoked this credential on {LoggingWorld.BerlinToday(App):d MMM yyyy}"));
            Assert.That(page.QuerySelector(".revocation-reason")?.TextContent, Is.EqualTo("Exercise hours were logged twice"));
            Assert.That(status["revokedCredentials"]![0]!["revocationReason"]!.ToString(), Is.EqualTo("Exercise hours were logged twice"));
        }
    }

    [Test]
    public async Task Staff_revoke_a_credential_on_its_page_and_a_revocation_without_reason_is_refused()
    {
        var world = await GraduationWorld.CreateAsync(App);
        var credential = await GraduateQualifiedAsync(world);
        var staff = await App.SignInAsync(BootcampApp.Staff);
        var url = $"/credentials/{credential.PublicId}";

        var refused = await staff.PostFormAsync(url, url + "/revoke", new() { ["Revoke.Reason"] = "  " });
        var refusedPage = await refused.ReadPageAsync();
        var stateAfterRefusal = await StateAsync(App.Anonymous(), credential.PublicId);
        var revoked = await staff.PostFormAsync(url, url + "/revoke", new() { ["Revoke.Reason"] = "Decision taken on the wrong learner" });

        var audit = await App.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.Record == Bootcamp.Domain.Logging.AuditedRecord.Credential && a.RecordId == credential.Id));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(refusedPage.FieldError("revoke-reason"), Is.EqualTo("Give a reason for revoking the credential."));
            Assert.That(stateAfterRefusal, Is.EqualTo("Valid"));
            Assert.That(revoked.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(await StateAsync(App.Anonymous(), credential.PublicId), Is.EqualTo("Revoked"));
            Assert.That((audit.NewValue, audit.Reason, audit.ChangedBy), Is.EqualTo(($"Revoked {credential.Name}", "Decision taken on the wrong learner", BootcampApp.Staff)));
        }
    }

    [Test]
    public async Task A_pasted_credential_with_one_changed_character_is_reported_as_tampered()
    {
        var world = await GraduationWorld.CreateAsync(App);
        var credential = await GraduateQualifiedAsync(world);
        var parts = credential.Jwt.Split('.');
        var payload = Encoding.UTF8.GetString(VcJwt.FromBase64Url(parts[1])).Replace("22 h", "42 h", StringComparison.Ordinal);
        var tampered = $"{parts[0]}.{VcJwt.Base64Url(Encoding.UTF8.GetBytes(payload))}.{parts[2]}";
        var anonymous = App.Anonymous();

        var genuine = await (await anonymous.PostFormAsync("/credentials/check", "/credentials/check", new() { ["Form.Jwt"] = credential.Jwt })).ReadPageAsync();
        var changed = await (await anonymous.PostFormAsync("/credentials/check", "/credentials/check", new() { ["Form.Jwt"] = tampered })).ReadPageAsync();
        var empty = await (await anonymous.PostFormAsync("/credentials/check", "/credentials/check", new() { ["Form.Jwt"] = "" })).ReadPageAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(genuine.QuerySelector("[data-state]")?.GetAttribute("data-state"), Is.EqualTo("Valid"));
            Assert.That(changed.QuerySelector("[data-state]")?.GetAttribute("data-state"), Is.EqualTo("Tampered"));
            Assert.That(changed.QuerySelector(".problem")?.TextContent, Is.EqualTo("The signature does not match the content: the credential was changed after it was issued."));
            Assert.That(empty.FieldError("jwt"), Is.EqualTo("Paste the credential (the text that starts with eyJ)."));
        }
    }

    [Test]
    public async Task After_a_key_rotation_old_credentials_still_verify_and_new_ones_use_the_new_key()
    {
        var world = await GraduationWorld.CreateAsync(App);
        var old = await GraduateQualifiedAsync(world);
        var admin = await App.SignInAsync(BootcampApp.Admin);

        var unconfirmed = await admin.PostFormAsync("/credentials/keys", "/credentials/keys/rotate", new());
        var rotated = await admin.PostFormAsync("/credentials/keys", "/credentials/keys/rotate", new() { ["Confirm"] = "true" });
        var fresh = await GraduateQualifiedAsync(await GraduationWorld.CreateAsync(App));
        var jwks = JsonNode.Parse(await App.Anonymous().GetStringAsync("/.well-known/jwks.json"))!["keys"]!.AsArray().Select(k => k!["kid"]!.ToString()).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(unconfirmed.StatusCode, Is.EqualTo(HttpStatusCode.OK), "rotation asks for confirmation");
            Assert.That(rotated.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(fresh.KeyId, Is.Not.EqualTo(old.KeyId));
            Assert.That(jwks, Does.Contain(old.KeyId).And.Contain(fresh.KeyId));
            Assert.That(await StateAsync(App.Anonymous(), old.PublicId), Is.EqualTo("Valid"));
            Assert.That(await StateAsync(App.Anonymous(), fresh.PublicId), Is.EqualTo("Valid"));
        }
    }

    [Test]
    public async Task Staff_of_another_centre_and_partners_cannot_revoke()
    {
        var world = await GraduationWorld.CreateAsync(App);
        var credential = await GraduateQualifiedAsync(world);
        var url = $"/credentials/{credential.PublicId}";
        var lisbon = await App.SignInAsync(LisbonStaff);
        var partner = await App.SignInAsync(BootcampApp.Partner);

        var page = await lisbon.GetPageAsync(url);
        var byLisbon = await lisbon.PostFormAsync("/", url + "/revoke", new() { ["Revoke.Reason"] = "Not ours" });
        var byPartner = await partner.PostFormAsync("/", url + "/revoke", new() { ["Revoke.Reason"] = "Not ours" });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(page.QuerySelector("form[action$='/revoke']"), Is.Null);
            Assert.That(byLisbon.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(byPartner.Headers.Location?.OriginalString, Does.Contain("/Account/Denied"));
            Assert.That(await StateAsync(App.Anonymous(), credential.PublicId), Is.EqualTo("Valid"));
        }
    }

    [Test]
    public async Task An_unknown_credential_is_not_found()
    {
        Assert.That(await App.Anonymous().FinalStatusAsync($"/credentials/{new string('0', 32)}"), Is.EqualTo(HttpStatusCode.NotFound));
    }
}
