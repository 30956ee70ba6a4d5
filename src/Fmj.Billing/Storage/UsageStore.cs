using System.Diagnostics.CodeAnalysis;
using Fmj.Billing.Metering;
using Microsoft.Data.Sqlite;

namespace Fmj.Billing.Storage;

/// <summary>
/// The samples in one SQLite file. Writing is idempotent: a sample is keyed by (time, vmid) and inserted with
/// <c>INSERT OR IGNORE</c>, so storing the same window twice keeps one copy. Each guest's samples and its watermark
/// are written in one transaction, so a collection stopped halfway keeps every guest it finished and resumes from
/// the watermarks. Not thread-safe: one writer at a time.
/// </summary>
public sealed class UsageStore : IDisposable
{
    private const string NoPool = "";

    private static readonly string[] SampleColumns = ["$time", "$vmid", "$seconds", "$pool", "$maxcpu", "$cpu", "$maxmem", "$mem", "$maxdisk", "$netin", "$netout"];

    private readonly SqliteConnection _connection;
    private readonly Dictionary<string, long> _poolIds = new(StringComparer.Ordinal);

    // Pools inserted by the open transaction: remembered only once it commits, since a rollback takes them away.
    private readonly Dictionary<string, long> _newPools = new(StringComparer.Ordinal);

    private UsageStore(SqliteConnection connection) => _connection = connection;

    public string Path { get; private init; } = "";

    /// <summary>Opens the file, creating it and its folder when missing, and migrates it to the current schema.</summary>
    public static UsageStore Open(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (System.IO.Path.GetDirectoryName(full) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }

        // No pooling: the file is closed when the store is, so tests and scripts can move or delete it right after.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = full, Pooling = false }.ToString());
        try
        {
            connection.Open();
            Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;");
            SchemaMigrations.Migrate(connection, path);
            var store = new UsageStore(connection) { Path = full };
            store.LoadPools();
            return store;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public int SchemaVersion => SchemaMigrations.Version(_connection);

    /// <summary>Every guest seen so far, by VMID.</summary>
    public IReadOnlyDictionary<int, StoredGuest> Guests()
    {
        var guests = new Dictionary<int, StoredGuest>();
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT g.vmid, g.type, g.name, g.node, p.name, g.collected_until FROM guests g JOIN pools p ON p.id = g.pool_id";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var vmId = reader.GetInt32(0);
            guests[vmId] = new StoredGuest(
                vmId,
                reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.GetString(4) is { Length: > 0 } pool ? pool : null,
                reader.IsDBNull(5) ? null : reader.GetInt64(5));
        }

        return guests;
    }

    /// <summary>
    /// Stores one guest's new samples under the pool it is in now, and moves its watermark to the end of the last
    /// one. Returns how many samples were new.
    /// </summary>
    public int Store(StoredGuest guest, IReadOnlyList<UsageSample> samples, long seenAt)
    {
        using var transaction = Begin();
        var poolId = PoolId(guest.Pool, transaction);
        var inserted = 0;
        using (var insert = new SampleInsert(_connection, transaction))
        {
            foreach (var sample in samples)
            {
                inserted += insert.Run(poolId, sample);
            }
        }

        var until = samples.Count == 0 ? (long?)null : samples.Max(s => s.End);
        using (var upsert = _connection.CreateCommand())
        {
            upsert.Transaction = transaction;
            upsert.CommandText = """
                INSERT INTO guests (vmid, type, name, node, pool_id, collected_until, seen_at)
                VALUES ($vmid, $type, $name, $node, $pool, $until, $seen)
                ON CONFLICT (vmid) DO UPDATE SET
                    type = excluded.type, name = excluded.name, node = excluded.node, pool_id = excluded.pool_id, seen_at = excluded.seen_at,
                    collected_until = MAX(COALESCE(guests.collected_until, 0), COALESCE(excluded.collected_until, 0))
                """;
            upsert.Parameters.AddWithValue("$vmid", guest.VmId);
            upsert.Parameters.AddWithValue("$type", guest.Type);
            upsert.Parameters.AddWithValue("$name", (object?)guest.Name ?? DBNull.Value);
            upsert.Parameters.AddWithValue("$node", (object?)guest.Node ?? DBNull.Value);
            upsert.Parameters.AddWithValue("$pool", poolId);
            upsert.Parameters.AddWithValue("$until", (object?)until ?? DBNull.Value);
            upsert.Parameters.AddWithValue("$seen", seenAt);
            upsert.ExecuteNonQuery();
        }

        Commit(transaction);
        return inserted;
    }

    /// <summary>Bulk load for generated data (demo months, the benchmark): one transaction, no watermarks.</summary>
    public long StoreGenerated(IEnumerable<(string? Pool, UsageSample Sample)> samples)
    {
        using var transaction = Begin();
        long inserted = 0;
        using (var insert = new SampleInsert(_connection, transaction))
        {
            foreach (var (pool, sample) in samples)
            {
                inserted += insert.Run(PoolId(pool, transaction), sample);
            }
        }

        Commit(transaction);
        return inserted;
    }

    public long SampleCount()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM samples";
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>
    /// Every pool's usage over [<paramref name="from"/>, <paramref name="to"/>) in Unix seconds, read as one ordered
    /// range scan and integrated as the rows stream past: memory grows with guests, never with samples.
    /// </summary>
    public IReadOnlyList<PoolUsage> Usage(long from, long to)
    {
        var pools = PoolNames();
        var guests = new Dictionary<long, UsageAccumulator>();
        using (var command = RangeQuery(from, to))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                // One accumulator per (pool, guest): a guest that moved pools is billed to each for its own samples.
                var key = (reader.GetInt64(3) << 32) | (uint)reader.GetInt32(1);
                if (!guests.TryGetValue(key, out var accumulator))
                {
                    guests[key] = accumulator = new UsageAccumulator();
                }

                accumulator.Add(reader.GetInt32(2), Real(reader, 4), Real(reader, 5), Real(reader, 6), Real(reader, 7), Real(reader, 8), Real(reader, 9), Real(reader, 10));
            }
        }

        // Per-guest decimals added in key order: the sum does not depend on the order rows arrived in.
        return [.. guests
            .GroupBy(g => g.Key >> 32)
            .Select(pool => new PoolUsage(
                pools[pool.Key],
                pool.Count(),
                pool.Sum(g => g.Value.Samples),
                pool.OrderBy(g => g.Key).Aggregate(UsageQuantities.Zero, (sum, g) => sum.Add(g.Value.ToQuantities(to - from)))))
            .OrderBy(p => p.Pool, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The benchmark's baseline: the same range scan as <see cref="Usage"/>, reading the same values and doing
    /// nothing with them; with <paramref name="readValues"/> false it only steps through the rows.
    /// </summary>
    public (long Rows, double Checksum) Scan(long from, long to, bool readValues = true)
    {
        long rows = 0;
        double checksum = 0;
        using var command = RangeQuery(from, to);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            rows++;
            if (readValues)
            {
                checksum += reader.GetInt32(1) + reader.GetInt32(2) + reader.GetInt64(3);
                for (var column = 4; column <= 10; column++)
                {
                    checksum += Real(reader, column) ?? 0;
                }
            }
        }

        return (rows, checksum);
    }

    public void Dispose() => _connection.Dispose();

    private SqliteTransaction Begin()
    {
        _newPools.Clear();
        return _connection.BeginTransaction();
    }

    private void Commit(SqliteTransaction transaction)
    {
        transaction.Commit();
        foreach (var (name, id) in _newPools)
        {
            _poolIds[name] = id;
        }

        _newPools.Clear();
    }

    private SqliteCommand RangeQuery(long from, long to)
    {
        var command = _connection.CreateCommand();
        command.CommandText = "SELECT time, vmid, seconds, pool_id, maxcpu, cpu, maxmem, mem, maxdisk, netin, netout FROM samples WHERE time >= $from AND time < $to ORDER BY time, vmid";
        command.Parameters.AddWithValue("$from", from);
        command.Parameters.AddWithValue("$to", to);
        return command;
    }

    private static double? Real(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetDouble(column);

    private Dictionary<long, string> PoolNames() => _poolIds.ToDictionary(p => p.Value, p => p.Key);

    private void LoadPools()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT id, name FROM pools";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            _poolIds[reader.GetString(1)] = reader.GetInt64(0);
        }
    }

    private long PoolId(string? pool, SqliteTransaction transaction)
    {
        var name = pool ?? NoPool;
        if (_poolIds.TryGetValue(name, out var id) || _newPools.TryGetValue(name, out id))
        {
            return id;
        }

        using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO pools (name) VALUES ($name) ON CONFLICT (name) DO UPDATE SET name = excluded.name RETURNING id";
        command.Parameters.AddWithValue("$name", name);
        id = (long)command.ExecuteScalar()!;
        _newPools[name] = id;
        return id;
    }

    [SuppressMessage("Security", "CA2100", Justification = "Fixed statements only; every value is a parameter.")]
    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>One prepared insert, reused for every sample of a transaction.</summary>
    private sealed class SampleInsert : IDisposable
    {
        private readonly SqliteCommand _command;
        private readonly SqliteParameter[] _parameters;

        public SampleInsert(SqliteConnection connection, SqliteTransaction transaction)
        {
            _command = connection.CreateCommand();
            _command.Transaction = transaction;
            _command.CommandText = """
                INSERT OR IGNORE INTO samples (time, vmid, seconds, pool_id, maxcpu, cpu, maxmem, mem, maxdisk, netin, netout)
                VALUES ($time, $vmid, $seconds, $pool, $maxcpu, $cpu, $maxmem, $mem, $maxdisk, $netin, $netout)
                """;
            _parameters = [.. SampleColumns.Select(name => _command.Parameters.Add(name, name is "$time" or "$vmid" or "$seconds" or "$pool" ? SqliteType.Integer : SqliteType.Real))];
            _command.Prepare();
        }

        public int Run(long poolId, in UsageSample sample)
        {
            _parameters[0].Value = sample.Time;
            _parameters[1].Value = sample.VmId;
            _parameters[2].Value = sample.Seconds;
            _parameters[3].Value = poolId;
            _parameters[4].Value = Value(sample.MaxCpu);
            _parameters[5].Value = Value(sample.Cpu);
            _parameters[6].Value = Value(sample.MaxMem);
            _parameters[7].Value = Value(sample.Mem);
            _parameters[8].Value = Value(sample.MaxDisk);
            _parameters[9].Value = Value(sample.NetIn);
            _parameters[10].Value = Value(sample.NetOut);
            return _command.ExecuteNonQuery();
        }

        public void Dispose() => _command.Dispose();

        private static object Value(double? value) => value is { } v ? v : DBNull.Value;
    }
}
