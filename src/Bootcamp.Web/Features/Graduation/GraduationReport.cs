using System.Globalization;
using Bootcamp.Domain.Graduation;
using Bootcamp.Domain.Learners;
using Bootcamp.Domain.Programmes;
using Bootcamp.Web.Features.Shared;
using Bootcamp.Web.Infrastructure.Pdf;

namespace Bootcamp.Web.Features.Graduation;

/// <summary>One learner's line of the report, every figure already in words.</summary>
public sealed record GraduationReportRow(
    string Learner, string Attendance, string SoloHours, string GroupHours, string TotalHours, string Projects, string SoftSkills, string Badges,
    string CriteriaMet, string Decision, string OverrideReason);

/// <summary>
/// Everything the cohort graduation report prints, as plain text: the renderer below turns it into a PDF without a
/// database, so it can be tested on its own. Dates are the centre's local dates.
/// </summary>
public sealed record GraduationReportRows(
    string CohortCode, string Programme, string Centre, string TimeZoneId, string Dates, string Status, string GeneratedOn,
    string CriteriaVersion, IReadOnlyList<(string Criterion, string Required)> Criteria, IReadOnlyList<GraduationReportRow> Learners, GraduationReportRow Totals)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>
    /// The rows of a cohort's graduation figures as the graduation engine computed them. <paramref name="softSkillFigures"/>
    /// is false for partners, who see soft skills as met or not met only.
    /// </summary>
    public static GraduationReportRows From(CohortGraduation board, bool softSkillFigures)
    {
        var cohort = board.Cohort;
        var applied = cohort.Applied;
        string Figure(GraduationLearner l, GraduationCriterion criterion)
        {
            if (!applied.Contains(criterion))
                return "–";
            var standing = l.Standing[criterion];
            var met = standing.Met ? "met" : "not met";
            return criterion == GraduationCriterion.SoftSkills && !softSkillFigures ? Capitalised(met) : $"{standing.Figure}, {met}";
        }
        var rows = board.Learners.Select(l =>
        {
            var exercise = l.Standing.Progress.Exercise;
            return new GraduationReportRow(
                l.Name,
                Figure(l, GraduationCriterion.Attendance),
                Hours.Number(exercise.SoloMinutes),
                Hours.Number(exercise.GroupMinutes),
                Hours.Number(exercise.LoggedMinutes),
                Figure(l, GraduationCriterion.Projects),
                Figure(l, GraduationCriterion.SoftSkills),
                Figure(l, GraduationCriterion.Badges),
                $"{l.Standing.Criteria.Count(c => c.Met)} of {l.Standing.Criteria.Count}",
                Decision(l),
                l.Decision is { IsOverride: true, Reason: { } reason } ? reason : "");
        }).ToList();
        var minutes = board.Learners.Select(l => l.Standing.Progress.Exercise).ToList();
        var graduated = board.Learners.Count(l => l.Status == EnrolmentStatus.Graduated);
        var notGraduated = board.Learners.Count(l => l.Status == EnrolmentStatus.NotGraduated);
        var totals = new GraduationReportRow(
            $"Total: {board.Learners.Count} learners", "",
            Hours.Number(minutes.Sum(e => e.SoloMinutes)), Hours.Number(minutes.Sum(e => e.GroupMinutes)), Hours.Number(minutes.Sum(e => e.LoggedMinutes)),
            "", "", "",
            $"{board.Learners.Count(l => l.Standing.MeetsAll)} meet all",
            $"{graduated} graduated, {notGraduated} not graduated",
            $"{board.Learners.Count(l => l.Decision?.IsOverride == true)} overrides");
        return new GraduationReportRows(
            cohort.Code, $"{cohort.Programme} ({cohort.ProgrammeCode})", cohort.Centre, cohort.TimeZoneId,
            $"{Date(cohort.StartDate)} – {Date(cohort.EndDate)}", cohort.Status.ToString(), Date(cohort.Today), cohort.CriteriaVersionText,
            [.. applied.Select(c => (GraduationEngine.Name(c), GraduationEngine.Required(c, cohort.Criteria)))],
            rows, totals);
    }

    public static string Date(DateOnly date) => date.ToString("d MMM yyyy", Invariant);

    private static string Decision(GraduationLearner l) => l.Status switch
    {
        EnrolmentStatus.Graduated or EnrolmentStatus.NotGraduated =>
            (l.Status == EnrolmentStatus.Graduated ? "Graduated" : "Not graduated") + (l.StatusChangedOn is { } on ? $" on {Date(on)}" : "")
            + (l.NeedsReview ? "; figures changed since, to review" : ""),
        EnrolmentStatus.Enrolled => "Not decided",
        _ => l.Status.Word(),
    };

    private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}

/// <summary>The cohort graduation report: a cover with the cohort and its criteria, the learners' table with totals, and a signature block.</summary>
public static class GraduationReport
{
    private static readonly PdfColumn[] Columns =
    [
        new("Learner", 1.8), new("Attendance", 1.6), new("Solo h", 1.1, PdfAlign.Right), new("Group h", 1.1, PdfAlign.Right),
        new("Total h", 1.1, PdfAlign.Right), new("Projects", 1.4), new("Soft skills", 2.2), new("Badges", 1.1), new("Criteria met", 1.0),
        new("Decision", 1.9), new("Override reason", 1.7),
    ];

    public static string FileName(GraduationReportRows rows) => $"graduation-{rows.CohortCode}.pdf";

    public static byte[] Render(GraduationReportRows rows)
    {
        using var pdf = new PdfDocumentBuilder($"Graduation report {rows.CohortCode}", rows.Programme, landscape: true,
            runningHeader: $"Graduation report · {rows.CohortCode} · {rows.Centre} · generated {rows.GeneratedOn} ({rows.TimeZoneId})");
        pdf.Heading("Cohort")
            .Paragraph($"Cohort: {rows.CohortCode}")
            .Paragraph($"Programme: {rows.Programme}")
            .Paragraph($"Centre: {rows.Centre} (dates in {rows.TimeZoneId})")
            .Paragraph($"Dates: {rows.Dates}")
            .Paragraph($"Status: {rows.Status}")
            .Paragraph($"Generated on: {rows.GeneratedOn}")
            .Heading("Graduation criteria")
            .Paragraph(rows.CriteriaVersion)
            .Table([new("Criterion", 1), new("Required", 4)], rows.Criteria.Select(c => (IReadOnlyList<string>)[c.Criterion, c.Required]))
            .PageBreak()
            .Heading("Learners")
            .Table(Columns, rows.Learners.Append(rows.Totals).Select(Cells))
            .Heading("Sign-off")
            .Paragraph("The decisions above were made on the figures shown; an override gives its reason.")
            .Signatures(["Centre manager: name and signature", "Programme lead: name and signature", "Date"]);
        return pdf.ToBytes();
    }

    private static IReadOnlyList<string> Cells(GraduationReportRow r) =>
        [r.Learner, r.Attendance, r.SoloHours, r.GroupHours, r.TotalHours, r.Projects, r.SoftSkills, r.Badges, r.CriteriaMet, r.Decision, r.OverrideReason];
}
