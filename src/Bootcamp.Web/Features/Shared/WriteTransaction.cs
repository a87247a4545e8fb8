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
/// On PostgreSQL the transaction's first statement takes one transaction-scoped advisory lock that every write
/// transaction takes, on whichever node: the same one-writer-at-a-time guarantee, held until commit or rollback, so
/// the rules need no change and never see a serialization failure. Serializable isolation with retries would let
/// writers overlap, but every writer would then have to be written to run again from the start, and under 16 writers
/// of one cohort most of them would retry. The server queues the waiters, so no gate in the process is needed.
/// A failed save abandons the whole transaction, so EF's savepoint around each SaveChanges is switched off: it buys
/// nothing here and makes SQLite keep a statement journal of every page a batch touches.
/// </summary>
public sealed class WriteTransaction : IAsyncDisposable
{
    /// <summary>The advisory lock's key on PostgreSQL: any fixed number that nothing else in the database locks.</summary>
    public const long WriterLock = 20_261_302_013;

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
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (db.Database.IsNpgsql())
            {
                try
                {
                    await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({WriterLock})", cancellationToken);
                }
                catch
                {
                    await transaction.DisposeAsync();
                    throw;
                }
            }
            return new WriteTransaction(transaction, gate);
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
