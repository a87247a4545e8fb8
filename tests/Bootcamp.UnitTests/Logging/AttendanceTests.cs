using Bootcamp.Domain.Common;
using Bootcamp.Domain.Logging;

namespace Bootcamp.UnitTests.Logging;

public sealed class AttendanceTests
{
    private static readonly DateTime At = new(2026, 11, 27, 10, 0, 0, DateTimeKind.Utc);

    [TestCase(null)]
    [TestCase("")]
    [TestCase("  ")]
    public void An_excused_absence_needs_a_reason(string? reason)
    {
        var error = Assert.Throws<DomainException>(() => new Attendance(1, 1, AttendanceStatus.Excused, reason, "instructor@bootcamp.local", At))!;

        Assert.That(error.Field, Is.EqualTo(nameof(Attendance.Reason)));
    }

    [Test]
    public void An_excused_absence_with_a_reason_is_recorded()
    {
        var mark = new Attendance(1, 1, AttendanceStatus.Excused, " Doctor's note ", "instructor@bootcamp.local", At);

        Assert.That(mark.Status, Is.EqualTo(AttendanceStatus.Excused));
        Assert.That(mark.Reason, Is.EqualTo("Doctor's note"));
        Assert.That(mark.CountsAsAttended, Is.False);
    }

    [TestCase(AttendanceStatus.Present, true)]
    [TestCase(AttendanceStatus.Late, true)]
    [TestCase(AttendanceStatus.Absent, false)]
    public void Other_marks_need_no_reason(AttendanceStatus status, bool attended)
    {
        var mark = new Attendance(1, 1, status, null, "instructor@bootcamp.local", At);

        Assert.That(mark.Reason, Is.Null);
        Assert.That(mark.CountsAsAttended, Is.EqualTo(attended));
    }

    [Test]
    public void Changing_a_mark_to_excused_without_a_reason_is_refused_and_keeps_the_old_mark()
    {
        var mark = new Attendance(1, 1, AttendanceStatus.Absent, null, "instructor@bootcamp.local", At);

        Assert.That(() => mark.Change(AttendanceStatus.Excused, null, "staff@bootcamp.local", At.AddHours(1)), Throws.TypeOf<DomainException>());

        Assert.That(mark.Status, Is.EqualTo(AttendanceStatus.Absent));
        Assert.That(mark.RecordedBy, Is.EqualTo("instructor@bootcamp.local"));
        Assert.That(mark.Version, Is.EqualTo(1));
    }

    [Test]
    public void A_change_records_who_and_when_and_bumps_the_version()
    {
        var mark = new Attendance(1, 1, AttendanceStatus.Absent, null, "instructor@bootcamp.local", At);

        mark.Change(AttendanceStatus.Late, null, "staff@bootcamp.local", At.AddHours(1));

        Assert.That(mark.Status, Is.EqualTo(AttendanceStatus.Late));
        Assert.That(mark.RecordedBy, Is.EqualTo("staff@bootcamp.local"));
        Assert.That(mark.RecordedAtUtc, Is.EqualTo(At.AddHours(1)));
        Assert.That(mark.Version, Is.EqualTo(2));
    }
}
