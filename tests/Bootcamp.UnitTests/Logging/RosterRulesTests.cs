using Bootcamp.Domain.Logging;

namespace Bootcamp.UnitTests.Logging;

public sealed class RosterRulesTests
{
    private static readonly DateTime Start = new(2026, 6, 12, 7, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime LocalStart = new(2026, 6, 12, 9, 0, 0);

    [Test]
    public void A_roster_cannot_be_taken_before_the_lecture_starts()
    {
        Assert.That(RosterRules.Refusal(false, Start, LocalStart, Start.AddMinutes(-1)),
            Is.EqualTo("This lecture starts at 09:00 on Fri 12 Jun 2026; attendance can be taken once it has started, not before."));
    }

    [Test]
    public void A_roster_can_be_taken_from_the_lecture_start_on()
    {
        Assert.That(RosterRules.Refusal(false, Start, LocalStart, Start), Is.Null);
        Assert.That(RosterRules.Refusal(false, Start, LocalStart, Start.AddDays(3)), Is.Null);
    }

    [Test]
    public void A_cancelled_lecture_has_no_roster_even_after_its_start() =>
        Assert.That(RosterRules.Refusal(true, Start, LocalStart, Start.AddHours(1)), Is.EqualTo(RosterRules.Cancelled));
}
