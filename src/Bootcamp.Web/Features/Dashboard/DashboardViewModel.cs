using Bootcamp.Domain.Cohorts;
using Bootcamp.Domain.Progress;
using Bootcamp.Web.Features.Shared;

namespace Bootcamp.Web.Features.Dashboard;

/// <summary>One cohort's line: its names and dates beside the figures the progress engine gave.</summary>
public sealed record DashboardRow(int CohortId, string Code, string Programme, string Centre, CohortStatus Status, DateOnly StartDate, DateOnly EndDate, CohortFigures Figures);

public sealed record DashboardViewModel(
    string Heading,
    DashboardFilter Filter,
    IReadOnlyList<Choice> Centres,
    IReadOnlyList<Choice> Programmes,
    IReadOnlyList<DashboardRow> Rows)
{
    public int Enrolled => Rows.Sum(r => r.Figures.Enrolled);
    public int Active => Rows.Sum(r => r.Figures.Active);
    public int AtRisk => Rows.Sum(r => r.Figures.AtRisk);
}
