using Bootcamp.Domain.Common;
using Bootcamp.Domain.Programmes;

namespace Bootcamp.UnitTests.Programmes;

/// <summary>Criteria are versioned: a cohort is judged by the version in force on the day it started.</summary>
public sealed class CriteriaVersionTests
{
    private static readonly DateOnly Today = new(2026, 6, 10);
    private static readonly DateTime Now = new(2026, 6, 10, 9, 0, 0, DateTimeKind.Utc);
    private static readonly GraduationCriteria Stricter = GraduationCriteria.Default with { MinAttendancePercent = 90 };
    private static readonly GraduationCriteria Stricter2 = Stricter with { MinExerciseMinutes = 450 * 60 };

    private static Programme NewProgramme() => new("TST", "Test programme", "Testing", 30, "");

    [Test]
    public void A_revision_judges_cohorts_starting_on_or_after_its_day_and_earlier_cohorts_keep_the_first_criteria()
    {
        var programme = NewProgramme();

        var version = programme.ReviseCriteria(Stricter, new DateOnly(2026, 9, 1), Today, "admin@bootcamp.local", Now);

        Assert.That(version!.Number, Is.EqualTo(2));
        Assert.That(CriteriaInForce.For(programme.Criteria, programme.CriteriaVersions, new DateOnly(2026, 8, 31)),
            Is.EqualTo(new CriteriaInForce(1, null, GraduationCriteria.Default)));
        Assert.That(CriteriaInForce.For(programme.Criteria, programme.CriteriaVersions, new DateOnly(2026, 9, 1)),
            Is.EqualTo(new CriteriaInForce(2, new DateOnly(2026, 9, 1), Stricter)));
        Assert.That(programme.Criteria, Is.EqualTo(GraduationCriteria.Default), "the first version stays as it was");
    }

    [Test]
    public void Two_revisions_on_the_same_day_leave_the_later_one_in_force()
    {
        var programme = NewProgramme();
        programme.ReviseCriteria(Stricter, Today, Today, "a", Now);
        programme.ReviseCriteria(Stricter2, Today, Today, "b", Now);

        Assert.That(programme.LatestCriteria, Is.EqualTo(new CriteriaInForce(3, Today, Stricter2)));
        Assert.That(CriteriaInForce.For(programme.Criteria, programme.CriteriaVersions, Today).Version, Is.EqualTo(3));
    }

    [Test]
    public void A_revision_cannot_reach_back_before_today()
    {
        var programme = NewProgramme();

        var error = Assert.Throws<DomainException>(() => programme.ReviseCriteria(Stricter, Today.AddDays(-1), Today, "a", Now))!;

        Assert.That(error.Field, Is.EqualTo(nameof(CriteriaVersion.InForceFrom)));
        Assert.That(error.Message, Does.Contain("cohorts that already started keep theirs"));
        Assert.That(programme.CriteriaVersions, Is.Empty);
    }

    [Test]
    public void A_revision_cannot_start_before_the_latest_version()
    {
        var programme = NewProgramme();
        programme.ReviseCriteria(Stricter, new DateOnly(2026, 9, 1), Today, "a", Now);

        var error = Assert.Throws<DomainException>(() => programme.ReviseCriteria(Stricter2, new DateOnly(2026, 8, 1), Today, "a", Now))!;

        Assert.That(error.Message, Is.EqualTo("Version 2 is in force from 1 Sep 2026; the new version cannot start earlier."));
        Assert.That(programme.CriteriaVersions, Has.Count.EqualTo(1));
    }

    [Test]
    public void The_same_criteria_as_the_latest_version_make_no_new_version()
    {
        var programme = NewProgramme();

        Assert.That(programme.ReviseCriteria(GraduationCriteria.Default, Today, Today, "a", Now), Is.Null);
        Assert.That(programme.CriteriaVersions, Is.Empty);
    }

    [Test]
    public void Revised_criteria_out_of_range_are_refused_naming_the_field()
    {
        var programme = NewProgramme();

        var error = Assert.Throws<DomainException>(() => programme.ReviseCriteria(Stricter with { MinGroupSharePercent = 101 }, Today, Today, "a", Now))!;

        Assert.That(error.Field, Is.EqualTo(nameof(GraduationCriteria.MinGroupSharePercent)));
    }

    [Test]
    public void The_first_criteria_cannot_be_rewritten_once_revised()
    {
        var programme = NewProgramme();
        programme.ReviseCriteria(Stricter, Today, Today, "a", Now);

        Assert.That(() => programme.SetCriteria(Stricter2), Throws.InvalidOperationException);
        Assert.That(programme.Criteria, Is.EqualTo(GraduationCriteria.Default));
    }
}
