namespace Bootcamp.Web.Features.Partners;

public sealed record PartnerCentre(int Id, string Name);

public sealed record PartnerCohort(int Id, string Code);

public sealed record PartnerRow(int Id, string Name, string CountryCode, string ContactEmail, IReadOnlyList<PartnerCentre> Runs, IReadOnlyList<PartnerCohort> Sponsors);

public sealed record PartnerFormViewModel(int? Id, string? CurrentName, PartnerForm Form, PartnerRow? Links);
