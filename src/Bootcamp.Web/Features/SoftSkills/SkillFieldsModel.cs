namespace Bootcamp.Web.Features.SoftSkills;

/// <summary>One skill's form on the rubric page; <paramref name="ShowErrors"/> is true for the form that was posted.</summary>
public sealed record SkillFieldsModel(SkillForm Form, int ProgrammeId, string IdPrefix, bool ShowErrors);
