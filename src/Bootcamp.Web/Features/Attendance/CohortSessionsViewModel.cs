using Bootcamp.Domain.Scheduling;
using Bootcamp.Web.Features.Shared;

namespace Bootcamp.Web.Features.Attendance;

public sealed record AttendanceSessionRow(int Id, string When, string Module, string? Topic, SessionStatus Status, int Marks);

public sealed record CohortSessionsViewModel(LoggingCohort Cohort, IReadOnlyList<AttendanceSessionRow> Sessions);
