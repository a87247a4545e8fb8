using Bootcamp.Web.Features.Cohorts;
using Bootcamp.Web.Features.Dashboard;

namespace Bootcamp.Web.Features.Home;

public sealed record NetworkFigures(int Centres, int Programmes, int Partners, int ActiveCohorts, int PlannedCohorts, int EnrolledLearners);

/// <summary>
/// A home page: the greeting, the network's figures for an admin, the centre's active cohorts at a glance for centre
/// staff (the dashboard's figures and chart), and the cohorts in scope.
/// </summary>
public sealed record HomeViewModel(string Greeting, string Role, IReadOnlyList<CohortListRow> Cohorts, NetworkFigures? Network, ActiveCohortsGlance? Glance);

/// <summary>The active cohorts of a centre, summed: what the staff's home shows in tiles above the dashboard's chart.</summary>
public sealed record ActiveCohortsGlance(IReadOnlyList<DashboardRow> Rows)
{
    public int Active => Rows.Sum(r => r.Figures.Active);
    public int AtRisk => Rows.Sum(r => r.Figures.AtRisk);

    public decimal? AttendanceRate => Rows.Sum(r => r.Figures.CountedSessions) is var held and > 0 ? (decimal)Rows.Sum(r => r.Figures.Attended) / held : null;

    public decimal? HoursAgainstPlan => Rows.Sum(r => r.Figures.PlannedMinutes) is var planned and > 0 ? (decimal)Rows.Sum(r => r.Figures.LoggedMinutes) / planned : null;
}
