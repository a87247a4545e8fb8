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

    [Test]
    public void A_restored_session_is_scheduled_again_at_its_slot_without_the_cancellation_reason()
    {
        var session = Evening();
        session.Cancel("Room flooded");

        session.Restore();

        Assert.That((session.Status, session.CancellationReason, session.StartUtc, session.RoomId, session.InstructorId),
            Is.EqualTo((SessionStatus.Scheduled, (string?)null, Utc(2027, 1, 5, 16, 30), (int?)3, (int?)7)));
    }

    [Test]
    public void Only_a_cancelled_session_can_be_restored()
    {
        var ex = Assert.Throws<DomainException>(() => Evening().Restore());

        Assert.That(ex!.Message, Is.EqualTo("Only a cancelled session can be restored."));
    }

    [Test]
    public void A_change_in_the_history_needs_a_reason_that_fits()
    {
        var session = Evening();

        var blank = Assert.Throws<DomainException>(() => _ = new SessionChange(session, SessionChangeKind.Restored, " ", "staff", Utc(2027, 1, 1, 9, 0)));
        var tooLong = Assert.Throws<DomainException>(() => _ = new SessionChange(session, SessionChangeKind.Restored, new string('x', 401), "staff", Utc(2027, 1, 1, 9, 0)));

        Assert.That(blank!.Message, Is.EqualTo("Say why the session is restored."));
        Assert.That(tooLong!.Message, Is.EqualTo("A reason is at most 400 characters."));
    }
}
