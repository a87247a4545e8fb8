using System.ComponentModel.DataAnnotations;
using Bootcamp.Domain.Common;

namespace Bootcamp.Web.Features.Shared;

/// <summary>
/// A typed date must lie in the years the app schedules in (<see cref="CalendarRange"/>); the form says so next to
/// the field before the entity refuses it. An empty date is left to <see cref="RequiredAttribute"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class InCalendarRangeAttribute(string what) : ValidationAttribute(CalendarRange.Problem(what))
{
    public override bool IsValid(object? value) => value is not DateOnly date || CalendarRange.Contains(date);
}
