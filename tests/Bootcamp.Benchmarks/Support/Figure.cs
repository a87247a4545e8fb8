using System.Globalization;

namespace Bootcamp.Benchmarks.Support;

/// <summary>
/// One line of the closing summary: what was measured and the figure that goes into the note, and for a measure also
/// taken on PostgreSQL (the scale bench) that figure beside it, in a column of its own.
/// </summary>
public sealed record Figure(string Area, string Measure, string Value, string Note = "", string? Postgres = null)
{
    public bool Failed => Value == "failed" || Postgres == "failed";

    /// <summary>The machine is shared, so the figures are read together with how busy it was.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    public static void Print(IReadOnlyList<Figure> figures)
    {
        var postgres = figures.Any(f => f.Postgres is not null);
        string[] header = postgres ? ["area", "measure", "figure", "on PostgreSQL", "note"] : ["area", "measure", "figure", "note"];
        var rows = figures.Select(f => postgres ? new[] { f.Area, f.Measure, f.Value, f.Postgres ?? "", f.Note } : [f.Area, f.Measure, f.Value, f.Note])
            .Prepend(header).ToList();
        var widths = Enumerable.Range(0, header.Length).Select(i => rows.Max(r => r[i].Length)).ToArray();
        Console.WriteLine();
        Console.WriteLine("Bootcamp benchmark summary (" + DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC, "
            + Environment.ProcessorCount + " cores, load average before the table: " + LoadAverage() + ")");
        foreach (var (row, index) in rows.Select((r, i) => (r, i)))
        {
            Console.WriteLine("| " + string.Join(" | ", row.Select((cell, i) => cell.PadRight(widths[i]))) + " |");
            if (index == 0)
                Console.WriteLine("|" + string.Join("|", widths.Select(w => new string('-', w + 2))) + "|");
        }
    }
}
