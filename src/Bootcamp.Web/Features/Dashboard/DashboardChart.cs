using System.Globalization;

namespace Bootcamp.Web.Features.Dashboard;

/// <summary>
/// Two bars per cohort, attendance rate and hours against plan, on one 0 to 150% scale, laid out in SVG user units so
/// the page draws it without script. The table under it carries the same figures for screen readers. The page draws
/// it wide (codes beside the bars) and narrow (each code above its bars, half the units across), and CSS shows the
/// one that fits, so a phone reads its labels at a readable size.
/// </summary>
public sealed class DashboardChart(IReadOnlyList<DashboardRow> rows, bool narrow = false)
{
    public const int Top = 24;
    public const decimal Scale = 1.5m;

    public IReadOnlyList<DashboardRow> Rows { get; } = rows;
    public bool Narrow { get; } = narrow;

    /// <summary>Tells the two drawings' ids apart.</summary>
    public string Id => Narrow ? "narrow" : "wide";

    public int Width => Narrow ? 320 : 720;

    /// <summary>Room for the cohort codes left of the bars; none when each code sits above its bars.</summary>
    public int Label => Narrow ? 4 : 120;

    public int FontSize => Narrow ? 12 : 11;
    public int RowHeight => Narrow ? 46 : 30;

    /// <summary>How far below its row's top the bars start: under the code when the code sits above them.</summary>
    public int BarsTop => Narrow ? 18 : 3;

    public int Height => Top + RowHeight * Rows.Count + 8;

    public decimal PlotWidth => Width - Label - 16;

    public decimal RowTop(int index) => Top + RowHeight * index;

    public string BarWidth(decimal? rate) => Num(PlotWidth * Math.Min(rate ?? 0, Scale) / Scale);

    public string X(decimal rate) => Num(Label + PlotWidth * rate / Scale);

    /// <summary>Where a cohort's code is written: right-aligned before the bars, or left-aligned above them.</summary>
    public (string X, string Y, string Anchor) CodeAt(int index) =>
        Narrow ? (Num(Label), Num(RowTop(index) + 13), "start") : (Num(Label - 6), Num(RowTop(index) + 13), "end");

    public IEnumerable<(string X, string Label)> Ticks() =>
        new[] { 0m, 0.5m, 1m, 1.5m }.Select(r => (X(r), r.ToString("0%", CultureInfo.InvariantCulture)));

    public static string Percent(decimal? rate) => rate is { } r ? r.ToString("0%", CultureInfo.InvariantCulture) : "–";

    public static string Num(decimal value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
