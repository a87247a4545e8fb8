using System.Globalization;

namespace Bootcamp.Web.Features.Dashboard;

/// <summary>
/// Two bars per cohort, attendance rate and hours against plan, on one 0 to 150% scale, laid out in SVG user units so
/// the page draws it without script. The table under it carries the same figures for screen readers.
/// </summary>
public sealed class DashboardChart(IReadOnlyList<DashboardRow> rows)
{
    public const int Width = 720;
    public const int Label = 120;
    public const int Top = 24;
    public const int RowHeight = 30;
    public const decimal Scale = 1.5m;

    public IReadOnlyList<DashboardRow> Rows { get; } = rows;

    public int Height => Top + RowHeight * Rows.Count + 8;

    public static decimal PlotWidth => Width - Label - 16;

    public static decimal RowTop(int index) => Top + RowHeight * index;

    public string BarWidth(decimal? rate) => Num(PlotWidth * Math.Min(rate ?? 0, Scale) / Scale);

    public static string X(decimal rate) => Num(Label + PlotWidth * rate / Scale);

    public static IEnumerable<(string X, string Label)> Ticks() =>
        new[] { 0m, 0.5m, 1m, 1.5m }.Select(r => (X(r), r.ToString("0%", CultureInfo.InvariantCulture)));

    public static string Percent(decimal? rate) => rate is { } r ? r.ToString("0%", CultureInfo.InvariantCulture) : "–";

    public static string Num(decimal value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
