using Bootcamp.Web.Infrastructure.Pdf;
using QRCoder;

namespace Bootcamp.Web.Features.Credentials;

public sealed record ModuleLine(string Module, string Attendance, string ExerciseHours, string Badge);

public sealed record ProjectLine(string Project, string Grade, string PassMark, string Result);

/// <summary>
/// What a learner's certificate and transcript print, every figure already in words as the graduation engine and the
/// badge rule gave it, and the EU micro-credential elements as the signed credential states them. Plain rows, so the
/// renderers run without a database.
/// </summary>
public sealed record LearnerDocumentRows(
    string Learner, string CohortCode, string Programme, string Centre, string Dates, string GeneratedOn,
    IReadOnlyList<(string Criterion, string Figure, string Met)> Criteria,
    IReadOnlyList<ModuleLine> Modules, IReadOnlyList<ProjectLine> Projects, IReadOnlyList<(string Skill, string Value)> SoftSkills,
    IReadOnlyList<(string Label, string Value)> MicroCredential, string? CredentialName, string? VerificationUrl);

/// <summary>The learner's one-page certificate and their transcript, each with a QR code to the credential's verification page.</summary>
public static class LearnerDocuments
{
    public static string CertificateFileName(LearnerDocumentRows rows) => $"certificate-{rows.CohortCode}-{Slug(rows.Learner)}.pdf";

    public static string TranscriptFileName(LearnerDocumentRows rows) => $"transcript-{rows.CohortCode}-{Slug(rows.Learner)}.pdf";

    public static byte[] Certificate(LearnerDocumentRows rows)
    {
        if (rows.VerificationUrl is null || rows.CredentialName is null)
            throw new ArgumentException("A certificate is printed for an issued credential only.", nameof(rows));
        using var pdf = new PdfDocumentBuilder($"Certificate: {rows.CredentialName}", $"{rows.Programme} · {rows.Centre}");
        pdf.Paragraph($"This certifies that {rows.Learner} graduated from {rows.Programme} in cohort {rows.CohortCode} ({rows.Dates}).")
            .Heading("Micro-credential (Council Recommendation 2022/C 243/02, Annex I)")
            .Table([new("Element", 1.2), new("", 3)], rows.MicroCredential.Prepend((Label: "Learner", Value: rows.Learner)).Select(e => (IReadOnlyList<string>)[e.Label, e.Value]))
            .Heading("Graduation figures")
            .Table([new("Criterion", 1.2), new("Figure", 2), new("Met", 0.8)], rows.Criteria.Select(c => (IReadOnlyList<string>)[c.Criterion, c.Figure, c.Met]))
            .Grid(Qr(rows.VerificationUrl), 84, $"Verify this certificate: {rows.VerificationUrl}")
            .Signatures(["Centre manager: name and signature", "Date"]);
        return pdf.ToBytes();
    }

    public static byte[] Transcript(LearnerDocumentRows rows)
    {
        using var pdf = new PdfDocumentBuilder($"Transcript: {rows.Learner}", $"{rows.Programme} · cohort {rows.CohortCode} · {rows.Centre}",
            runningHeader: $"Transcript · {rows.Learner} · {rows.CohortCode} · generated {rows.GeneratedOn}");
        pdf.Paragraph($"Cohort {rows.CohortCode}, {rows.Dates}.")
            .Heading("Modules")
            .Table([new("Module", 2), new("Lecture attendance", 1.6), new("Exercise hours", 1.4), new("Badge", 1.6)],
                rows.Modules.Select(m => (IReadOnlyList<string>)[m.Module, m.Attendance, m.ExerciseHours, m.Badge]))
            .Heading("Projects");
        if (rows.Projects.Count == 0)
            pdf.Paragraph("No projects.");
        else
            pdf.Table([new("Project", 2), new("Grade", 1, PdfAlign.Right), new("Pass mark", 1, PdfAlign.Right), new("Result", 1)],
                rows.Projects.Select(p => (IReadOnlyList<string>)[p.Project, p.Grade, p.PassMark, p.Result]));
        pdf.Heading("Soft skills");
        if (rows.SoftSkills.Count == 0)
            pdf.Paragraph("Not assessed yet.");
        else
            pdf.Table([new("Skill", 2), new("Latest assessment", 2)], rows.SoftSkills.Select(s => (IReadOnlyList<string>)[s.Skill, s.Value]));
        pdf.Heading("Graduation figures")
            .Table([new("Criterion", 1.2), new("Figure", 2), new("Met", 0.8)], rows.Criteria.Select(c => (IReadOnlyList<string>)[c.Criterion, c.Figure, c.Met]));
        if (rows.VerificationUrl is { } url)
            pdf.Grid(Qr(url), 84, $"Verify the credential {rows.CredentialName}: {url}");
        else
            pdf.Paragraph("No graduation credential has been issued to this learner yet.");
        return pdf.ToBytes();
    }

    /// <summary>
    /// The QR code of the address as its grid of modules, quiet zone included. PDFsharp's image reader refuses the PNG
    /// that QRCoder's PngByteQRCode writes, so the document draws the modules itself.
    /// </summary>
    public static IReadOnlyList<bool[]> Qr(string url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        return [.. data.ModuleMatrix.Select(row => row.Cast<bool>().ToArray())];
    }

    private static string Slug(string text) =>
        new string([.. text.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]).Trim('-');
}
