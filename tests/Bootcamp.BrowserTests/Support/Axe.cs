using System.Runtime.CompilerServices;
using System.Text.Json;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace Bootcamp.BrowserTests.Support;

/// <summary>
/// axe-core (the version Deque.AxeCore.Playwright bundles) run inside the page with its default rules, best practices
/// included. Only the violations come back. Deque's RunAxe finds the same violations, but it carries every passing
/// element's result back to the test (600 KB to 1.2 MB on the cohort and rating pages), sends it on to a page in a new
/// browser context and loads axe there again to finish the run: 3 to 10 s a page on the 2-core CI machine against
/// 0.3 to 1.2 s this way (load average 15 to 30), which made the accessibility crawl most of the browser run.
/// </summary>
public static class Axe
{
    private static readonly string Source = new BundledAxeScriptProvider().GetScript();
    private static readonly ConditionalWeakTable<IBrowserContext, object> Loaded = [];

    public static async Task<IReadOnlyList<AxeViolation>> ViolationsAsync(this IPage page)
    {
        // axe's 550 KB cross to the browser once per context: from then on every page the context opens starts with it.
        // Sending it to each page cost half of each check.
        if (Loaded.TryAdd(page.Context, new object()))
        {
            await page.Context.AddInitScriptAsync(Source);
            await page.EvaluateAsync("() => " + Source);
        }
        var violations = await page.EvaluateAsync<string>("""
            () => axe.run(document, { resultTypes: ['violations'] }).then(r => JSON.stringify(r.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map(n => n.target.join(' ')),
            }))))
            """);
        return JsonSerializer.Deserialize<AxeViolation[]>(violations, JsonSerializerOptions.Web)!;
    }
}

/// <summary>An axe rule the page breaks: its impact (minor to critical), what it asks for and the elements that break it.</summary>
public sealed record AxeViolation(string Id, string? Impact, string Help, IReadOnlyList<string> Targets)
{
    public override string ToString() => $"{Id} ({Impact}) {Help}: {string.Join(" | ", Targets.Take(3))}";
}
