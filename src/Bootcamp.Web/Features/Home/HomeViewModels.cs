using Bootcamp.Web.Features.Cohorts;

namespace Bootcamp.Web.Features.Home;

public sealed record NetworkFigures(int Centres, int Programmes, int Partners, int ActiveCohorts, int PlannedCohorts, int EnrolledLearners);

public sealed record HomeViewModel(string Greeting, string Role, IReadOnlyList<CohortListRow> Cohorts, NetworkFigures? Network);
