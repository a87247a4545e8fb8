using System.Globalization;
using System.Text;
using Bootcamp.Domain.Logging;
using Bootcamp.Web.Infrastructure.Csv;

namespace Bootcamp.Web.Features.ExerciseHours;

/// <summary>One data row of an hours CSV, as read, with what it became and what is wrong with it.</summary>
public sealed class CsvHoursRow(int line, IReadOnlyList<string> cells)
{
    public int Line { get; } = line;
    public IReadOnlyList<string> Cells { get; } = cells;
    public NewHours? Hours { get; set; }
    public List<string> Problems { get; } = [];

    public string Cell(int index) => index < Cells.Count ? Cells[index] : "";
}

/// <summary>
/// The import format, documented on the import page: a header row, then one row per learner and day.
/// Columns: email, date (yyyy-MM-dd), hours (quarters, with a dot), kind (solo or group), module (its number in the
/// programme or its title), description. Fields with commas or quotes are quoted the usual CSV way.
/// </summary>
public static class HoursCsv
{
    public static readonly string[] Columns = ["email", "date", "hours", "kind", "module", "description"];

    public static IReadOnlyList<CsvHoursRow> Read(string text, IReadOnlyList<LearnerOption> learners, IReadOnlyList<ModuleOption> modules, out string? fileProblem)
    {
        fileProblem = null;
        var read = CsvText.Read(text);
        if (read.Error is not null)
        {
            fileProblem = read.Error;
            return [];
        }
        var lines = read.Records;
        if (lines.Count == 0)
        {
            fileProblem = "The file is empty.";
            return [];
        }
        var header = lines[0].Fields.Select(c => c.Trim().ToLowerInvariant()).ToList();
        if (!header.SequenceEqual(Columns))
        {
            fileProblem = $"The first row must name the columns: {string.Join(",", Columns)}.";
            return [];
        }
        var byEmail = learners.ToDictionary(l => l.Email, StringComparer.OrdinalIgnoreCase);
        var rows = new List<CsvHoursRow>();
        foreach (var (line, cells) in lines.Skip(1))
        {
            var row = new CsvHoursRow(line, cells);
            rows.Add(row);
            if (cells.Count != Columns.Length)
            {
                row.Problems.Add($"Expected {Columns.Length} columns, found {cells.Count}.");
                continue;
            }
            var learner = byEmail.GetValueOrDefault(cells[0].Trim());
            if (learner is null)
                row.Problems.Add($"No learner of this cohort has the e-mail '{cells[0].Trim()}'.");
            if (!DateOnly.TryParseExact(cells[1].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                row.Problems.Add("Write the date as yyyy-MM-dd, for example 2026-11-23.");
            var hours = HoursText.Read(cells[2]);
            if (hours.Minutes is null)
                row.Problems.Add(hours.Problem ?? HoursText.NotANumber);
            ExerciseKind? kind = cells[3].Trim().ToLowerInvariant() switch
            {
                "solo" => ExerciseKind.Solo,
                "group" => ExerciseKind.Group,
                _ => null,
            };
            if (kind is null)
                row.Problems.Add("Kind is solo or group.");
            var module = FindModule(cells[4].Trim(), modules);
            if (module is null)
                row.Problems.Add($"'{cells[4].Trim()}' is not a module of the cohort's programme (use its number or title).");
            var description = cells[5].Trim();
            if (description.Length == 0)
                row.Problems.Add("Say in a few words what was done.");
            else if (description.Length > 300)
                row.Problems.Add("Keep the description under 300 characters.");
            if (row.Problems.Count == 0)
                row.Hours = new NewHours(new ExerciseEntry(learner!.Id, module!.Id, date, hours.Minutes!.Value, kind!.Value), description, null, null);
        }
        if (rows.Count == 0)
            fileProblem = "The file has a header but no rows.";
        return rows;
    }

    public static string Sample(IReadOnlyList<LearnerOption> learners, IReadOnlyList<ModuleOption> modules, DateOnly day)
    {
        var text = new StringBuilder(string.Join(",", Columns)).Append("\r\n");
        var module = modules.FirstOrDefault();
        foreach (var (learner, i) in learners.Take(3).Select((l, i) => (l, i)))
        {
            text.Append(CultureInfo.InvariantCulture, $"{learner.Email},{day:yyyy-MM-dd},{(i + 1) * 0.75m:0.##},{(i == 0 ? "solo" : "group")},{module?.Position ?? 1},\"Exercises, {module?.Title ?? "first module"}\"\r\n");
        }
        if (learners.Count == 0)
            text.Append(CultureInfo.InvariantCulture, $"ana.silva@example.org,{day:yyyy-MM-dd},1.5,solo,1,\"Katas, part 1\"\r\n");
        return text.ToString();
    }

    private static ModuleOption? FindModule(string text, IReadOnlyList<ModuleOption> modules) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var position)
            ? modules.FirstOrDefault(m => m.Position == position)
            : modules.FirstOrDefault(m => string.Equals(m.Title, text, StringComparison.OrdinalIgnoreCase));
}
