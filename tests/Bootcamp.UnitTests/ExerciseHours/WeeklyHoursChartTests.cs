using Bootcamp.Domain.Progress;
using Bootcamp.Web.Features.Progress;

namespace Bootcamp.UnitTests.ExerciseHours;

public sealed class WeeklyHoursChartTests
{
    [Test]
    public void The_axis_rounds_up_to_a_readable_maximum_and_bars_scale_to_it()
    {
        var weeks = new[]
        {
            new WeekHours(new DateOnly(2026, 11, 2), 30 * 60, 40 * 60, 5, false),
            new WeekHours(new DateOnly(2026, 11, 9), 45 * 60, 40 * 60, 5, false),
        };

        var chart = new WeeklyHoursChart(weeks);

        Assert.That(chart.MaxHours, Is.EqualTo(50));
        Assert.That(chart.BarHeight(45 * 60), Is.EqualTo(WeeklyHoursChart.Num(chart.PlotHeight * 45 / 50)));
        Assert.That(chart.PlanLine.Split(' '), Has.Length.EqualTo(2));
        Assert.That(chart.Ticks().Last().Label, Is.EqualTo("50"));
    }
}
