using Bootcamp.Web.Features.Shared;

namespace Bootcamp.UnitTests.ExerciseHours;

public sealed class HoursTests
{
    [TestCase(75, "1.25", "1.25 h")]
    [TestCase(735, "12.25", "12.25 h")]
    [TestCase(90, "1.5", "1.5 h")]
    [TestCase(120, "2", "2 h")]
    public void Quarter_hours_are_shown_exactly(int minutes, string number, string withUnit)
    {
        Assert.That(Hours.Number(minutes), Is.EqualTo(number));
        Assert.That(Hours.Of(minutes), Is.EqualTo(withUnit));
        Assert.That(Hours.Value(minutes) * 60, Is.EqualTo(minutes));
    }
}
