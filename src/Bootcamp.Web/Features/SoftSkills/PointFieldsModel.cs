namespace Bootcamp.Web.Features.SoftSkills;

/// <summary>One assessment point's form; <paramref name="ShowErrors"/> is true for the form that was posted.</summary>
public sealed record PointFieldsModel(PointForm Form, int CohortId, string IdPrefix, bool ShowErrors);
