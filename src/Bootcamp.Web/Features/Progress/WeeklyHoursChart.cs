using System.Globalization;
using Bootcamp.Domain.Progress;

namespace Bootcamp.Web.Features.Progress;

/// <summary>
/// A bar per week of logged hours and a line of planned hours, laid out in SVG user units; no script needed. The page
/// draws it twice, wide for a laptop and narrow for a phone (CSS shows one), so its labels are never shrunk below a
/// readable size: the narrow one has half the units across, so the same text is twice as large on a small screen.
/// </summary>
public sealed class WeeklyHoursChart
{
    public WeeklyHoursChart(IReadOnlyList<WeekHours> weeks, bool narrow = false)
    {
        Weeks = weeks;
        Narrow = narrow;
        var largest = weeks.Count == 0 ? 0 : weeks.Max(w => Math.Max(w.LoggedMinutes, w.PlannedMinutes)) / 60m;
        MaxHours = NiceCeiling(Math.Max(largest, 1));
        Slot = weeks.Count == 0 ? 0 : (Width - Left - 4m) / weeks.Count;
    }

    public IReadOnlyList<WeekHours> Weeks { get; }
    public bool Narrow { get; }
    public decimal MaxHours { get; }
    public decimal Slot { get; }

    /// <summary>Tells the two drawings' ids apart.</summary>
    public string Id => Narrow ? "narrow" : "wide";

    public int Width => Narrow ? 320 : 720;
    public int Height => Narrow ? 200 : 220;
    public int Left => Narrow ? 30 : 44;
    public int FontSize => Narrow ? 12 : 11;
    public int Bottom => Narrow ? 22 : 24;
    public const int Top = 10;

    public decimal PlotHeight => Height - Bottom - Top;

    public string Y(int minutes) => Num(Height - Bottom - PlotHeight * (minutes / 60m) / MaxHours);

    public string BarX(int index) => Num(Left + Slot * index + Slot * 0.15m);

    public string BarWidth => Num(Math.Max(Slot * 0.7m, 1));

    public string BarHeight(int minutes) => Num(PlotHeight * (minutes / 60m) / MaxHours);

    public string PlanLine => string.Join(" ", Weeks.Select((w, i) => $"{Num(Left + Slot * i + Slot / 2)},{Y(w.PlannedMinutes)}"));

    public IEnumerable<(string Y, string Label)> Ticks() =>
        Enumerable.Range(0, 5).Select(i => (Y((int)(MaxHours * 60 * i / 4)), (MaxHours * i / 4).ToString("0", CultureInfo.InvariantCulture)));

    /// <summary>Every few weeks gets a date label (fewer on a phone), so labels never overlap.</summary>
    public IEnumerable<(string X, string Label)> WeekLabels()
    {
        var every = Math.Max(1, (int)Math.Ceiling(Weeks.Count / (Narrow ? 4m : 9m)));
        for (var i = 0; i < Weeks.Count; i += every)
            yield return (Num(Left + Slot * i + Slot / 2), Weeks[i].WeekStart.ToString("d MMM", CultureInfo.InvariantCulture));
    }

    public static string Num(decimal value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static decimal NiceCeiling(decimal value)
    {
        foreach (var step in new[] { 10m, 20m, 25m, 50m, 100m, 200m, 250m, 500m, 1000m, 2000m, 5000m })
        {
            if (value <= step)
                return step;
        }
        return Math.Ceiling(value / 1000m) * 1000m;
    }
}
