using System.Globalization;

namespace Bootcamp.Domain.Logging;

/// <summary>
/// When a lecture's roster may be taken: once the lecture has started (issue 12: a roster saved hours before the
/// lecture records who was expected, not who came), and never for a cancelled one.
/// </summary>
public static class RosterRules
{
    public const string Cancelled = "This session was cancelled; it has no attendance.";

    /// <summary>
    /// Why the roster of a lecture starting at <paramref name="startUtc"/> cannot be taken at <paramref name="nowUtc"/>;
    /// null when it can. <paramref name="localStart"/> is the same start in the centre's time, for the message.
    /// </summary>
    public static string? Refusal(bool cancelled, DateTime startUtc, DateTime localStart, DateTime nowUtc) =>
        cancelled ? Cancelled
        : nowUtc < startUtc ? NotYet(localStart)
        : null;

    public static string NotYet(DateTime localStart) =>
        string.Create(CultureInfo.InvariantCulture, $"This lecture starts at {localStart:HH:mm} on {localStart:ddd d MMM yyyy}; attendance can be taken once it has started, not before.");
}
