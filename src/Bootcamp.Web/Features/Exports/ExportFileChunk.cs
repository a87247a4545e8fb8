namespace Bootcamp.Web.Features.Exports;

/// <summary>
/// One piece of a finished background export kept in the database (<c>Exports:Store</c> = <c>Database</c>), so that
/// any node can serve a file another node made. A file is cut into pieces of <see cref="Size"/> bytes, numbered from 0.
/// </summary>
public sealed class ExportFileChunk(Guid fileId, int index, byte[] data)
{
    /// <summary>1 MiB: a download holds one piece in memory at a time, and a 60 MB export is 60 rows.</summary>
    public const int Size = 1 << 20;

    public Guid FileId { get; private set; } = fileId;
    public int Index { get; private set; } = index;
    public byte[] Data { get; private set; } = data;
}
