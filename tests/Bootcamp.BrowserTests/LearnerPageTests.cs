using Bootcamp.BrowserTests.Support;
using Bootcamp.IntegrationTests.Cohorts;
using Bootcamp.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.BrowserTests;

/// <summary>Issue 12: a learner's page reads on a 375 px phone: the page itself never scrolls sideways, and a table wider than the screen scrolls inside a labelled region the keyboard reaches.</summary>
public sealed class LearnerPageTests : BrowserFixture
{
    [Test]
    public async Task The_learner_page_reads_on_a_phone()
    {
        var cohortId = await App.CohortIdAsync("BER-FSW-07");
        var learnerId = await App.WithDbAsync(db => db.Learners.Where(l => l.Email == "lena.hoffmann@example.com").Select(l => l.Id).SingleAsync());
        await Page.SetViewportSizeAsync(375, 812);
        await SignInAsync(BootcampApp.Staff);

        await Page.GotoAsync($"/Cohorts/{cohortId}/Learners/{learnerId}?lectures=2&corrections=1");
        await Page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");

        var pageWidth = await Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.That(pageWidth, Is.LessThanOrEqualTo(375), "the page does not scroll sideways");
        var unreachable = await Page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('main table')].map(t => {
                let box = t.parentElement;
                while (box && box.scrollWidth <= box.clientWidth && box.tagName !== 'MAIN') box = box.parentElement;
                if (!box || box.tagName === 'MAIN') return null;
                const region = box.closest('[role=region]');
                return region && region.tabIndex === 0 && (region.getAttribute('aria-labelledby') || region.getAttribute('aria-label'))
                    ? null : (t.querySelector('caption, th')?.textContent ?? 'a table');
            }).filter(x => x)
            """);
        Assert.That(unreachable, Is.Empty, "a table wider than the phone scrolls inside a labelled region the keyboard reaches");
        Assert.That((await Page.ViolationsAsync()).Select(v => v.ToString()), Is.Empty);
    }
}
