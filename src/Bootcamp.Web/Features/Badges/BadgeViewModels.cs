namespace Bootcamp.Web.Features.Badges;

/// <summary>A cohort's badges, learner by module. <paramref name="CanManage"/>: staff of the cohort's centre and admins award and revoke.</summary>
public sealed record BadgeBoardViewModel(CohortBadges Board, bool CanManage);

/// <summary>
/// One learner's badges with the rule's figures per module. <paramref name="PostedModuleId"/> and
/// <paramref name="PostedAwardId"/> name the form that was sent back with a message, so the message shows beside it.
/// </summary>
public sealed record LearnerBadgesViewModel(BadgeCohort Cohort, BadgeLearner Learner, bool CanManage, int? PostedModuleId, int? PostedAwardId, string? PostedReason);
