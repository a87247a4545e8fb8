using System.Collections.Concurrent;
using Bootcamp.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Bootcamp.Web.Features.Shared;

/// <summary>
/// A write transaction for logging, taken at once (SQLite: BEGIN IMMEDIATE) so that the rules read what no one else
/// can change before the commit. SQLite lets one writer in at a time and makes the others poll with growing sleeps,
/// which under many instructors saving at once costs more than the writes; so writers of one database file in this
/// process queue here first and are woken the moment the previous one commits.
/// A failed save abandons the whole transaction, so EF's savepoint around each SaveChanges is switched off: it buys
/// nothing here and makes SQLite keep a statement journal of every page a batch touches.
/// </summary>
public sealed class WriteTransaction : IAsyncDisposable
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);
    private readonly IDbContextTransaction _transaction;
    private readonly SemaphoreSlim? _gate;

    private WriteTransaction(IDbContextTransaction transaction, SemaphoreSlim? gate)
    {
        _transaction = transaction;
        _gate = gate;
    }

    public static async Task<WriteTransaction> BeginAsync(BootcampDb db, CancellationToken cancellationToken)
    {
        SemaphoreSlim? gate = null;
        if (db.Database.IsSqlite())
        {
            var file = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
            gate = Gates.GetOrAdd(Path.GetFullPath(file), _ => new SemaphoreSlim(1, 1));
            await gate.WaitAsync(cancellationToken);
        }
        try
        {
            db.Database.AutoSavepointsEnabled = false;
            return new WriteTransaction(await db.Database.BeginTransactionAsync(cancellationToken), gate);
        }
        catch
        {
            gate?.Release();
            throw;
        }
    }

    public Task CommitAsync(CancellationToken cancellationToken) => _transaction.CommitAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _transaction.DisposeAsync();
        }
        finally
        {
            _gate?.Release();
        }
    }
}
