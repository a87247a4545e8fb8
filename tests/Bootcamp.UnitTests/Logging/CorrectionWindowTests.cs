using Bootcamp.Domain.Logging;

namespace Bootcamp.UnitTests.Logging;

public sealed class CorrectionWindowTests
{
    private const string Amira = "instructor@bootcamp.local";
    private static readonly DateOnly RecordedOn = new(2026, 11, 16);

    private static CorrectionRequest Request(string editor, EditorRole role, int daysLater, string? reason = null) =>
        new(Amira, RecordedOn, editor, role, reason, RecordedOn.AddDays(daysLater));

    [Test]
    public void An_instructor_may_correct_their_own_entry_up_to_the_seventh_day()
    {
        Assert.That(CorrectionWindow.Check(Request(Amira, EditorRole.Instructor, daysLater: 7)), Is.Empty);
    }

    [Test]
    public void An_instructor_may_not_correct_their_own_entry_after_the_window()
    {
        Assert.That(CorrectionWindow.Check(Request(Amira, EditorRole.Instructor, daysLater: 8)), Is.EqualTo(new[]
        {
            new FieldProblem("Entry", "The 7-day correction window closed on 23 Nov 2026; ask centre staff to correct it."),
        }));
    }

    [Test]
    public void An_instructor_may_not_correct_another_instructors_entry()
    {
        Assert.That(CorrectionWindow.Check(Request("jonas@bootcamp.local", EditorRole.Instructor, daysLater: 1)), Is.EqualTo(new[]
        {
            new FieldProblem("Entry", "Only the instructor who logged this entry, or centre staff, can correct it."),
        }));
    }

    [Test]
    public void The_author_is_recognised_whatever_the_case_of_the_address()
    {
        Assert.That(CorrectionWindow.Check(Request("Instructor@Bootcamp.Local", EditorRole.Instructor, daysLater: 1)), Is.Empty);
    }

    [Test]
    public void Centre_staff_may_correct_within_the_window_without_a_reason()
    {
        Assert.That(CorrectionWindow.Check(Request("staff@bootcamp.local", EditorRole.CentreStaff, daysLater: 2)), Is.Empty);
    }

    [Test]
    public void Centre_staff_correcting_after_the_window_must_give_a_reason()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(CorrectionWindow.Check(Request("staff@bootcamp.local", EditorRole.CentreStaff, daysLater: 30, reason: "  ")), Is.EqualTo(new[]
            {
                new FieldProblem("Reason", "A correction after the 7-day window needs a reason."),
            }));
            Assert.That(CorrectionWindow.Check(Request("staff@bootcamp.local", EditorRole.CentreStaff, daysLater: 30, reason: "Register found")), Is.Empty);
        }
    }

    [Test]
    public void An_admin_is_held_to_the_same_reason_rule_as_staff()
    {
        Assert.That(CorrectionWindow.Check(Request("admin@bootcamp.local", EditorRole.Admin, daysLater: 30)).Select(p => p.Field),
            Is.EqualTo(new[] { "Reason" }));
    }

    [Test]
    public void The_window_length_is_a_setting()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(CorrectionWindow.Check(Request(Amira, EditorRole.Instructor, daysLater: 3), days: 3), Is.Empty);
            Assert.That(CorrectionWindow.Check(Request(Amira, EditorRole.Instructor, daysLater: 4), days: 3).Single().Message,
                Does.StartWith("The 3-day correction window closed on 19 Nov 2026"));
        }
    }
}
