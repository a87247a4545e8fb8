using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Bootcamp.Web.Data;

/// <summary>
/// Inserts many new rows of one entity type through one prepared command in the current transaction, with the table,
/// columns and value conversions read from the EF model, and gives each row the key the database generated, as
/// SaveChanges would. EF Core's SQLite provider sends one command per added row and costs about 20 KB and 35 µs a
/// row on top; that is too much for the demo history, a generated network and a weekly grid of 150 cells with their
/// audit entries. The rows are not tracked afterwards. One row per execution is deliberate: multi-row INSERTs of 8, 20
/// and 100 rows measured slower (issue 13), because Microsoft.Data.Sqlite binds every parameter by name and SQLite
/// finds a name by walking the statement's list of them.
/// </summary>
public static class BulkInsert
{
    public static async Task<int> RunAsync<T>(BootcampDb db, IReadOnlyCollection<T> rows, CancellationToken cancellationToken) where T : class
    {
        if (rows.Count == 0)
            return 0;
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var key = entity.FindPrimaryKey()!.Properties is [{ ValueGenerated: ValueGenerated.OnAdd } generated] ? generated : null;
        var columns = entity.GetProperties().Where(p => p != key).ToList();
        var bindings = columns.Select(c => (Getter: c.GetGetter(), Mapping: (RelationalTypeMapping)c.GetRelationalTypeMapping())).ToList();

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", columns.Select(c => $"\"{c.GetColumnName(table)}\""))}) "
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
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return rows.Count;
    }

    private static object ProviderValue(RelationalTypeMapping mapping, object? value) =>
        value is null ? DBNull.Value
        : mapping.Converter is { } converter ? converter.ConvertToProvider(value) ?? DBNull.Value
        : value;
}
