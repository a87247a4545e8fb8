using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Bootcamp.Web.Data;

/// <summary>
/// Inserts many new rows of one entity type in the current transaction, with the table, columns and value
/// conversions read from the EF model, and gives each row the key the database generated, as SaveChanges would.
/// EF Core's SQLite provider sends one command per added row and costs about 20 KB and 35 µs a row on top; that is
/// too much for the demo history, a generated network and a weekly grid of 150 cells with their audit entries. The
/// rows are not tracked afterwards.
/// On SQLite it is one prepared command executed per row: multi-row INSERTs of 8, 20 and 100 rows measured slower
/// (issue 13), because Microsoft.Data.Sqlite binds every parameter by name and SQLite finds a name by walking the
/// statement's list of them. On PostgreSQL, where every execution is a round trip to the server, it is multi-row
/// INSERTs of up to <see cref="PostgresRowsPerStatement"/> rows, with the keys taken from the identity column's sequence
/// first, so each row knows its key without relying on the order RETURNING gives.
/// </summary>
public static class BulkInsert
{
    /// <summary>PostgreSQL takes at most 65,535 parameters in one statement; a thousand rows is past the point where larger batches pay.</summary>
    public const int PostgresRowsPerStatement = 1000;

    private const int PostgresMaxParameters = 65_535;

    public static async Task<int> RunAsync<T>(BootcampDb db, IReadOnlyCollection<T> rows, CancellationToken cancellationToken) where T : class
    {
        if (rows.Count == 0)
            return 0;
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var key = entity.FindPrimaryKey()!.Properties is [{ ValueGenerated: ValueGenerated.OnAdd } generated] ? generated : null;

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = db.Database.GetDbConnection();
            var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            if (db.Database.IsNpgsql())
                await InsertInBatchesAsync(connection, transaction, entity, table, key, rows, cancellationToken);
            else
                await InsertOneByOneAsync(connection, transaction, entity, table, key, rows, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return rows.Count;
    }

    private static async Task InsertOneByOneAsync<T>(DbConnection connection, DbTransaction? transaction, IEntityType entity, StoreObjectIdentifier table,
        IProperty? key, IReadOnlyCollection<T> rows, CancellationToken cancellationToken) where T : class
    {
        var columns = entity.GetProperties().Where(p => p != key).ToList();
        var bindings = Bindings(columns);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {TableName(table)} ({ColumnList(columns, table)}) "
            + $"VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})"
            + (key is null ? "" : $" RETURNING \"{key.GetColumnName(table)}\"");
        var keyProperty = key?.PropertyInfo;
        var first = rows.First();
        var parameters = bindings.Select((b, i) => b.Mapping.CreateParameter(command, $"@p{i}", b.Getter.GetClrValue(first), nullable: true)).ToList();
        command.Parameters.AddRange(parameters.ToArray());
        foreach (var row in rows)
        {
            // The mapping has set each parameter's type once; later rows only bring values, converted as the mapping would.
            for (var i = 0; i < bindings.Count; i++)
                parameters[i].Value = ProviderValue(bindings[i].Mapping, bindings[i].Getter.GetClrValue(row));
            if (keyProperty is null)
                await command.ExecuteNonQueryAsync(cancellationToken);
            else
                keyProperty.SetValue(row, Convert.ChangeType(await command.ExecuteScalarAsync(cancellationToken), keyProperty.PropertyType, CultureInfo.InvariantCulture));
        }
    }

    private static async Task InsertInBatchesAsync<T>(DbConnection connection, DbTransaction? transaction, IEntityType entity, StoreObjectIdentifier table,
        IProperty? key, IReadOnlyCollection<T> rows, CancellationToken cancellationToken) where T : class
    {
        if (key?.PropertyInfo is { } keyProperty)
        {
            var keys = await ReserveKeysAsync(connection, transaction, table, key, rows.Count, cancellationToken);
            var next = 0;
            foreach (var row in rows)
                keyProperty.SetValue(row, Convert.ChangeType(keys[next++], keyProperty.PropertyType, CultureInfo.InvariantCulture));
        }
        var columns = entity.GetProperties().ToList();
        var bindings = Bindings(columns);
        var rowsPerStatement = Math.Min(PostgresRowsPerStatement, PostgresMaxParameters / columns.Count);
        foreach (var batch in rows.Chunk(rowsPerStatement))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var values = new List<string>(batch.Length);
            foreach (var row in batch)
            {
                var placeholders = new string[bindings.Count];
                for (var i = 0; i < bindings.Count; i++)
                {
                    // Npgsql's positional parameters ($1, $2, ...) are sent as they are; named ones make it rewrite the statement.
                    command.Parameters.Add(bindings[i].Mapping.CreateParameter(command, "", bindings[i].Getter.GetClrValue(row), nullable: true));
                    placeholders[i] = "$" + command.Parameters.Count.ToString(CultureInfo.InvariantCulture);
                }
                values.Add($"({string.Join(", ", placeholders)})");
            }
            command.CommandText = $"INSERT INTO {TableName(table)} ({ColumnList(columns, table)}) VALUES {string.Join(", ", values)}";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>Takes <paramref name="count"/> values from the key's identity sequence, as the rows' own inserts would have.</summary>
    private static async Task<List<long>> ReserveKeysAsync(DbConnection connection, DbTransaction? transaction, StoreObjectIdentifier table, IProperty key,
        int count, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT nextval(pg_get_serial_sequence($1, $2)) FROM generate_series(1, $3)";
        foreach (var value in new object[] { TableName(table), key.GetColumnName(table)!, count })
        {
            var parameter = command.CreateParameter();
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        var keys = new List<long>(count);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            keys.Add(reader.GetInt64(0));
        return keys;
    }

    private static List<(IClrPropertyGetter Getter, RelationalTypeMapping Mapping)> Bindings(IEnumerable<IProperty> columns) =>
        columns.Select(c => (c.GetGetter(), (RelationalTypeMapping)c.GetRelationalTypeMapping())).ToList();

    private static string TableName(StoreObjectIdentifier table) =>
        table.Schema is null ? $"\"{table.Name}\"" : $"\"{table.Schema}\".\"{table.Name}\"";

    private static string ColumnList(IEnumerable<IProperty> columns, StoreObjectIdentifier table) =>
        string.Join(", ", columns.Select(c => $"\"{c.GetColumnName(table)}\""));

    private static object ProviderValue(RelationalTypeMapping mapping, object? value) =>
        value is null ? DBNull.Value
        : mapping.Converter is { } converter ? converter.ConvertToProvider(value) ?? DBNull.Value
        : value;
}
