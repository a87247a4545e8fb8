using System.Globalization;
using System.Text.Json;
using Bootcamp.BrowserTests.Support;
using Bootcamp.IntegrationTests.Support;

namespace Bootcamp.BrowserTests;

/// <summary>
/// Every stop of the keyboard on a page shows a focus ring at least 2 px wide whose colour stands out at least 3:1
/// against the background around it (WCAG 2.2, 1.4.11 and 2.4.7), in the dark header as on the page.
/// </summary>
public sealed class FocusRingTests : BrowserFixture
{
    private const string FocusedRing = """
        () => {
            const el = document.activeElement;
            if (!el || el === document.body) return null;
            const style = getComputedStyle(el);
            let around = 'rgb(255, 255, 255)';
            for (let n = el.parentElement; n; n = n.parentElement) {
                const c = getComputedStyle(n).backgroundColor;
                if (c && c !== 'transparent' && c !== 'rgba(0, 0, 0, 0)') { around = c; break; }
            }
            return JSON.stringify({ name: (el.getAttribute('aria-label') || el.textContent || el.name || el.id || el.tagName).trim().slice(0, 40),
                style: style.outlineStyle, width: parseFloat(style.outlineWidth), ring: style.outlineColor, around });
        }
        """;

    [TestCase("/Account/SignIn", false)]
    [TestCase("/Cohorts", true)]
    [TestCase("/Cohorts/Create", true)]
    public async Task Every_keyboard_stop_shows_a_ring_of_3_to_1(string path, bool signedIn)
    {
        if (signedIn)
            await SignInAsync(BootcampApp.Admin);
        await Page.GotoAsync(path);
        var problems = new List<string>();
        var stops = 0;
        for (var i = 0; i < 40; i++)
        {
            await Page.Keyboard.PressAsync("Tab");
            var json = await Page.EvaluateAsync<string?>(FocusedRing);
            if (json is null)
                continue;
            stops++;
            var ring = JsonSerializer.Deserialize<FocusedStop>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
            var contrast = Contrast(ring.Ring, ring.Around);
            if (ring.Style == "none" || ring.Width < 2 || contrast < 3)
                problems.Add($"{ring.Name}: {ring.Style} {ring.Width}px {ring.Ring} on {ring.Around}, {contrast:0.00}:1");
        }
        Assert.That(stops, Is.GreaterThan(3), "the page has keyboard stops");
        Assert.That(problems, Is.Empty);
    }

    private sealed record FocusedStop(string Name, string Style, double Width, string Ring, string Around);

    private static double Contrast(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    /// <summary>Relative luminance of a CSS "rgb(r, g, b)" or "rgba(r, g, b, a)" colour.</summary>
    private static double Luminance(string css)
    {
        var parts = css[(css.IndexOf('(') + 1)..css.IndexOf(')')].Split(',');
        return new[] { 0.2126, 0.7152, 0.0722 }.Select((weight, i) =>
        {
            var c = double.Parse(parts[i], CultureInfo.InvariantCulture) / 255;
            return weight * (c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4));
        }).Sum();
    }
}
