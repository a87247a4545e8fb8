using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Bootcamp.Web.Data.SeedData;

/// <summary>
/// Inserts many new rows of one entity type through one prepared command in the current transaction, with the table,
/// columns and value conversions read from the EF model. The change tracker costs too much for the tens of thousands
/// of history rows that the demo data set generates.
/// </summary>
public static class BulkInsert
{
    public static async Task<int> RunAsync<T>(BootcampDb db, IReadOnlyCollection<T> rows, CancellationToken cancellationToken) where T : class
    {
        if (rows.Count == 0)
            return 0;
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties().Where(p => !(p.IsPrimaryKey() && p.ValueGenerated == ValueGenerated.OnAdd)).ToList();
        var bindings = columns.Select(c => (Getter: c.GetGetter(), Mapping: (RelationalTypeMapping)c.GetRelationalTypeMapping())).ToList();

        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", columns.Select(c => $"\"{c.GetColumnName(table)}\""))}) "
            + $"VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
        foreach (var row in rows)
        {
            command.Parameters.Clear();
            for (var i = 0; i < bindings.Count; i++)
                command.Parameters.Add(bindings[i].Mapping.CreateParameter(command, $"@p{i}", bindings[i].Getter.GetClrValue(row), nullable: true));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        return rows.Count;
    }
}
