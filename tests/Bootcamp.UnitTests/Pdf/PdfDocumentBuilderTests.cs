using Bootcamp.Web.Infrastructure.Pdf;
using UglyToad.PdfPig;

namespace Bootcamp.UnitTests.Pdf;

public sealed class PdfDocumentBuilderTests
{
    private static readonly PdfColumn[] Columns = [new("Learner", 3), new("Centre", 2), new("Hours", 1, PdfAlign.Right)];

    private byte[] _twoHundredRows = [];

    [OneTimeSetUp]
    public void RenderTwoHundredRows() =>
        _twoHundredRows = Build(builder => builder
            .Heading("Exercise hours")
            .Paragraph("Every learner of the cohort with the hands-on hours logged to date. Łódź São Paulo Müller")
            .Table(Columns, Enumerable.Range(1, 200).Select(i => (IReadOnlyList<string>)[$"Learner {i:000}", "Berlin Kreuzberg", $"{i * 1.5:0.0}"])));

    private static byte[] Build(Func<PdfDocumentBuilder, PdfDocumentBuilder> content)
    {
        using var builder = new PdfDocumentBuilder("Cohort BER-FSW-07 progress", "Generated 29 Nov 2026");
        return content(builder).ToBytes();
    }

    private static string TextOf(UglyToad.PdfPig.Content.Page page) => string.Join(" ", page.GetWords().Select(w => w.Text));

    [Test]
    public void A_long_table_flows_over_several_pages_with_title_last_row_and_page_numbers()
    {
        using var pdf = PdfDocument.Open(_twoHundredRows);
        var pages = pdf.GetPages().Select(TextOf).ToList();

        Assert.That(pdf.NumberOfPages, Is.GreaterThan(2));
        Assert.That(pages[0], Does.Contain("Cohort BER-FSW-07 progress"));
        Assert.That(pages[^1], Does.Contain("Learner 200").And.Contain("300.0"));
        Assert.That(pages[1], Does.Contain($"Page 2 of {pdf.NumberOfPages}"));
        Assert.That(pages[^1], Does.Contain($"Page {pdf.NumberOfPages} of {pdf.NumberOfPages}"));
    }

    [Test]
    public void Text_outside_Latin_1_is_embedded_and_reads_back()
    {
        using var pdf = PdfDocument.Open(_twoHundredRows);

        Assert.That(TextOf(pdf.GetPage(1)), Does.Contain("Łódź São Paulo Müller"));
    }

    [Test]
    public void The_table_header_row_repeats_on_every_page_the_table_reaches()
    {
        using var pdf = PdfDocument.Open(_twoHundredRows);

        foreach (var page in pdf.GetPages())
            Assert.That(TextOf(page), Does.Contain("Learner Centre Hours"), $"page {page.Number}");
    }

    [Test]
    public void Every_row_is_drawn_exactly_once()
    {
        using var pdf = PdfDocument.Open(_twoHundredRows);
        var words = pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text).ToList();

        Assert.That(words.Count(w => w == "Kreuzberg"), Is.EqualTo(200));
    }

    [Test]
    public void A_paragraph_longer_than_a_page_wraps_and_continues_on_the_next_page()
    {
        var text = string.Join(" ", Enumerable.Range(1, 1500).Select(i => $"word{i}"));
        var bytes = Build(builder => builder.Paragraph(text));

        using var pdf = PdfDocument.Open(bytes);
        var words = pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text).ToList();

        Assert.That(pdf.NumberOfPages, Is.GreaterThan(1));
        Assert.That(words.Where(w => w.StartsWith("word", StringComparison.Ordinal)), Is.EqualTo(Enumerable.Range(1, 1500).Select(i => $"word{i}")));
    }

    [Test]
    public void Text_is_set_in_Liberation_Sans_embedded_as_a_subset()
    {
        var bytes = Build(builder => builder.Paragraph("Plain text"));

        using var pdf = PdfDocument.Open(bytes);
        var fonts = pdf.GetPage(1).Letters.Select(l => l.FontName).Distinct().ToList();

        // A subset tag (six capitals and a plus) in front of the name means the font program is inside the file.
        Assert.That(fonts, Is.Not.Empty.And.All.Match("^[A-Z]{6}\\+Liberation Sans"));
    }

    [Test]
    public void A_row_with_the_wrong_number_of_cells_is_refused()
    {
        using var builder = new PdfDocumentBuilder("Report");

        Assert.That(() => builder.Table(Columns, [["only one cell"]]), Throws.ArgumentException.With.Message.Contains("1 cells"));
    }
}
