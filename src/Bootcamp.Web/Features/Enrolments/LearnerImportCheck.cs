namespace Bootcamp.Web.Features.Enrolments;

/// <summary>A row of an import after checking: what is wrong with it, and whether the learner is already known.</summary>
public sealed record CheckedRow(LearnerRow Row, IReadOnlyList<string> Problems, bool KnownLearner)
{
    public bool IsValid => Problems.Count == 0;
}

/// <summary>What the import of a file into a cohort would do, row by row. The file is imported only when every row is valid.</summary>
public static class LearnerImportCheck
{
    public const int MaxNameLength = 100;
    public const int MaxPhoneLength = 40;

    public const string ElsewhereProblem = "A learner with this e-mail is registered at another centre: contact that centre to enrol them here.";

    /// <param name="rows">The rows of the file, in file order.</param>
    /// <param name="enrolledEmails">E-mails of learners who already have an enrolment in the cohort, in any status.</param>
    /// <param name="knownEmails">E-mails of learners already in the system (they are enrolled as they are, not created again).</param>
    /// <param name="freeSeats">Capacity minus learners currently enrolled.</param>
    /// <param name="elsewhereEmails">
    /// E-mails of learners known only outside the user's scope: refused without saying who they are (README: an e-mail
    /// known at another centre is never echoed back), and never created a second time.
    /// </param>
    public static IReadOnlyList<CheckedRow> Check(
        IReadOnlyList<LearnerRow> rows, IReadOnlySet<string> enrolledEmails, IReadOnlySet<string> knownEmails, int freeSeats,
        IReadOnlySet<string>? elsewhereEmails = null)
    {
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var seatsTaken = 0;
        var result = new List<CheckedRow>(rows.Count);
        foreach (var row in rows)
        {
            var problems = new List<string>();
            if (row.Problem is not null)
                problems.Add($"This line {row.Problem}.");
            if (row.FirstName.Length == 0)
                problems.Add("First name is missing.");
            if (row.LastName.Length == 0)
                problems.Add("Last name is missing.");
            if (row.FirstName.Length > MaxNameLength || row.LastName.Length > MaxNameLength)
                problems.Add($"A name is longer than {MaxNameLength} characters.");
            if (row.Phone.Length > MaxPhoneLength)
                problems.Add($"The phone number is longer than {MaxPhoneLength} characters.");
            if (row.Email.Length == 0)
                problems.Add("E-mail is missing.");
            else if (!LearnerCsv.IsEmail(row.Email))
                problems.Add($"\"{row.Email}\" is not a valid e-mail address.");
            else if (seen.TryGetValue(row.Email, out var firstLine))
                problems.Add($"Duplicate: line {firstLine} has the same e-mail.");
            else
            {
                seen[row.Email] = row.Line;
                if (enrolledEmails.Contains(row.Email))
                    problems.Add("Already enrolled in this cohort.");
                else if (elsewhereEmails?.Contains(row.Email) == true)
                    problems.Add(ElsewhereProblem);
            }
            if (problems.Count == 0)
            {
                seatsTaken++;
                if (seatsTaken > freeSeats)
                    problems.Add(freeSeats <= 0
                        ? "Over capacity: the cohort is full."
                        : $"Over capacity: the cohort has {freeSeats} free {(freeSeats == 1 ? "seat" : "seats")}.");
            }
            result.Add(new CheckedRow(row, problems, knownEmails.Contains(row.Email)));
        }
        return result;
    }
}
