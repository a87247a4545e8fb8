using Bootcamp.Domain.Progress;
using Bootcamp.Domain.Scheduling;
using Bootcamp.IntegrationTests.Support;
using Bootcamp.Web.Data;
using Bootcamp.Web.Features.Progress;
using Microsoft.EntityFrameworkCore;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.IntegrationTests.Progress;

/// <summary>
/// Issue 13, the partner dashboard over hundreds of cohorts: the figures it shows come from <see cref="KeptFigures"/>
/// rows while they still answer, and those are always the engine's figures from the rows: every write that can move a
/// cohort's figures raises its stamp in the same transaction, and time moves them only at the next lecture or midnight.
/// The clock only goes forward here (one test moves it to the next lecture or midnight), which no other test minds.
/// </summary>
public sealed class KeptFiguresTests : AppFixture
{
    private Task<Dictionary<int, long>> StampsAsync() =>
        App.WithDbAsync(db => db.Cohorts.Select(c => new { c.Id, Stamp = EF.Property<long>(c, FiguresStamps.Column) }).ToDictionaryAsync(c => c.Id, c => c.Stamp));

    private Task<Dictionary<int, KeptFigures>> KeptAsync() =>
        App.WithDbAsync(db => db.KeptFigures.AsNoTracking().ToDictionaryAsync(k => k.CohortId));

    private Task<List<int>> AllCohortsAsync() => App.WithDbAsync(db => db.Cohorts.Select(c => c.Id).ToListAsync());

    private Task SetKeptEnrolledAsync(int cohortId, int enrolled) =>
        App.WithDbAsync(db => db.Database.ExecuteSqlAsync($"""UPDATE "KeptFigures" SET "Figures_Enrolled" = {enrolled} WHERE "CohortId" = {cohortId}"""));

    /// <summary>Each cohort's glance against the engine's figures counted from every mark and log.</summary>
    private async Task AssertTheEnginesAsync(IReadOnlyDictionary<int, CohortGlance> glances)
    {
        var facts = await App.FactsAsync(BootcampApp.Admin, [.. glances.Keys]);
        Assert.That(glances.Keys, Is.EquivalentTo(facts.Keys));
        using (Assert.EnterMultipleScope())
        {
            foreach (var (id, f) in facts)
            {
                Assert.That(glances[id].Figures, Is.EqualTo(CohortFigures.Of(f.Cohort, ProgressCalculator.ForCohort(f.Cohort, f.Learners))), $"cohort {id}");
                Assert.That((glances[id].StartDate, glances[id].EndDate), Is.EqualTo((f.Cohort.StartDate, f.Cohort.EndDate)), $"cohort {id}");
            }
        }
    }

    [Test]
    public async Task Every_entity_type_of_the_model_has_a_figures_reach()
    {
        var types = await App.WithDbAsync(db => Task.FromResult(db.Model.GetEntityTypes().Where(t => !t.HasSharedClrType).Select(t => t.ClrType).ToList()));

        Assert.That(types, Has.Count.GreaterThan(40));
        Assert.That(types.Where(t => FiguresStamps.ReachOf(t) is null).Select(t => t.Name), Is.Empty,
            "decide in FiguresStamps whether a row of these can move a cohort's figures");
    }

    [Test]
    public async Task After_a_mixed_workload_only_the_written_cohort_is_computed_again_and_every_figure_is_the_engines()
    {
        var workload = await MixedWorkload.CreateAsync(App);
        var world = workload.World.CohortId;
        var ids = await AllCohortsAsync();
        await App.GlancesAsync(BootcampApp.Admin, ids);
        var (stampsBefore, keptBefore) = (await StampsAsync(), await KeptAsync());
        var other = ids.First(id => id != world);
        await SetKeptEnrolledAsync(other, 999);

        await workload.RunAsync();
        var stampsAfter = await StampsAsync();
        var glances = await App.GlancesAsync(BootcampApp.Admin, ids);
        var keptAfter = await KeptAsync();

        Assert.That(keptBefore.Keys, Is.EquivalentTo(ids), "the first look kept every cohort's figures");
        Assert.That(ids.Where(id => stampsAfter[id] != stampsBefore[id]), Is.EquivalentTo(new[] { world }), "the workload wrote to its own cohort only");
        Assert.That(keptAfter[world].Stamp, Is.EqualTo(stampsAfter[world]), "the written cohort was computed again");
        Assert.That(keptAfter[world].Figures, Is.Not.EqualTo(keptBefore[world].Figures));
        Assert.That(glances[other].Figures.Enrolled, Is.EqualTo(999), "another cohort's kept row answered");
        await AssertTheEnginesAsync(glances.Where(g => g.Key != other).ToDictionary());
    }

    [Test]
    public async Task A_kept_row_answers_until_a_write_to_its_cohort()
    {
        var world = await LoggingWorld.CreateAsync(App);
        var enrolled = (await App.GlancesAsync(BootcampApp.Admin, [world.CohortId]))[world.CohortId].Figures.Enrolled;
        await SetKeptEnrolledAsync(world.CohortId, 999);

        var kept = (await App.GlancesAsync(BootcampApp.Admin, [world.CohortId]))[world.CohortId].Figures.Enrolled;
        await App.WithDbAsync(async db =>
        {
            var enrolment = await db.Enrolments.SingleAsync(e => e.CohortId == world.CohortId && e.LearnerId == world.Regulars[0]);
            enrolment.Withdraw(world.Today, "Took a job offer", world.Today);
            return await db.SaveChangesAsync();
        });
        var afterWrite = await App.GlancesAsync(BootcampApp.Admin, [world.CohortId]);

        Assert.That(kept, Is.EqualTo(999), "the kept row answered");
        Assert.That(afterWrite[world.CohortId].Figures.Enrolled, Is.EqualTo(enrolled), "the withdrawal raised the stamp, so the engine counted again");
        await AssertTheEnginesAsync(afterWrite);
    }

    [Test]
    public async Task A_kept_row_holds_until_the_next_lecture_starts_or_the_centres_midnight()
    {
        var world = await LoggingWorld.CreateAsync(App);
        await App.GlancesAsync(BootcampApp.Admin, [world.CohortId]);
        var nextLecture = await App.WithDbAsync(db => db.Sessions
            .Where(s => s.CohortId == world.CohortId && s.Status != SessionStatus.Cancelled && s.StartUtc > App.UtcNow)
            .MinAsync(s => s.StartUtc));
        var midnight = TimeZoneInfo.ConvertTimeToUtc(world.Today.AddDays(1).ToDateTime(TimeOnly.MinValue), LoggingWorld.Zone);
        var holdsUntil = (await KeptAsync())[world.CohortId].HoldsUntilUtc;
        await SetKeptEnrolledAsync(world.CohortId, 999);

        App.Clock.SetUtcNow(holdsUntil.AddSeconds(-1));
        var justBefore = (await App.GlancesAsync(BootcampApp.Admin, [world.CohortId]))[world.CohortId].Figures.Enrolled;
        App.Clock.SetUtcNow(holdsUntil);
        var atIt = await App.GlancesAsync(BootcampApp.Admin, [world.CohortId]);

        Assert.That(holdsUntil, Is.EqualTo(nextLecture < midnight ? nextLecture : midnight));
        Assert.That(justBefore, Is.EqualTo(999), "the kept row still answered a second before");
        Assert.That(atIt[world.CohortId].Figures.Enrolled, Is.Not.EqualTo(999), "from then on the engine counts again");
        await AssertTheEnginesAsync(atIt);
    }

    [Test]
    public async Task A_change_to_a_programme_raises_every_cohort_of_it_and_a_learners_name_none()
    {
        var before = await StampsAsync();
        var (programme, ofProgramme) = await App.WithDbAsync(async db =>
        {
            var module = await db.Modules.FirstAsync(m => db.Programmes.Any(p => p.Id == m.ProgrammeId && p.Code == "FSW"));
            db.Entry(module).Property(m => m.Title).CurrentValue = module.Title + " (revised)";
            await db.SaveChangesAsync();
            return (module.ProgrammeId, await db.Cohorts.Where(c => c.ProgrammeId == module.ProgrammeId).Select(c => c.Id).ToListAsync());
        });
        var afterModule = await StampsAsync();
        await App.WithDbAsync(async db =>
        {
            var learner = await db.Learners.FirstAsync();
            db.Entry(learner).Property(l => l.LastName).CurrentValue = learner.LastName + "-Okafor";
            return await db.SaveChangesAsync();
        });
        var afterName = await StampsAsync();

        Assert.That(ofProgramme, Has.Count.GreaterThan(1), $"programme {programme} runs several cohorts");
        Assert.That(before.Keys.Where(id => afterModule[id] != before[id]), Is.EquivalentTo(ofProgramme));
        Assert.That(afterName, Is.EqualTo(afterModule), "a name is not a figure");
    }

    [Test]
    public async Task The_figures_job_computes_every_cohort_whose_row_stopped_answering_and_no_other()
    {
        var world = await LoggingWorld.CreateAsync(App);
        var ids = await AllCohortsAsync();
        await App.GlancesAsync(BootcampApp.Admin, ids);
        var other = ids.First(id => id != world.CohortId);
        await SetKeptEnrolledAsync(other, 999);
        await App.WithDbAsync(async db =>
        {
            var enrolment = await db.Enrolments.SingleAsync(e => e.CohortId == world.CohortId && e.LearnerId == world.Regulars[1]);
            enrolment.Withdraw(world.Today, "Moved to another city", world.Today);
            return await db.SaveChangesAsync();
        });

        // The app's own run every five minutes is taken off for the while, so the runs here are the only ones.
        var recurring = App.Services.GetRequiredService<IRecurringJobManager>();
        recurring.RemoveIfExists(FiguresWarmJob.RecurringJobId);
        int computed, again;
        try
        {
            await using var scope = App.Services.CreateAsyncScope();
            computed = await scope.ServiceProvider.GetRequiredService<FiguresWarmJob>().RunAsync(CancellationToken.None);
            again = await scope.ServiceProvider.GetRequiredService<FiguresWarmJob>().RunAsync(CancellationToken.None);
        }
        finally
        {
            App.Services.ScheduleFiguresWarmUp();
        }
        var (stamps, kept) = (await StampsAsync(), await KeptAsync());

        Assert.That(computed, Is.EqualTo(1), "only the cohort written to");
        Assert.That(again, Is.Zero, "a second run finds every row answering");
        Assert.That(kept[world.CohortId].Stamp, Is.EqualTo(stamps[world.CohortId]));
        Assert.That(kept[other].Figures.Enrolled, Is.EqualTo(999), "a row that still answered was left alone");
        await AssertTheEnginesAsync(kept.Where(k => k.Key != other).ToDictionary(k => k.Key, k => k.Value.Glance));
    }

    [Test]
    public async Task The_figures_job_is_scheduled_at_start()
    {
        using var connection = App.Services.GetRequiredService<JobStorage>().GetConnection();

        Assert.That(connection.GetRecurringJobs().Select(j => j.Id), Does.Contain(FiguresWarmJob.RecurringJobId));
    }
}
