using Bootcamp.Domain.Common;
using Bootcamp.Domain.Scheduling;
using static Bootcamp.UnitTests.Scheduling.Schedules;

namespace Bootcamp.UnitTests.Scheduling;

public sealed class LectureSessionTests
{
    private static LectureSession Evening() => new(1, 1, "Joins", Utc(2027, 1, 5, 16, 30), Utc(2027, 1, 5, 20, 0), 3, 7);

    [Test]
    public void A_conflict_accepted_with_a_reason_is_recorded_trimmed()
    {
        var session = Evening();

        session.OverrideConflicts("  Room 2 shared with the data cohort this week ");

        Assert.That(session.ConflictOverrideReason, Is.EqualTo("Room 2 shared with the data cohort this week"));
    }

    [Test]
    public void Accepting_a_conflict_needs_a_reason()
    {
        var ex = Assert.Throws<DomainException>(() => Evening().OverrideConflicts("  "));

        Assert.That(ex!.Field, Is.EqualTo(nameof(LectureSession.ConflictOverrideReason)));
    }

    [Test]
    public void Moving_the_session_ends_the_acceptance_of_the_old_slot_conflict()
    {
        var session = Evening();
        session.OverrideConflicts("Instructor double-booked, cover arranged");

        session.Move(Utc(2027, 1, 6, 16, 30), Utc(2027, 1, 6, 20, 0), 4);

        Assert.That(session.ConflictOverrideReason, Is.Null);
        Assert.That((session.StartUtc, session.RoomId), Is.EqualTo((Utc(2027, 1, 6, 16, 30), (int?)4)));
    }
}
