using System.Globalization;
using System.IO.Compression;
using System.Xml.Linq;

namespace Bootcamp.IntegrationTests.Support;

/// <summary>
/// A second reader of .xlsx files, independent of ClosedXML and of the Open XML SDK it is built on: the zip and its
/// XML read straight with System.IO.Compression and XDocument (ECMA-376 part 1, SpreadsheetML).
/// </summary>
public sealed class XlsxXml
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XNamespace PackageRel = "http://schemas.openxmlformats.org/package/2006/relationships";

    private readonly Dictionary<string, XDocument> _parts = [];

    public XlsxXml(byte[] file)
    {
        using var zip = new ZipArchive(new MemoryStream(file), ZipArchiveMode.Read);
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal) || e.FullName.EndsWith(".rels", StringComparison.Ordinal)))
        {
            using var stream = entry.Open();
            _parts[entry.FullName] = XDocument.Load(stream);
        }
        var strings = _parts.GetValueOrDefault("xl/sharedStrings.xml")?.Root!.Elements(Main + "si").Select(si => string.Concat(si.Descendants(Main + "t").Select(t => t.Value))).ToList() ?? [];
        var rels = _parts["xl/_rels/workbook.xml.rels"].Root!.Elements(PackageRel + "Relationship").ToDictionary(r => (string)r.Attribute("Id")!, r => (string)r.Attribute("Target")!);
        foreach (var sheet in _parts["xl/workbook.xml"].Root!.Element(Main + "sheets")!.Elements(Main + "sheet"))
        {
            var target = rels[(string)sheet.Attribute(Rel + "id")!].TrimStart('/');
            var path = target.StartsWith("xl/", StringComparison.Ordinal) ? target : "xl/" + target;
            Sheets[(string)sheet.Attribute("name")!] = new XlsxSheet(_parts[path], strings, path, _parts);
        }
    }

    public Dictionary<string, XlsxSheet> Sheets { get; } = [];

    public XDocument Part(string name) => _parts[name];

    public IEnumerable<string> PartNames => _parts.Keys;

    /// <summary>The number format of a cell's style: its own code, or the code of a built-in format (ECMA-376 18.8.30).</summary>
    public string? FormatCode(int? styleIndex)
    {
        if (styleIndex is not { } index)
            return null;
        var styles = _parts["xl/styles.xml"].Root!;
        var id = (int?)styles.Element(Main + "cellXfs")!.Elements(Main + "xf").ElementAt(index).Attribute("numFmtId") ?? 0;
        var custom = styles.Element(Main + "numFmts")?.Elements(Main + "numFmt").FirstOrDefault(f => (int)f.Attribute("numFmtId")! == id);
        return custom is not null ? (string)custom.Attribute("formatCode")! : id switch
        {
            0 => "General",
            1 => "0",
            2 => "0.00",
            9 => "0%",
            14 => "mm-dd-yy",
            _ => $"built-in {id}",
        };
    }
}

/// <summary>One worksheet's cells as stored: their raw text, whether they hold a formula, and their style index.</summary>
public sealed class XlsxSheet
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private readonly Dictionary<string, XElement> _cells;
    private readonly IReadOnlyList<string> _strings;

    public XlsxSheet(XDocument xml, IReadOnlyList<string> strings, string path, IReadOnlyDictionary<string, XDocument> parts)
    {
        Xml = xml;
        _strings = strings;
        _cells = [];
        // A row or cell without its reference follows the one before it (ECMA-376 18.3.1.73 and 18.3.1.4).
        var rowNumber = 0;
        foreach (var row in xml.Descendants(Main + "row"))
        {
            rowNumber = (int?)row.Attribute("r") ?? rowNumber + 1;
            var column = 0;
            foreach (var cell in row.Elements(Main + "c"))
            {
                column = (string?)cell.Attribute("r") is { } reference ? ColumnOf(reference) : column + 1;
                _cells[Address(rowNumber, column)] = cell;
            }
        }
        var relsPath = path.Replace("worksheets/", "worksheets/_rels/") + ".rels";
        TableCount = parts.TryGetValue(relsPath, out var rels) ? rels.Root!.Elements().Count(r => ((string)r.Attribute("Type")!).EndsWith("/table", StringComparison.Ordinal)) : 0;
    }

    public XDocument Xml { get; }

    public int TableCount { get; }

    public bool HasFormulas => Xml.Descendants(Main + "f").Any();

    /// <summary>The first row stays in view: a pane split under row 1 whose state is frozen (ECMA-376 18.18.52: frozen or frozenSplit).</summary>
    public bool HeaderRowFrozen => Xml.Descendants(Main + "pane").Any(p => (string?)p.Attribute("ySplit") == "1" && (string?)p.Attribute("state") is "frozen" or "frozenSplit");

    private static int ColumnOf(string reference) => reference.TakeWhile(char.IsAsciiLetter).Aggregate(0, (column, letter) => column * 26 + (letter - 'A' + 1));

    public static string Address(int row, int column)
    {
        var letters = "";
        for (var c = column; c > 0; c = (c - 1) / 26)
            letters = (char)('A' + (c - 1) % 26) + letters;
        return letters + row.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The cell's value as text: a shared or inline string, or the number as stored; null for an empty cell.</summary>
    public string? Text(int row, int column)
    {
        if (!_cells.TryGetValue(Address(row, column), out var cell))
            return null;
        return (string?)cell.Attribute("t") switch
        {
            "s" => _strings[int.Parse(cell.Element(Main + "v")!.Value, CultureInfo.InvariantCulture)],
            "inlineStr" => string.Concat(cell.Descendants(Main + "t").Select(t => t.Value)),
            _ => cell.Element(Main + "v")?.Value,
        };
    }

    public bool IsString(int row, int column) => _cells.TryGetValue(Address(row, column), out var cell) && (string?)cell.Attribute("t") is "s" or "inlineStr" or "str";

    public decimal? Number(int row, int column) => Text(row, column) is { } text && !IsString(row, column) ? decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture) : null;

    /// <summary>The header row's texts, left to right.</summary>
    public IReadOnlyList<string> Headers()
    {
        var headers = new List<string>();
        for (var c = 1; Text(1, c) is { } header; c++)
            headers.Add(header);
        return headers;
    }

    public int Column(string header) => Headers().ToList().IndexOf(header) + 1;

    /// <summary>Rows with a value in the first column, below the header.</summary>
    public int RowCount
    {
        get
        {
            var r = 2;
            while (Text(r, 1) is not null)
                r++;
            return r - 2;
        }
    }

    public int? StyleIndex(int row, int column) => _cells.TryGetValue(Address(row, column), out var cell) ? (int?)cell.Attribute("s") : null;
}
