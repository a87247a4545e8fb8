using System.Text.Json;

namespace Bootcamp.Web.Features.Exports;

public enum ExportStatus
{
    Queued,
    Running,
    Done,
    Failed,
}

/// <summary>
/// What a background export was asked for: the kind of file (<see cref="ExportKinds"/>), its format, the cohorts (or
/// every cohort in the owner's scope when the job runs) and, for a progress report, the day the figures are for.
/// </summary>
public sealed record ExportRequest(string Kind, string Format, IReadOnlyList<int> CohortIds, bool AllCohorts, DateOnly? AsOf)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this with { CohortIds = [.. CohortIds.Distinct().Order()] }, Json);

    public static ExportRequest FromJson(string json) =>
        JsonSerializer.Deserialize<ExportRequest>(json, Json) ?? throw new InvalidOperationException("An export request is empty.");
}

public static class ExportKinds
{
    /// <summary>The progress report (workbook or PDF) of the chosen cohorts as of a day.</summary>
    public const string Progress = "progress";

    /// <summary>Every exercise log row and attendance mark, as CSV or a plain workbook.</summary>
    public const string Raw = "raw";

    public static IReadOnlyList<string> FormatsOf(string? kind) => kind switch
    {
        Progress => ["xlsx", "pdf"],
        Raw => ["csv", "xlsx"],
        _ => [],
    };

    public static string ContentType(string format) => format switch
    {
        "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "pdf" => "application/pdf",
        "csv" => "text/csv; charset=utf-8",
        _ => "application/octet-stream",
    };
}

/// <summary>
/// A file made in the background for one user, and where its making stands. The id is the only key the download URL
/// carries, so it is a random GUID; the file lives on disk under that id (see <see cref="ExportFolder"/>).
/// </summary>
public sealed class ExportFile
{
    public const int MaxProgressTextLength = 200;
    public const int MaxFailureLength = 1000;

    private ExportFile()
    {
        OwnerUserId = Kind = Format = Request = FileName = ContentType = null!;
    }

    public ExportFile(Guid id, string ownerUserId, ExportRequest request, string fileName, DateTime createdAtUtc, DateTime expiresAtUtc)
    {
        Id = id;
        OwnerUserId = ownerUserId;
        Kind = request.Kind;
        Format = request.Format;
        Request = request.ToJson();
        FileName = fileName;
        ContentType = ExportKinds.ContentType(request.Format);
        Status = ExportStatus.Queued;
        ProgressText = "Waiting for a free worker";
        CreatedAtUtc = createdAtUtc;
        ExpiresAtUtc = expiresAtUtc;
    }

    public Guid Id { get; private set; }
    public string OwnerUserId { get; private set; }
    public string Kind { get; private set; }
    public string Format { get; private set; }

    /// <summary>The <see cref="ExportRequest"/> as JSON.</summary>
    public string Request { get; private set; }
    public string FileName { get; private set; }
    public string ContentType { get; private set; }
    public long? SizeBytes { get; private set; }
    public ExportStatus Status { get; private set; }

    /// <summary>0 to 100.</summary>
    public int Percent { get; private set; }
    public string? ProgressText { get; private set; }
    public string? FailureReason { get; private set; }
    public string? JobId { get; private set; }

    /// <summary>How many runs started, retries and runs after a restart included.</summary>
    public int Runs { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime? StartedAtUtc { get; private set; }
    public DateTime? FinishedAtUtc { get; private set; }
    public DateTime ExpiresAtUtc { get; private set; }

    public ExportRequest ReadRequest() => ExportRequest.FromJson(Request);

    public void Enqueued(string jobId) => JobId = jobId;

    public void Start(DateTime nowUtc)
    {
        Status = ExportStatus.Running;
        Runs++;
        StartedAtUtc = nowUtc;
        FailureReason = null;
        Percent = 0;
        ProgressText = "Started";
    }

    public void Finish(string fileName, long sizeBytes, DateTime nowUtc, DateTime expiresAtUtc)
    {
        Status = ExportStatus.Done;
        FileName = fileName;
        SizeBytes = sizeBytes;
        Percent = 100;
        ProgressText = "Ready";
        FinishedAtUtc = nowUtc;
        ExpiresAtUtc = expiresAtUtc;
    }

    public void Fail(string reason, DateTime nowUtc)
    {
        Status = ExportStatus.Failed;
        FailureReason = reason.Length > MaxFailureLength ? reason[..MaxFailureLength] : reason;
        ProgressText = "Failed";
        FinishedAtUtc = nowUtc;
    }
}
