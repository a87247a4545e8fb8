using System.Globalization;
using Bootcamp.Web.Infrastructure.Pdf;

namespace Bootcamp.Web.Features.Exports;

/// <summary>
/// Renders a <see cref="ProgressReport"/> as a landscape PDF through the one layout helper. The grids of lectures and
/// weeks are too wide for a page, so the PDF prints the summary, the learners and the milestones, and says where the
/// grids are.
/// </summary>
public static class ProgressReportPdf
{
    private static readonly string[] Printed = [ProgressReportQuery.Summary, ProgressReportQuery.Learners, ProgressReportQuery.Milestones];

    public static byte[] Render(ProgressReport report)
    {
        var asOf = report.AsOf.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
        using var pdf = new PdfDocumentBuilder(report.Title, $"As of the end of {asOf} at each centre. For {report.Scope}.", landscape: true,
            runningHeader: $"{report.Title} as of {asOf}");
        foreach (var sheet in report.Sheets.Where(s => Printed.Contains(s.Name)))
        {
            var columns = sheet.Columns.Select((c, i) => (Column: c, Index: i)).Where(c => c.Column.InPdf).ToList();
            pdf.Heading(sheet.Name);
            if (sheet.Rows.Count == 0)
            {
                pdf.Paragraph("No rows.");
                continue;
            }
            pdf.Table(
                [.. columns.Select(c => new PdfColumn(c.Column.Header, c.Column.Kind == ReportKind.Text ? 1.6 : 1, c.Column.Kind == ReportKind.Text ? PdfAlign.Left : PdfAlign.Right))],
                sheet.Rows.Select(row => (IReadOnlyList<string>)[.. columns.Select(c => Text(c.Column.Kind, row[c.Index]))]));
        }
        pdf.Paragraph("The attendance of every learner at every lecture (P present, L late, A absent, E excused) and the hours per week are in the workbook of the same report.");
        return pdf.ToBytes();
    }

    public static string Text(ReportKind kind, object? value) => value switch
    {
        null => "",
        string text => text,
        int count => count.ToString(CultureInfo.InvariantCulture),
        decimal number when kind == ReportKind.Rate => number.ToString("0%", CultureInfo.InvariantCulture),
        decimal number => number.ToString("0.00", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
