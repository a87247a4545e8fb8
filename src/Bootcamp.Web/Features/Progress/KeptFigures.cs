using Bootcamp.Domain.Progress;

namespace Bootcamp.Web.Features.Progress;

/// <summary>
/// A cohort's dashboard figures as the progress engine last computed them, so a partner's dashboard over hundreds of
/// cohorts reads one row per cohort instead of running the engine over every learner (issue 13). A row answers only
/// while both still hold:
/// <list type="bullet">
/// <item>its <see cref="Stamp"/> equals the cohort's, which every write that can move the figures raises in its own
/// transaction (<see cref="FiguresStamps"/>);</item>
/// <item>the clock is inside [<see cref="ComputedAtUtc"/>, <see cref="HoldsUntilUtc"/>): the figures depend on time only
/// through the centre's date and the lectures started by now, so they hold until the next local midnight or the next
/// lecture's start, whichever comes first.</item>
/// </list>
/// </summary>
public sealed class KeptFigures
{
    public KeptFigures(int cohortId, long stamp, DateTime computedAtUtc, DateTime holdsUntilUtc, DateOnly startDate, DateOnly endDate, CohortFigures figures)
    {
        CohortId = cohortId;
        Stamp = stamp;
        ComputedAtUtc = computedAtUtc;
        HoldsUntilUtc = holdsUntilUtc;
        StartDate = startDate;
        EndDate = endDate;
        Figures = figures;
    }

    private KeptFigures()
    {
        Figures = null!;
    }

    public int CohortId { get; private set; }
    public long Stamp { get; private set; }
    public DateTime ComputedAtUtc { get; private set; }
    public DateTime HoldsUntilUtc { get; private set; }
    public DateOnly StartDate { get; private set; }
    public DateOnly EndDate { get; private set; }
    public CohortFigures Figures { get; private set; }

    public bool Answers(long stamp, DateTime nowUtc) => Stamp == stamp && ComputedAtUtc <= nowUtc && nowUtc < HoldsUntilUtc;

    public CohortGlance Glance => new(StartDate, EndDate, Figures, HoldsUntilUtc);
}
