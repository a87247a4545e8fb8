using Bootcamp.Web.Data;
using Bootcamp.Web.Infrastructure.Auth;
using Bootcamp.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Mvc;

namespace Bootcamp.Web.Features.Credentials;

/// <summary>A learner's certificate and transcript (PDF): every role reads within its scope, partners included, read only.</summary>
public sealed class LearnerDocumentsController(BootcampDb db, UserScope scope, CentreClock clock) : Controller
{
    private LearnerDocumentsQuery Query => new(db, scope, clock);

    /// <summary>Only for a graduate with a credential in force: the certificate points at it.</summary>
    [HttpGet("/Credentials/Cohort/{cohortId:int}/Learner/{learnerId:int}/Certificate")]
    public async Task<IActionResult> Certificate(int cohortId, int learnerId, CancellationToken cancellationToken)
    {
        var rows = await Query.LoadAsync(cohortId, learnerId, cancellationToken);
        if (rows?.VerificationUrl is null)
            return NotFound();
        return File(LearnerDocuments.Certificate(rows), "application/pdf", LearnerDocuments.CertificateFileName(rows));
    }

    [HttpGet("/Credentials/Cohort/{cohortId:int}/Learner/{learnerId:int}/Transcript")]
    public async Task<IActionResult> Transcript(int cohortId, int learnerId, CancellationToken cancellationToken)
    {
        var rows = await Query.LoadAsync(cohortId, learnerId, cancellationToken);
        return rows is null ? NotFound() : File(LearnerDocuments.Transcript(rows), "application/pdf", LearnerDocuments.TranscriptFileName(rows));
    }
}
