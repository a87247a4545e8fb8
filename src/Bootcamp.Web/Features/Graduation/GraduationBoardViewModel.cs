using Bootcamp.Domain.Programmes;

namespace Bootcamp.Web.Features.Graduation;

/// <summary>
/// The graduation board of one cohort. <paramref name="ShowSoftSkillFigures"/> is false for partners, who see soft
/// skills as met or not met only (DESIGN.md, who sees personal data). <paramref name="CanDecide"/> shows the decision
/// form: centre staff of the cohort's centre and admins, once the cohort's last lecture is over.
/// </summary>
public sealed record GraduationBoardViewModel(CohortGraduation Board, bool ShowSoftSkillFigures, bool CanManage, DecisionForm Form)
{
    public GraduationCohort Cohort => Board.Cohort;

    public bool CanDecide => CanManage && Cohort.Ended && Form.Rows.Count > 0;

    public int MeetingAll => Board.Learners.Count(l => l.Standing.MeetsAll);

    public int AtRisk => Board.Learners.Count(l => l.Standing.IsAtRisk);

    public int Decided => Board.Learners.Count(l => l.IsDecided);

    public int ToReview => Board.Learners.Count(l => l.NeedsReview);

    public int QualifiedUndecided => Board.Learners.Count(l => l.CanBeDecided && l.Standing.MeetsAll);

    public bool ShowsFigure(GraduationCriterion criterion) => ShowSoftSkillFigures || criterion != GraduationCriterion.SoftSkills;

    /// <summary>One form row per learner who can be decided now: still enrolled, or decided on figures that have changed since.</summary>
    public static DecisionForm FormFor(CohortGraduation board) => new()
    {
        Rows = [.. board.Learners.Where(l => l.CanBeDecided || l.NeedsReview).Select(l => new DecisionRow { LearnerId = l.LearnerId })],
    };
}
