using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Bootcamp.Web.Infrastructure.Pdf;

public enum PdfAlign
{
    Left,
    Right,
}

/// <summary>A table column: its header, its share of the table width (relative to the other columns) and alignment.</summary>
public sealed record PdfColumn(string Header, double Share = 1, PdfAlign Align = PdfAlign.Left);

/// <summary>
/// The one layout helper for reports (MigraDoc is not available, see DEPENDENCIES.md). It flows a title, headings,
/// wrapped paragraphs and tables down A4 pages, starts a new page when the current one is full (repeating a table's
/// header row there), and writes "Page X of N" in every footer once the page count is known. An optional running
/// header repeats a line (for example the cohort and the report's date) at the top of every page.
/// </summary>
public sealed class PdfDocumentBuilder : IDisposable
{
    private const double Margin = 48;
    private const double FooterHeight = 28;
    private const double CellPadding = 4;
    private const double PortraitWidth = 595.28;
    private const double PortraitHeight = 841.89;

    private static readonly XColor Ink = XColor.FromArgb(0x1B, 0x1F, 0x24);
    private static readonly XColor Muted = XColor.FromArgb(0x4F, 0x58, 0x63);
    private static readonly XColor Rule = XColor.FromArgb(0xD5, 0xDA, 0xE0);
    private static readonly XColor HeaderFill = XColor.FromArgb(0xE3, 0xE8, 0xEE);

    private readonly PdfDocument _document = new();
    private readonly string _title;
    private readonly string? _runningHeader;
    private readonly bool _landscape;
    private readonly XFont _titleFont;
    private readonly XFont _headingFont;
    private readonly XFont _bodyFont;
    private readonly XFont _boldFont;
    private readonly XFont _smallFont;
    private XGraphics? _gfx;
    private double _y;

    public PdfDocumentBuilder(string title, string? subtitle = null, bool landscape = false, string? runningHeader = null)
    {
        EmbeddedFontResolver.Install();
        _title = title;
        _runningHeader = runningHeader;
        _landscape = landscape;
        var options = new XPdfFontOptions(PdfFontEncoding.Unicode);
        _titleFont = new XFont(EmbeddedFontResolver.FamilyName, 18, XFontStyleEx.Bold, options);
        _headingFont = new XFont(EmbeddedFontResolver.FamilyName, 13, XFontStyleEx.Bold, options);
        _bodyFont = new XFont(EmbeddedFontResolver.FamilyName, 10, XFontStyleEx.Regular, options);
        _boldFont = new XFont(EmbeddedFontResolver.FamilyName, 10, XFontStyleEx.Bold, options);
        _smallFont = new XFont(EmbeddedFontResolver.FamilyName, 8.5, XFontStyleEx.Regular, options);
        _document.Info.Title = title;
        _document.Info.Creator = "Bootcamp";
        NewPage();
        WriteLines(title, _titleFont, Ink);
        if (!string.IsNullOrWhiteSpace(subtitle))
            WriteLines(subtitle, _bodyFont, Muted);
        _y += 8;
    }

    private double PageWidth => _landscape ? PortraitHeight : PortraitWidth;
    private double PageHeight => _landscape ? PortraitWidth : PortraitHeight;
    private double ContentWidth => PageWidth - 2 * Margin;
    private double Bottom => PageHeight - Margin - FooterHeight;
    private XGraphics Gfx => _gfx ?? throw new InvalidOperationException("The document has already been written.");

    public PdfDocumentBuilder Heading(string text)
    {
        _y += 10;
        // Keep a heading with at least a few lines of what follows it.
        if (_y + _headingFont.GetHeight() + 3 * _bodyFont.GetHeight() > Bottom)
            NewPage();
        WriteLines(text, _headingFont, Ink);
        _y += 4;
        return this;
    }

    public PdfDocumentBuilder Paragraph(string text)
    {
        WriteLines(text, _bodyFont, Ink);
        _y += 6;
        return this;
    }

    public PdfDocumentBuilder Table(IReadOnlyList<PdfColumn> columns, IEnumerable<IReadOnlyList<string>> rows)
    {
        if (columns.Count == 0)
            throw new ArgumentException("A table needs at least one column.", nameof(columns));
        var totalShare = columns.Sum(c => c.Share);
        var widths = columns.Select(c => ContentWidth * c.Share / totalShare).ToArray();
        var headers = columns.Select(c => c.Header).ToList();
        if (_y + RowHeight(headers, widths, _boldFont) + RowHeight(headers, widths, _bodyFont) > Bottom)
            NewPage();
        DrawRow(headers, columns, widths, _boldFont, HeaderFill);
        foreach (var row in rows)
        {
            if (row.Count != columns.Count)
                throw new ArgumentException($"A row has {row.Count} cells; the table has {columns.Count} columns.", nameof(rows));
            if (_y + RowHeight(row, widths, _bodyFont) > Bottom)
            {
                NewPage();
                DrawRow(headers, columns, widths, _boldFont, HeaderFill);
            }
            DrawRow(row, columns, widths, _bodyFont, null);
        }
        _y += 10;
        return this;
    }

    /// <summary>
    /// A square grid of dark and light cells (a QR code's modules) drawn as vector squares of the given total width, with
    /// a caption beside it, kept on one page. Vector cells stay sharp in print and need no image decoder.
    /// </summary>
    public PdfDocumentBuilder Grid(IReadOnlyList<bool[]> cells, double width, string caption)
    {
        if (_y + width > Bottom)
            NewPage();
        var cell = width / cells.Count;
        var ink = new XSolidBrush(XColors.Black);
        for (var row = 0; row < cells.Count; row++)
        {
            for (var column = 0; column < cells[row].Length; column++)
            {
                if (cells[row][column])
                    Gfx.DrawRectangle(ink, Margin + column * cell, _y + row * cell, cell, cell);
            }
        }
        var captionWidth = ContentWidth - width - 12;
        var lineY = _y;
        foreach (var line in Wrap(caption, _bodyFont, captionWidth))
        {
            Gfx.DrawString(line, _bodyFont, new XSolidBrush(Ink), new XRect(Margin + width + 12, lineY, captionWidth, _bodyFont.GetHeight()), XStringFormats.TopLeft);
            lineY += _bodyFont.GetHeight();
        }
        _y += Math.Max(width, lineY - _y) + 8;
        return this;
    }

    /// <summary>Continues on a new page, for example after a cover.</summary>
    public PdfDocumentBuilder PageBreak()
    {
        NewPage();
        return this;
    }

    /// <summary>A line to sign on for each label, side by side, kept together on one page.</summary>
    public PdfDocumentBuilder Signatures(IReadOnlyList<string> labels)
    {
        if (labels.Count == 0)
            return this;
        const double space = 36;
        const double gap = 24;
        var height = space + _smallFont.GetHeight() + 4;
        if (_y + height + 10 > Bottom)
            NewPage();
        _y += 10;
        var width = (ContentWidth - gap * (labels.Count - 1)) / labels.Count;
        var pen = new XPen(Ink, 0.75);
        var brush = new XSolidBrush(Muted);
        for (var i = 0; i < labels.Count; i++)
        {
            var x = Margin + i * (width + gap);
            Gfx.DrawLine(pen, x, _y + space, x + width, _y + space);
            Gfx.DrawString(labels[i], _smallFont, brush, new XRect(x, _y + space + 4, width, _smallFont.GetHeight()), XStringFormats.TopLeft);
        }
        _y += height;
        return this;
    }

    /// <summary>Finishes the document: numbers the pages and returns the PDF file.</summary>
    public byte[] ToBytes()
    {
        Gfx.Dispose();
        _gfx = null;
        var count = _document.PageCount;
        for (var i = 0; i < count; i++)
        {
            var page = _document.Pages[i];
            using var gfx = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var top = PageHeight - Margin - FooterHeight + 10;
            gfx.DrawLine(new XPen(Rule, 0.75), Margin, top, PageWidth - Margin, top);
            var box = new XRect(Margin, top + 4, ContentWidth, _smallFont.GetHeight());
            gfx.DrawString(_title, _smallFont, new XSolidBrush(Muted), box, XStringFormats.TopLeft);
            gfx.DrawString($"Page {i + 1} of {count}", _smallFont, new XSolidBrush(Muted), box, XStringFormats.TopRight);
            if (_runningHeader is not null)
            {
                // Drawn in the top margin, above where content starts, so it never collides with the flow.
                var headerBox = new XRect(Margin, Margin - 26, ContentWidth, _smallFont.GetHeight());
                gfx.DrawString(_runningHeader, _smallFont, new XSolidBrush(Muted), headerBox, XStringFormats.TopLeft);
                gfx.DrawLine(new XPen(Rule, 0.75), Margin, Margin - 10, PageWidth - Margin, Margin - 10);
            }
        }
        using var stream = new MemoryStream();
        _document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    public void Dispose()
    {
        _gfx?.Dispose();
        _document.Dispose();
    }

    private void NewPage()
    {
        _gfx?.Dispose();
        var page = _document.AddPage();
        page.Width = XUnit.FromPoint(PageWidth);
        page.Height = XUnit.FromPoint(PageHeight);
        _gfx = XGraphics.FromPdfPage(page);
        _y = Margin;
    }

    private void WriteLines(string text, XFont font, XColor color)
    {
        var lineHeight = font.GetHeight();
        var brush = new XSolidBrush(color);
        foreach (var line in Wrap(text, font, ContentWidth))
        {
            if (_y + lineHeight > Bottom)
                NewPage();
            Gfx.DrawString(line, font, brush, new XRect(Margin, _y, ContentWidth, lineHeight), XStringFormats.TopLeft);
            _y += lineHeight;
        }
    }

    private double RowHeight(IReadOnlyList<string> cells, double[] widths, XFont font) =>
        cells.Select((cell, i) => Wrap(cell, font, widths[i] - 2 * CellPadding).Count).Max() * font.GetHeight() + 2 * CellPadding;

    private void DrawRow(IReadOnlyList<string> cells, IReadOnlyList<PdfColumn> columns, double[] widths, XFont font, XColor? fill)
    {
        var height = RowHeight(cells, widths, font);
        if (fill is { } color)
            Gfx.DrawRectangle(new XSolidBrush(color), Margin, _y, ContentWidth, height);
        var brush = new XSolidBrush(Ink);
        var x = Margin;
        for (var i = 0; i < cells.Count; i++)
        {
            var lineY = _y + CellPadding;
            var format = columns[i].Align == PdfAlign.Right ? XStringFormats.TopRight : XStringFormats.TopLeft;
            foreach (var line in Wrap(cells[i], font, widths[i] - 2 * CellPadding))
            {
                Gfx.DrawString(line, font, brush, new XRect(x + CellPadding, lineY, widths[i] - 2 * CellPadding, font.GetHeight()), format);
                lineY += font.GetHeight();
            }
            x += widths[i];
        }
        _y += height;
        Gfx.DrawLine(new XPen(Rule, 0.75), Margin, _y, Margin + ContentWidth, _y);
    }

    /// <summary>Breaks text into lines that fit the width: at spaces where possible, inside a word only when it alone is too wide.</summary>
    private List<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (Fits(candidate, font, width))
                {
                    line = candidate;
                    continue;
                }
                if (line.Length > 0)
                    lines.Add(line);
                line = word;
                while (line.Length > 1 && !Fits(line, font, width))
                {
                    var take = line.Length - 1;
                    while (take > 1 && !Fits(line[..take], font, width))
                        take--;
                    lines.Add(line[..take]);
                    line = line[take..];
                }
            }
            lines.Add(line);
        }
        return lines;
    }

    private bool Fits(string text, XFont font, double width) => Gfx.MeasureString(text, font).Width <= width;
}
