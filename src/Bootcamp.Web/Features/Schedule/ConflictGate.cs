using Bootcamp.Domain.Scheduling;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Bootcamp.Web.Features.Schedule;

/// <summary>
/// Whether a schedule write may go ahead given the conflicts it creates. Conflicts the domain lets staff keep need
/// the override ticked and a reason; the others refuse the write. When refused, the form says why.
/// </summary>
public static class ConflictGate
{
    public static bool Allows(IReadOnlyList<ScheduleConflict> conflicts, IOverridableForm form, ModelStateDictionary modelState, string prefix)
    {
        if (conflicts.Count == 0)
            return true;
        var blocking = conflicts.Where(c => !c.CanOverride).ToList();
        if (blocking.Count > 0)
        {
            modelState.AddModelError("", "Not saved: a session outside the cohort's dates cannot be kept.");
            foreach (var conflict in blocking)
                modelState.AddModelError("", conflict.Message);
            return false;
        }
        if (!form.OverrideConflicts)
        {
            modelState.AddModelError("", conflicts.Count == 1
                ? "Not saved: this creates a conflict. Change it, or tick the override and say why."
                : $"Not saved: this creates {conflicts.Count} conflicts. Change it, or tick the override and say why.");
            foreach (var conflict in conflicts.Take(10))
                modelState.AddModelError("", conflict.Message);
            return false;
        }
        if (string.IsNullOrWhiteSpace(form.OverrideReason))
        {
            modelState.AddModelError($"{prefix}.{nameof(IOverridableForm.OverrideReason)}", "Say why the conflict is accepted.");
            return false;
        }
        return true;
    }
}
