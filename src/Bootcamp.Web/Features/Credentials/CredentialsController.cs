using System.Text;
using System.Text.Json.Nodes;
using Bootcamp.Web.Data;
using Bootcamp.Web.Features.Shared;
using Bootcamp.Web.Infrastructure.Auth;
using Bootcamp.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Bootcamp.Web.Features.Credentials;

/// <summary>
/// Verifiable credentials: the public verification page, downloads, status and keys (anyone, no sign-in, rate
/// limited per address), revocation by staff of the credential's centre, and key rotation by admins.
/// </summary>
public sealed class CredentialsController(BootcampDb db, UserScope scope, CentreClock clock, IssuerKeyRing keys, CredentialLinks links, CredentialWriter credentials) : Controller
{
    private const string PublicId = "{publicId:length(32)}";

    private CredentialsQuery Query => new(db, scope);

    [AllowAnonymous, EnableRateLimiting(CredentialServices.Policy)]
    [HttpGet("/credentials/" + PublicId)]
    public async Task<IActionResult> Credential(string publicId, CancellationToken cancellationToken)
    {
        var page = await PageAsync(publicId, new CredentialRevokeForm(), cancellationToken);
        return page is null ? NotFound() : View(page);
    }

    [AllowAnonymous, EnableRateLimiting(CredentialServices.Policy)]
    [HttpGet("/credentials/" + PublicId + "/json")]
    public async Task<IActionResult> Json(string publicId, CancellationToken cancellationToken)
    {
        var record = await Query.RecordAsync(publicId, cancellationToken);
        if (record is null)
            return NotFound();
        var payload = Encoding.UTF8.GetString(VcJwt.FromBase64Url(record.Jwt.Split('.')[1]));
        var pretty = JsonNode.Parse(payload)!.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
        return File(Encoding.UTF8.GetBytes(pretty), "application/vc+ld+json", $"credential-{publicId}.json");
    }

    [AllowAnonymous, EnableRateLimiting(CredentialServices.Policy)]
    [HttpGet("/credentials/" + PublicId + "/jwt")]
    public async Task<IActionResult> Jwt(string publicId, CancellationToken cancellationToken)
    {
        var record = await Query.RecordAsync(publicId, cancellationToken);
        return record is null ? NotFound() : File(Encoding.ASCII.GetBytes(record.Jwt), "application/vc+jwt", $"credential-{publicId}.jwt");
    }

    /// <summary>The credential's revocation list (1EdTech Open Badges 3.0, 1EdTechRevocationList): empty, or this credential with its reason.</summary>
    [AllowAnonymous, EnableRateLimiting(CredentialServices.Policy)]
    [HttpGet("/credentials/" + PublicId + "/status")]
    public async Task<IActionResult> Status(string publicId, CancellationToken cancellationToken)
    {
        var record = await Query.RecordAsync(publicId, cancellationToken);
        if (record is null)
            return NotFound();
        var baseUrl = links.BaseUrl;
        var revoked = new JsonArray();
        if (record.RevokedOn is not null)
            revoked.Add(new JsonObject { ["id"] = CredentialLinks.CredentialUrl(baseUrl, publicId), ["revoked"] = true, ["revocationReason"] = record.RevocationReason });
        var list = new JsonObject
        {
            ["id"] = CredentialLinks.StatusUrl(baseUrl, publicId), ["issuer"] = CredentialLinks.IssuerUrl(baseUrl), ["revokedCredentials"] = revoked,
        };
        return Content(list.ToJsonString(), "application/json");
    }

    [AllowAnonymous, EnableRateLimiting(CredentialServices.Policy)]
    [HttpGet("/credentials/issuer")]
    public IActionResult Issuer()
    {
        var baseUrl = links.BaseUrl;
        var profile = new JsonObject
        {
            ["@context"] = new JsonArray([.. OpenBadgeCredential.Contexts.Select(c => (JsonNode)c)]),
            ["id"] = CredentialLinks.IssuerUrl(baseUrl), ["type"] = new JsonArray("Profile"), ["name"] = "Bootcamp", ["url"] = baseUrl,
            ["publicKeys"] = CredentialLinks.KeysUrl(baseUrl),
        };
        return Content(profile.ToJsonString(), "application/json");
    }

    /// <summary>Every key the issuer ever signed with, retired ones included, so old credentials still verify.</summary>
    [AllowAnonymous, EnableRateLimiting(CredentialServices.Policy)]
    [HttpGet("/.well-known/jwks.json")]
    public async Task<IActionResult> Keys(CancellationToken cancellationToken)
    {
        var set = new JsonObject { ["keys"] = new JsonArray([.. (await keys.AllAsync(cancellationToken)).Select(k => (JsonNode)IssuerKeyRing.Jwk(k))]) };
        return Content(set.ToJsonString(), "application/jwk-set+json");
    }

    [AllowAnonymous, EnableRateLimiting(CredentialServices.Policy)]
    [HttpGet("/credentials/check")]
    public IActionResult Check() => View(new CheckPageViewModel(new CredentialCheckForm(), null));

    [AllowAnonymous, EnableRateLimiting(CredentialServices.Policy)]
    [HttpPost("/credentials/check")]
    public async Task<IActionResult> Check([Bind(Prefix = "Form")] CredentialCheckForm form, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
            return View(new CheckPageViewModel(form, null));
        var (state, check, record) = await Query.CheckAsync(form.Jwt!, cancellationToken);
        var result = new CredentialPageViewModel(record?.PublicId, state, check.Problem, check.Payload is { } payload ? CredentialStatement.From(payload) : null,
            check.KeyId, record?.RevokedOn, record?.RevocationReason, false, new CredentialRevokeForm());
        return View(new CheckPageViewModel(form, result));
    }

    [HttpPost("/credentials/" + PublicId + "/revoke")]
    [Authorize(Roles = Roles.AdminOrStaff)]
    public async Task<IActionResult> Revoke(string publicId, [Bind(Prefix = "Revoke")] CredentialRevokeForm form, CancellationToken cancellationToken)
    {
        if (await Query.RevocableAsync(publicId, cancellationToken) is not { } target)
            return NotFound();
        if (ModelState.IsValid)
            await ModelState.TryApplyAsync(() => credentials.RevokeByStaffAsync(target.CredentialId, form.Reason, clock.Today(target.TimeZoneId), scope.UserName, cancellationToken),
                "Revoke", field => field == nameof(Bootcamp.Domain.Credentials.IssuedCredential.RevocationReason) ? nameof(form.Reason) : field);
        if (!ModelState.IsValid)
            return View(nameof(Credential), await PageAsync(publicId, form, cancellationToken));
        TempData["Flash"] = "Credential revoked.";
        return Redirect($"/credentials/{publicId}");
    }

    [Authorize(Roles = Roles.Admin)]
    [HttpGet("/credentials/keys")]
    public async Task<IActionResult> IssuerKeys(CancellationToken cancellationToken) => View(await KeyRowsAsync(cancellationToken));

    [Authorize(Roles = Roles.Admin)]
    [HttpPost("/credentials/keys/rotate")]
    public async Task<IActionResult> RotateKey(RotateKeyForm form, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
            return View(nameof(IssuerKeys), await KeyRowsAsync(cancellationToken));
        var key = await keys.RotateAsync(cancellationToken);
        TempData["Flash"] = $"New signing key {key.KeyId}; earlier keys stay published, so their credentials still verify.";
        return Redirect("/credentials/keys");
    }

    private async Task<IReadOnlyList<IssuerKeyRow>> KeyRowsAsync(CancellationToken cancellationToken) =>
        [.. (await keys.AllAsync(cancellationToken)).Select(k => new IssuerKeyRow(k.KeyId, k.CreatedAtUtc, k.RetiredAtUtc)).Reverse()];

    private async Task<CredentialPageViewModel?> PageAsync(string publicId, CredentialRevokeForm form, CancellationToken cancellationToken)
    {
        var record = await Query.RecordAsync(publicId, cancellationToken);
        if (record is null)
            return null;
        var check = VcJwt.Verify(record.Jwt, await Query.KeysAsync(cancellationToken));
        var state = !check.Valid ? CredentialState.Tampered : record.RevokedOn is null ? CredentialState.Valid : CredentialState.Revoked;
        var canRevoke = state != CredentialState.Revoked && await Query.RevocableAsync(publicId, cancellationToken) is not null;
        return new CredentialPageViewModel(publicId, state, check.Problem, check.Payload is { } payload ? CredentialStatement.From(payload) : null,
            check.KeyId, record.RevokedOn, record.RevocationReason, canRevoke, form);
    }
}
