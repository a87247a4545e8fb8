using Bootcamp.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.Exports;

/// <summary>
/// A finished export read from the database one piece (<see cref="ExportFileChunk"/>) at a time, as the response asks
/// for bytes: a download never holds more than one piece in memory, whatever the size of the file.
/// </summary>
public sealed class ExportChunkStream(BootcampDb db, Guid fileId, int pieces, long length) : Stream
{
    private byte[] _piece = [];
    private int _offset;
    private int _next;
    private long _position;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => length;

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_offset == _piece.Length)
        {
            if (_next == pieces)
                return 0;
            var index = _next++;
            _piece = await db.ExportFileChunks.AsNoTracking()
                .Where(c => c.FileId == fileId && c.Index == index).Select(c => c.Data).SingleAsync(cancellationToken);
            _offset = 0;
        }
        var count = Math.Min(buffer.Length, _piece.Length - _offset);
        _piece.AsMemory(_offset, count).CopyTo(buffer);
        _offset += count;
        _position += count;
        return count;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count).GetAwaiter().GetResult();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
