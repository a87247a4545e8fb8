using Bootcamp.Domain.Logging;
using Bootcamp.Domain.Progress;
using Bootcamp.IntegrationTests.Support;
using Bootcamp.Web.Data;
using Bootcamp.Web.Features.Progress;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.IntegrationTests.Progress;

/// <summary>
/// Issue 13, "Speed at network scale": the summary the dashboard reads (<see cref="LearnerTally"/>) stays equal to the
/// marks and logs it sums after a mixed workload through the real app, on top of the imported demo seed, and the
/// dashboard's figures read from it are the engine's figures counted from the rows.
/// </summary>
public sealed class LearnerTallyTests : AppFixture
{
    private LoggingWorld _world = null!;
    private HttpClient _staff = null!;

    protected override async Task ArrangeFixtureAsync()
    {
        var workload = await MixedWorkload.CreateAsync(App);
        (_world, _staff) = (workload.World, workload.Staff);
        await workload.RunAsync();
    }

    private sealed record TallyRow(int CohortId, int LearnerId, int Present, int Late, int Absent, int Excused, DateTime? First, DateTime? Last, int Logged, int Group);

    /// <summary>Every tally counted again from the marks and logs, with LINQ over the rows in memory.</summary>
    private static async Task<List<TallyRow>> RecountAsync(BootcampDb db)
    {
        var marks = await db.Attendance.Join(db.Sessions, a => a.SessionId, s => s.Id, (a, s) => new { s.CohortId, a.LearnerId, a.Status, s.StartUtc }).ToListAsync();
        var logs = await db.ExerciseLogs.Select(e => new { e.CohortId, e.LearnerId, e.Kind, e.Minutes }).ToListAsync();
        var byMarks = marks.ToLookup(m => (m.CohortId, m.LearnerId));
        var byLogs = logs.ToLookup(l => (l.CohortId, l.LearnerId));
        return [.. byMarks.Select(g => g.Key).Union(byLogs.Select(g => g.Key)).Select(key =>
        {
            var m = byMarks[key].ToList();
            var l = byLogs[key].ToList();
            return new TallyRow(key.CohortId, key.LearnerId,
                m.Count(x => x.Status == AttendanceStatus.Present), m.Count(x => x.Status == AttendanceStatus.Late),
                m.Count(x => x.Status == AttendanceStatus.Absent), m.Count(x => x.Status == AttendanceStatus.Excused),
                m.Count == 0 ? null : m.Min(x => x.StartUtc), m.Count == 0 ? null : m.Max(x => x.StartUtc),
                l.Sum(x => x.Minutes), l.Where(x => x.Kind == ExerciseKind.Group).Sum(x => x.Minutes));
        })];
    }

    private static Task<List<TallyRow>> StoredAsync(BootcampDb db) =>
        db.LearnerTallies.Select(t => new TallyRow(t.CohortId, t.LearnerId, t.Present, t.Late, t.Absent, t.Excused, t.FirstMarkedUtc, t.LastMarkedUtc,
            t.LoggedMinutes, t.GroupMinutes)).ToListAsync();

    [Test]
    public async Task Every_tally_equals_the_rows_it_sums_after_the_seed_import_and_a_mixed_workload()
    {
        var (stored, recounted) = await App.WithDbAsync(async db => (await StoredAsync(db), await RecountAsync(db)));

        Assert.That(stored.Where(t => t.CohortId == _world.CohortId).ToList(), Has.Count.EqualTo(_world.Regulars.Count + 2),
            "the workload reached every regular, the learner enrolled late and the one withdrawn before");
        Assert.That(recounted.Count(t => t.CohortId != _world.CohortId), Is.GreaterThan(50), "the demo seed's history is counted too");
        Assert.That(stored, Is.EquivalentTo(recounted));
    }

    [Test]
    public async Task A_moved_lecture_moves_the_marked_starts_of_its_learners()
    {
        var url = $"/Schedule/Session/{_world.Sessions[-3]}";
        var form = (await _staff.GetPageAsync(url)).QuerySelectorAll("form").Single(f => f.GetAttribute("action") == url);
        var fields = form.QuerySelectorAll("input[name]:not([type=checkbox]):not([name=__RequestVerificationToken]), select[name]")
            .GroupBy(i => i.GetAttribute("name")!)
            .ToDictionary(g => g.Key, g => g.First().TagName == "SELECT"
                ? g.First().QuerySelector("option[selected]")?.GetAttribute("value") ?? ""
                : g.First().GetAttribute("value") ?? "");
        fields["Form.Start"] = "07:00";
        fields["Form.End"] = "07:50";

        await MixedWorkload.Saved(_staff.PostFormAsync(url, url, fields), "moved lecture");

        var (stored, recounted) = await App.WithDbAsync(async db => (await StoredAsync(db), await RecountAsync(db)));
        Assert.That(stored.Where(t => t.CohortId == _world.CohortId).Select(t => t.Last!.Value.Hour), Has.Some.EqualTo(5).Or.Some.EqualTo(6),
            "07:00 in Berlin, summer or winter");
        Assert.That(stored, Is.EquivalentTo(recounted));
    }

    [Test]
    public async Task The_dashboards_figures_from_the_tallies_are_the_engines_from_the_rows_for_every_cohort()
    {
        // Marks the tally counts but the engine does not: one at a lecture cancelled afterwards, and one of a learner
        // whose withdrawal was then dated before a lecture they were marked at.
        await App.WithDbAsync(async db =>
        {
            var cancelled = await db.Sessions.SingleAsync(s => s.Id == _world.Sessions[-10]);
            cancelled.Cancel("Room flooded");
            var backdated = await db.Enrolments.SingleAsync(e => e.CohortId == _world.CohortId && e.LearnerId == _world.Regulars[4]);
            backdated.Withdraw(_world.Today.AddDays(-5), "Left before the last lecture", _world.Today);
            return await db.SaveChangesAsync();
        });
        var ids = await App.WithDbAsync(db => db.Cohorts.Select(c => c.Id).ToListAsync());

        var figures = await App.FiguresAsync(BootcampApp.Admin, ids);
        var facts = await App.FactsAsync(BootcampApp.Admin, ids);

        Assert.That(figures.Keys, Is.EquivalentTo(facts.Keys));
        using (Assert.EnterMultipleScope())
        {
            foreach (var (id, f) in facts)
            {
                Assert.That(figures[id].Figures, Is.EqualTo(CohortFigures.Of(f.Cohort, ProgressCalculator.ForCohort(f.Cohort, f.Learners))), $"cohort {id}");
                Assert.That((figures[id].StartDate, figures[id].EndDate), Is.EqualTo((f.Cohort.StartDate, f.Cohort.EndDate)), $"cohort {id}");
            }
        }
        var world = facts[_world.CohortId];
        Assert.That(ProgressCalculator.ForCohort(world.Cohort, world.Learners).Sum(p => p.Attendance.Counted), Is.GreaterThan(0));
    }
}
