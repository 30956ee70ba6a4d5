using Microsoft.Data.Sqlite;

namespace Fmj.Billing.Storage;

/// <summary>
/// The store's schema as numbered steps. A file is brought up to the latest step on open, each step in its own
/// transaction with the version it reaches, so a crash never leaves a half-migrated file. Only ever append a step.
/// </summary>
internal static class SchemaMigrations
{
    public static readonly IReadOnlyList<string> Steps =
    [
        // 1: samples keyed by (time, vmid), so a month is one range scan and the same step stored twice is one row.
        """
        CREATE TABLE pools (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE
        );
        CREATE TABLE guests (
            vmid INTEGER PRIMARY KEY,
            type TEXT NOT NULL,
            name TEXT,
            node TEXT,
            pool_id INTEGER NOT NULL REFERENCES pools(id),
            collected_until INTEGER,
            seen_at INTEGER NOT NULL
        );
        CREATE TABLE samples (
            time INTEGER NOT NULL,
            vmid INTEGER NOT NULL,
            seconds INTEGER NOT NULL,
            pool_id INTEGER NOT NULL REFERENCES pools(id),
            maxcpu REAL,
            cpu REAL,
            maxmem REAL,
            mem REAL,
            maxdisk REAL,
            netin REAL,
            netout REAL,
            PRIMARY KEY (time, vmid)
        ) WITHOUT ROWID;
        """,
    ];

    public static int Latest => Steps.Count;

    /// <summary>Brings the file to <see cref="Latest"/>; refuses a file a newer fmj made rather than guess at it.</summary>
    public static void Migrate(SqliteConnection connection, string path)
    {
        Execute(connection, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
        var current = Version(connection);
        if (current > Latest)
        {
            throw new InvalidOperationException($"the usage database {path} has schema version {current}, newer than this fmj knows ({Latest}); use a newer fmj.");
        }

        for (var step = current; step < Latest; step++)
        {
            using var transaction = connection.BeginTransaction();
            Execute(connection, Steps[step], transaction);
            Execute(connection, "DELETE FROM schema_version", transaction);
            Execute(connection, $"INSERT INTO schema_version (version) VALUES ({step + 1})", transaction);
            transaction.Commit();
        }
    }

    public static int Version(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT MAX(version) FROM schema_version";
        return command.ExecuteScalar() is long version ? (int)version : 0;
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
