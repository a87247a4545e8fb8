namespace Bootcamp.Domain.Centres;

/// <summary>A public holiday a holiday calendar (a library, a list) proposes for a centre.</summary>
public sealed record HolidayCandidate(DateOnly Date, string Name);

/// <summary>A holiday or closure the centre already keeps, from its first to its last day.</summary>
public sealed record KeptHoliday(DateOnly FirstDay, DateOnly LastDay, string Name);

/// <summary>A proposed holiday next to what the centre keeps: new, or already covered by <see cref="KeptAs"/>.</summary>
public sealed record ImportedHoliday(DateOnly Date, string Name, string? KeptAs)
{
    public bool IsNew => KeptAs is null;
}

/// <summary>
/// Public holidays imported into a centre's calendar. The centre's own entries always win: a day they already cover
/// (a hand-kept holiday such as Lisbon's municipal 13 June, or a closure) is not added a second time, and nothing the
/// centre keeps is changed or removed, since staff typed those on purpose.
/// </summary>
public static class HolidayImport
{
    public static IReadOnlyList<ImportedHoliday> Compare(IEnumerable<HolidayCandidate> candidates, IReadOnlyCollection<KeptHoliday> kept) =>
        [.. candidates
            .GroupBy(c => c.Date)
            .Select(g => g.First())
            .OrderBy(c => c.Date)
            .Select(c => new ImportedHoliday(c.Date, c.Name.Trim(),
                kept.Where(k => k.FirstDay <= c.Date && c.Date <= k.LastDay).Select(k => k.Name).FirstOrDefault()))];

    /// <summary>The holidays to add: those chosen that are new. A chosen day the centre already covers is left out.</summary>
    public static IReadOnlyList<ImportedHoliday> ToAdd(IReadOnlyList<ImportedHoliday> compared, IReadOnlyCollection<DateOnly> chosen) =>
        [.. compared.Where(h => h.IsNew && chosen.Contains(h.Date))];
}
