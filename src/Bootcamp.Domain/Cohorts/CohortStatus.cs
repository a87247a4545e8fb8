namespace Bootcamp.Domain.Cohorts;

public enum CohortStatus
{
    Planned,
    Active,
    Completed,
    Cancelled,
}
