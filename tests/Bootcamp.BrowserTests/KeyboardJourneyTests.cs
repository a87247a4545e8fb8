using Bootcamp.BrowserTests.Support;
using Bootcamp.Domain.Logging;
using Bootcamp.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Bootcamp.BrowserTests;

/// <summary>The everyday forms done with the keyboard alone: Tab to move, arrows to choose, Enter to send.</summary>
public sealed class KeyboardJourneyTests : BrowserFixture
{
    private const string Focused = "() => { const e = document.activeElement; return e ? (e.name || e.id || e.textContent || '').trim() : ''; }";

    [Test]
    public async Task Instructor_takes_a_roster_with_the_keyboard_only()
    {
        var world = await LoggingWorld.CreateAsync(App);
        await SignInAsync(BootcampApp.Instructor);
        await Page.GotoAsync($"/Attendance/Sessions/{world.Sessions[-3]}");

        await TabToAsync("Rows[1].Status");
        await Page.Keyboard.PressAsync("ArrowRight");
        var chosen = await Page.EvaluateAsync<string>("() => document.activeElement.value");
        Assert.That(chosen, Is.Not.EqualTo(nameof(AttendanceStatus.Present)), "the arrow key moved the choice");
        await TabToAsync("Rows[1].Reason");
        await Page.Keyboard.TypeAsync("Bus strike");
        await TabToAsync("Save attendance");
        await Page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(Page.Locator(".flash")).ToContainTextAsync("Attendance saved");
        var marks = await App.WithDbAsync(db => db.Attendance.Where(a => a.SessionId == world.Sessions[-3]).ToListAsync());
        Assert.That(marks, Has.Count.EqualTo(world.Regulars.Count + 1));
        Assert.That(marks.Count(m => m.Status.ToString() == chosen && m.Reason == "Bus strike"), Is.EqualTo(1),
            $"the row chosen with the arrow key was saved as {chosen} with its reason");
    }

    /// <summary>Presses Tab until the focused element's name, id or text is <paramref name="target"/>.</summary>
    private async Task TabToAsync(string target)
    {
        for (var i = 0; i < 120; i++)
        {
            await Page.Keyboard.PressAsync("Tab");
            if (await Page.EvaluateAsync<string>(Focused) == target)
                return;
        }
        Assert.Fail($"Tab never reached {target}");
    }
}
