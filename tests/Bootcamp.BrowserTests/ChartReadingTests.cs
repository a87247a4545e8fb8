using Bootcamp.BrowserTests.Support;
using Bootcamp.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.BrowserTests;

/// <summary>
/// The server-drawn charts read on a laptop and on a phone: the one chart shown of each pair fits the screen, and
/// every label in it is drawn at 10 px or more (a chart shrunk to a phone's width drew them at about 5 px).
/// </summary>
public sealed class ChartReadingTests : BrowserFixture
{
    /// <summary>Per shown chart: where its right edge is drawn and the smallest drawn size of its labels, in CSS pixels.</summary>
    private const string Measure = """
        () => [...document.querySelectorAll('svg.chart')]
            .filter(svg => svg.getBoundingClientRect().width > 0)
            .map(svg => [
                svg.getBoundingClientRect().right,
                Math.min(...[...svg.querySelectorAll('text')].map(t => parseFloat(t.getAttribute('font-size')) * svg.getScreenCTM().a)),
            ])
        """;

    [TestCase(375, 740)]
    [TestCase(1280, 900)]
    public async Task The_dashboard_and_a_cohorts_weekly_chart_read_at_this_width(int width, int height)
    {
        var cohortId = await App.WithDbAsync(db => db.Cohorts.Where(c => c.Code == "BER-FSW-07").Select(c => c.Id).SingleAsync());
        await Page.SetViewportSizeAsync(width, height);
        await SignInAsync(BootcampApp.Staff);

        foreach (var url in new[] { "/Dashboard", $"/Cohorts/Details/{cohortId}" })
        {
            await Page.GotoAsync(url);
            var charts = await Page.EvaluateAsync<double[][]>(Measure);
            Assert.That(charts, Has.Length.EqualTo(1), $"{url}: one chart of the pair is shown");
            var (right, smallest) = (charts[0][0], charts[0][1]);
            Assert.That(right, Is.LessThanOrEqualTo(width), $"{url}: the chart fits the screen");
            Assert.That(smallest, Is.GreaterThanOrEqualTo(10), $"{url}: its smallest label is drawn at {smallest:0.0} px");
        }
    }
}
