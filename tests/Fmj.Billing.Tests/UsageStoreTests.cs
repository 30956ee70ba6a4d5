using Fmj.Billing.Invoicing;
using Fmj.Billing.Metering;
using Fmj.Billing.Storage;
using Fmj.Billing.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Fmj.Billing.Tests;

public class UsageStoreTests
{
    private static readonly BillingMonth November = new(2026, 11);
    private const double GiB = 1073741824;

    [Fact]
    public void Open_NewFile_CreatesTheSchemaAtTheLatestVersion()
    {
        using var database = new TempDatabase();

        using var store = UsageStore.Open(database.Path);

        Assert.Equal(SchemaMigrations.Latest, store.SchemaVersion);
        Assert.Equal(0, store.SampleCount());
        Assert.True(File.Exists(database.Path));
    }

    [Fact]
    public void Open_Twice_KeepsTheData()
    {
        using var database = new TempDatabase();
        using (var store = UsageStore.Open(database.Path))
        {
            store.Store(Guest(101, "tenant-adatum"), [Sample(101, November.From)], 0);
        }

        using var again = UsageStore.Open(database.Path);

        Assert.Equal(1, again.SampleCount());
        Assert.Equal(SchemaMigrations.Latest, again.SchemaVersion);
    }

    [Fact]
    public void Open_FileFromANewerFmj_IsRefused()
    {
        using var database = new TempDatabase();
        using (var store = UsageStore.Open(database.Path))
        {
        }

        using (var connection = new SqliteConnection($"Data Source={database.Path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE schema_version SET version = 99";
            command.ExecuteNonQuery();
        }

        var error = Assert.Throws<InvalidOperationException>(() => UsageStore.Open(database.Path));

        Assert.Equal($"the usage database {database.Path} has schema version 99, newer than this fmj knows ({SchemaMigrations.Latest}); use a newer fmj.", error.Message);
    }

    [Fact]
    public void Store_SameSamplesTwice_KeepsOneCopy()
    {
        using var database = new TempDatabase();
        using var store = UsageStore.Open(database.Path);
        var samples = Enumerable.Range(0, 48).Select(i => Sample(101, November.From + (i * 1800))).ToList();

        var first = store.Store(Guest(101, "tenant-adatum"), samples, 0);
        var second = store.Store(Guest(101, "tenant-adatum"), samples, 0);

        Assert.Equal((48, 0), (first, second));
        Assert.Equal(48, store.SampleCount());
        Assert.Equal(24m, store.Usage(November.From, November.To).Single().Quantities.VcpuHours);
    }

    [Fact]
    public void Store_Samples_MovesTheWatermarkToTheEndOfTheLastOne()
    {
        using var database = new TempDatabase();
        using var store = UsageStore.Open(database.Path);

        store.Store(Guest(101, "tenant-adatum"), [Sample(101, November.From), Sample(101, November.From + 1800)], 0);
        store.Store(Guest(101, "tenant-adatum"), [], 0);

        Assert.Equal(November.From + 3600, store.Guests()[101].CollectedUntil);
    }

    [Fact]
    public void Store_OlderSamplesAfterNewer_NeverMovesTheWatermarkBack()
    {
        using var database = new TempDatabase();
        using var store = UsageStore.Open(database.Path);

        store.Store(Guest(101, "tenant-adatum"), [Sample(101, November.From + 7200)], 0);
        store.Store(Guest(101, "tenant-adatum"), [Sample(101, November.From)], 0);

        Assert.Equal(November.From + 9000, store.Guests()[101].CollectedUntil);
    }

    [Fact]
    public void Usage_GuestThatMovedPools_BillsEachPoolForItsOwnSamples()
    {
        using var database = new TempDatabase();
        using var store = UsageStore.Open(database.Path);

        store.Store(Guest(101, "tenant-adatum"), [.. Enumerable.Range(0, 10).Select(i => Sample(101, November.From + (i * 1800)))], 0);
        store.Store(Guest(101, "tenant-contoso"), [.. Enumerable.Range(10, 30).Select(i => Sample(101, November.From + (i * 1800)))], 0);

        var usage = store.Usage(November.From, November.To);
        Assert.Equal([("tenant-adatum", 1, 10L, 5m), ("tenant-contoso", 1, 30L, 15m)], usage.Select(u => (u.Pool, u.Guests, u.Samples, u.Quantities.VcpuHours)));
        Assert.Equal("tenant-contoso", store.Guests()[101].Pool);
    }

    [Fact]
    public void Usage_Month_CountsOnlySamplesStartingInIt()
    {
        using var database = new TempDatabase();
        using var store = UsageStore.Open(database.Path);

        store.Store(Guest(101, null), [Sample(101, November.From - 1800), Sample(101, November.From), Sample(101, November.To - 1800), Sample(101, November.To)], 0);

        Assert.Equal(2, store.Usage(November.From, November.To).Single().Samples);
        Assert.Equal("", store.Usage(November.From, November.To).Single().Pool);
    }

    [Fact]
    public void Scan_Month_ReadsTheSameRowsUsageDoes()
    {
        using var database = new TempDatabase();
        using var store = UsageStore.Open(database.Path);
        store.Store(Guest(101, "tenant-adatum"), [Sample(101, November.From - 1800), Sample(101, November.From), Sample(101, November.From + 1800)], 0);
        store.Store(Guest(102, "tenant-contoso"), [Sample(102, November.From)], 0);

        var (rows, _) = store.Scan(November.From, November.To);

        Assert.Equal(3, rows);
        Assert.Equal(3, store.Usage(November.From, November.To).Sum(u => u.Samples));
    }

    private static StoredGuest Guest(int vmId, string? pool) => new(vmId, "qemu", $"guest{vmId}", "pve1", pool, null);

    private static UsageSample Sample(int vmId, long time) => new(vmId, time, 1800, 1, 0.5, GiB, GiB / 2, 10 * GiB, 100, 100);
}
