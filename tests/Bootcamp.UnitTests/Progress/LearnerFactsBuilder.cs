using Bootcamp.Domain.Learners;
using Bootcamp.Domain.Logging;
using Bootcamp.Domain.Progress;

namespace Bootcamp.UnitTests.Progress;

public sealed class LearnerFactsBuilder(int learnerId = 1)
{
    private readonly List<AttendanceMark> _marks = [];
    private readonly List<ExerciseDay> _exercise = [];
    private readonly List<ProjectResult> _projects = [];
    private readonly List<SkillScore> _scores = [];
    private readonly HashSet<int> _badges = [];
    private EnrolmentPeriod _enrolment = EnrolmentPeriod.From(CohortFactsBuilder.Start);

    public LearnerFactsBuilder EnrolledOn(DateOnly date)
    {
        _enrolment = _enrolment with { EnrolledOn = date };
        return this;
    }

    public LearnerFactsBuilder WithdrawnOn(DateOnly date)
    {
        _enrolment = _enrolment with { LeftOn = date, Status = EnrolmentStatus.Withdrawn };
        return this;
    }

    /// <summary>Marks the weekday sessions from the cohort's start, in order, with these statuses.</summary>
    public LearnerFactsBuilder Marked(params AttendanceStatus[] statuses) => MarkedFrom(CohortFactsBuilder.Start, statuses);

    public LearnerFactsBuilder MarkedFrom(DateOnly first, params AttendanceStatus[] statuses)
    {
        var firstSession = CohortFactsBuilder.SessionOn(first);
        for (var i = 0; i < statuses.Length; i++)
            _marks.Add(new(firstSession + i, statuses[i]));
        return this;
    }

    public LearnerFactsBuilder Logged(DateOnly date, int hours, ExerciseKind kind = ExerciseKind.Solo, int moduleId = 0)
    {
        _exercise.Add(new(date, kind, hours * 60, moduleId));
        return this;
    }

    public LearnerFactsBuilder Project(string title, int passMark, int? grade, int? moduleId = null)
    {
        _projects.Add(new(_projects.Count + 1, title, CohortFactsBuilder.End, passMark, grade, moduleId));
        return this;
    }

    /// <summary>The instructor's rating in <paramref name="skill"/> at <paramref name="point"/>.</summary>
    public LearnerFactsBuilder Scored(SkillFact skill, PointFact point, int score)
    {
        _scores.Add(new SkillScore(skill.SkillId, point.PointId, score));
        return this;
    }

    public LearnerFactsBuilder Earned(int moduleId)
    {
        _badges.Add(moduleId);
        return this;
    }

    public LearnerFacts Build() => new(learnerId, _enrolment, [.. _marks], [.. _exercise], [.. _projects], [.. _scores], _badges);
}
