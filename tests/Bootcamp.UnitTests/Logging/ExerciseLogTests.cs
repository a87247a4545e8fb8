using Bootcamp.Domain.Common;
using Bootcamp.Domain.Logging;

namespace Bootcamp.UnitTests.Logging;

public sealed class ExerciseLogTests
{
    private static readonly DateOnly Day = new(2026, 11, 27);
    private static readonly DateTime At = new(2026, 11, 27, 18, 0, 0, DateTimeKind.Utc);

    private static ExerciseLog Log(int minutes) =>
        new(1, 1, 1, Day, minutes, ExerciseKind.Solo, null, null, " Kata: FizzBuzz ", "instructor@bootcamp.local", At);

    [TestCase(15)]
    [TestCase(90)]
    [TestCase(135)]
    [TestCase(720)]
    public void Quarter_hours_up_to_twelve_hours_are_accepted(int minutes)
    {
        var log = Log(minutes);

        Assert.That(log.Minutes, Is.EqualTo(minutes));
        Assert.That(log.Description, Is.EqualTo("Kata: FizzBuzz"));
    }

    [TestCase(0)]
    [TestCase(-15)]
    [TestCase(735)]
    [TestCase(24 * 60)]
    public void No_time_negative_time_or_more_than_twelve_hours_is_refused(int minutes)
    {
        var error = Assert.Throws<DomainException>(() => Log(minutes))!;

        Assert.That(error.Field, Is.EqualTo(nameof(ExerciseLog.Minutes)));
        Assert.That(error.Message, Does.Contain("at most 12"));
    }

    [TestCase(1)]
    [TestCase(20)]
    [TestCase(50)]
    [TestCase(719)]
    public void Time_that_is_not_in_quarter_hours_is_refused(int minutes)
    {
        var error = Assert.Throws<DomainException>(() => Log(minutes))!;

        Assert.That(error.Field, Is.EqualTo(nameof(ExerciseLog.Minutes)));
        Assert.That(error.Message, Does.Contain("quarter hours"));
    }

    [Test]
    public void A_refused_change_keeps_the_entry_as_it_was()
    {
        var log = Log(60);

        Assert.That(() => log.Change(2, Day.AddDays(1), 70, ExerciseKind.Group, "Other", "staff@bootcamp.local", At.AddHours(1)), Throws.TypeOf<DomainException>());

        Assert.That(log.Minutes, Is.EqualTo(60));
        Assert.That(log.ModuleId, Is.EqualTo(1));
        Assert.That(log.Date, Is.EqualTo(Day));
        Assert.That(log.Version, Is.EqualTo(1));
    }

    [Test]
    public void A_change_records_who_and_when_and_bumps_the_version()
    {
        var log = Log(60);

        log.Change(2, Day.AddDays(-1), 120, ExerciseKind.Group, "Pair programming", "staff@bootcamp.local", At.AddHours(1));

        Assert.That(log.Minutes, Is.EqualTo(120));
        Assert.That(log.Kind, Is.EqualTo(ExerciseKind.Group));
        Assert.That(log.LoggedBy, Is.EqualTo("staff@bootcamp.local"));
        Assert.That(log.Version, Is.EqualTo(2));
    }
}
