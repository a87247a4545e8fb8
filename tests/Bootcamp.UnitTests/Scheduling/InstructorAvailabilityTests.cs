using Bootcamp.Domain.Scheduling;
using static Bootcamp.UnitTests.Scheduling.Schedules;

namespace Bootcamp.UnitTests.Scheduling;

public sealed class InstructorAvailabilityTests
{
    private static BookedSession Planned(DateTime startUtc) => new(null, 1, "BER-FSW-08", "Europe/Berlin", startUtc, startUtc.AddMinutes(210));

    private static BookedSession Teaching(int instructorId, DateTime startUtc, int minutes = 180) =>
        new(90, 2, "BER-DAN-03", "Europe/Berlin", startUtc, startUtc.AddMinutes(minutes)) { InstructorId = instructorId, RoomId = 5 };

    [Test]
    public void Each_instructor_is_counted_for_the_planned_lectures_they_already_teach_elsewhere()
    {
        IReadOnlyList<BookedSession> planned = [Planned(Utc(2027, 1, 5, 16, 30)), Planned(Utc(2027, 1, 7, 16, 30)), Planned(Utc(2027, 1, 12, 16, 30))];
        IReadOnlyList<BookedSession> bookings =
        [
            Teaching(3, Utc(2027, 1, 5, 18, 0)),
            Teaching(3, Utc(2027, 1, 12, 15, 0), 120),
            Teaching(4, Utc(2027, 1, 7, 19, 0)),
            Teaching(5, Utc(2027, 1, 5, 20, 0)),
        ];

        var clashes = InstructorAvailability.Clashes(planned, bookings, [3, 4, 5, 6]);

        // The lectures run 17:30-21:00 in Berlin (16:30-20:00 UTC). 3 overlaps two of them, 4 the Thursday one; 5 starts
        // at 21:00 local, just as the Tuesday lecture ends, which is no clash; 6 teaches nothing.
        Assert.That(clashes, Is.EqualTo(new Dictionary<int, int> { [3] = 2, [4] = 1, [5] = 0, [6] = 0 }));
    }

    [Test]
    public void Free_instructors_come_first_and_the_first_free_one_of_the_cohort_is_suggested()
    {
        InstructorOption[] options =
        [
            new(1, "Amira Haddad", TeachesCohort: true, Clashes: 4),
            new(2, "Jonas Becker", TeachesCohort: false, Clashes: 0),
            new(3, "Marta Nowak", TeachesCohort: true, Clashes: 0),
            new(4, "Elif Yıldız", TeachesCohort: false, Clashes: null),
        ];

        Assert.That(InstructorAvailability.Ranked(options).Select(o => o.Name), Is.EqualTo(new[] { "Marta Nowak", "Jonas Becker", "Elif Yıldız", "Amira Haddad" }));
        Assert.That(InstructorAvailability.Suggested(options), Is.EqualTo(3));
    }

    [Test]
    public void Nobody_is_suggested_when_every_instructor_of_the_cohort_clashes_or_was_not_checked()
    {
        InstructorOption[] options =
        [
            new(1, "Amira Haddad", TeachesCohort: true, Clashes: 1),
            new(2, "Jonas Becker", TeachesCohort: false, Clashes: 0),
            new(3, "Marta Nowak", TeachesCohort: true, Clashes: null),
        ];

        Assert.That(InstructorAvailability.Suggested(options), Is.Null);
    }
}
