using System.Text.RegularExpressions;
using Bootcamp.IntegrationTests.Support;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Bootcamp.IntegrationTests.Security.FormCrawler;

namespace Bootcamp.IntegrationTests.Security;

/// <summary>
/// The form test can only post what its crawl finds: a POST action in the route table that no page shown to any role
/// offers a form for fails here, so a new form cannot slip past <see cref="FormInputTests"/>.
/// </summary>
public sealed partial class FormCoverageTests : AppFixture
{
    /// <summary>
    /// Forms that appear only after another write (a locked account, a submitted milestone, an import preview, a
    /// break): each has its own tests for bad input, named here.
    /// </summary>
    private static readonly Dictionary<string, string> ReachedOnlyAfterAWrite = new()
    {
        ["Enrolments.ConfirmImport"] = "after an import preview: LearnerImportTests",
        ["Users.Unlock"] = "on a locked account: UsersAdminTests",
        ["Projects.Review"] = "after a milestone is submitted: project tests",
        ["Schedule.RemoveBreak"] = "when a cohort has a break: schedule tests",
        ["Sessions.Restore"] = "on a cancelled session (the demo cancels none): SessionRestoreTests",
        ["Credentials.Check"] = "the verification page's paste-a-credential form, opened from a certificate's link: credential tests",
        ["Credentials.Revoke"] = "on an issued credential's page (the demo issues none before a decision): credential tests",
        ["SoftSkills.CloseRound"] = "after a peer round is opened: soft-skill tests",
        ["SoftSkills.PeerForm"] = "a group member's private peer-rating link: soft-skill tests",
        ["SoftSkills.RemoveSkill"] = "on a programme's rubric page: soft-skill tests",
        ["Subscriptions.Edit"] = "on a saved subscription (the demo has none): SubscriptionPagesTests",
        ["Subscriptions.Delete"] = "on a saved subscription (the demo has none): SubscriptionPagesTests",
        ["Graduation.Board"] = "for an ended cohort with learners still to decide (the demo's ended cohorts are decided): GraduationDecisionTests",
    };

    private readonly List<FoundForm> _forms = [];

    protected override async Task ArrangeFixtureAsync()
    {
        _forms.AddRange(await CrawlAsync(App.Anonymous(), "/Account/SignIn"));
        foreach (var email in new[] { BootcampApp.Admin, BootcampApp.Staff, BootcampApp.Instructor, BootcampApp.Partner })
            _forms.AddRange(await CrawlAsync(await App.SignInAsync(email), "/"));
    }

    [Test]
    public void Every_post_action_in_the_route_table_is_reached_by_a_form_on_some_page()
    {
        var actions = App.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items
            .OfType<ControllerActionDescriptor>()
            .Where(a => a.EndpointMetadata.OfType<HttpPostAttribute>().Any())
            .Select(a => (Name: $"{a.ControllerName}.{a.ActionName}", Pattern: TemplatePattern(a)))
            .ToList();
        var posted = _forms.Select(f => PathOf(f.Action)).Distinct().ToList();

        var unreached = actions.Where(a => !posted.Any(a.Pattern.IsMatch)).Select(a => a.Name).Distinct()
            .Where(name => !ReachedOnlyAfterAWrite.ContainsKey(name)).Order().ToList();

        Assert.That(actions, Has.Count.GreaterThan(ReachedOnlyAfterAWrite.Count));
        Assert.That(unreached, Is.Empty, "No page shown to any role has a form for these POST actions, so bad input to them is untested");
    }

    [Test]
    public void Every_action_excused_from_the_crawl_exists()
    {
        var actions = App.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items
            .OfType<ControllerActionDescriptor>().Select(a => $"{a.ControllerName}.{a.ActionName}").ToHashSet();

        Assert.That(ReachedOnlyAfterAWrite.Keys.Where(k => !actions.Contains(k)), Is.Empty);
    }

    private static Regex TemplatePattern(ControllerActionDescriptor action)
    {
        var template = action.AttributeRouteInfo?.Template ?? $"{action.ControllerName}/{action.ActionName}/{{id?}}";
        var pattern = Regex.Escape("/" + template.TrimStart('~', '/'));
        pattern = OptionalParameter().Replace(pattern, "(/[^/]+)?");
        pattern = Parameter().Replace(pattern, "[^/]+");
        return new Regex("^" + pattern + "$", RegexOptions.IgnoreCase);
    }

    [GeneratedRegex(@"/\\\{[^}]*\?}")]
    private static partial Regex OptionalParameter();

    [GeneratedRegex(@"\\\{[^}]*}")]
    private static partial Regex Parameter();
}
