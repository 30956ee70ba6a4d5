using Fmj.Core.Catalogue;
using Fmj.Core.Diagnostics;

namespace Fmj.Core.Tests.Services;

/// <summary>Backups and replication are catalogue data, per package, read as strictly as the rest of the catalogue.</summary>
public class CatalogueServicesTests
{
    private static (PackageCatalogue? Catalogue, IReadOnlyList<Finding> Findings) Load(string text)
    {
        var findings = new FindingList();
        return (CatalogueLoader.Load("catalogue.yaml", text, findings), findings.Items);
    }

    private static string Edited(string find, string replace)
    {
        var text = PackageCatalogue.DefaultText();
        Assert.Contains(find, text, StringComparison.Ordinal);
        return text.Replace(find, replace, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, int, int, int, string?> Packages() => new()
    {
        { "bronze", "22:00", 7, 4, 3, null },
        { "silver", "21:30", 14, 4, 6, "*/15" },
        { "gold", "21:00", 14, 8, 12, "*/10" },
        { "platinum", "2,14:00", 30, 12, 24, "*/5" },
    };

    [Theory]
    [MemberData(nameof(Packages))]
    public void Default_Package_HasItsBackupPolicyAndReplicationSchedule(string package, string schedule, int daily, int weekly, int monthly, string? replication)
    {
        var found = PackageCatalogue.Default.Packages[package];

        Assert.Equal(new BackupPolicy(schedule, daily, weekly, monthly), found.Backup);
        Assert.Equal(replication, found.ReplicationSchedule);
    }

    [Fact]
    public void Default_CustomDefaults_BackUpNightlyAndReplicateEveryQuarterHour() =>
        Assert.Equal(new CustomDefaults(new BackupPolicy("21:00", 7, 4, 3), "*/15"), PackageCatalogue.Default.CustomDefaults);

    [Fact]
    public void Load_HaPackageWithoutReplicationSchedule_ReplicatesEveryFifteenMinutes()
    {
        var (catalogue, findings) = Load(Edited("    replication_schedule: \"*/10\"\n", ""));

        Assert.Empty(findings);
        Assert.Equal("*/15", catalogue!.Packages["gold"].ReplicationSchedule);
    }

    public static TheoryData<string, string, string, string> Broken() => new()
    {
        {
            "    monthly_price: 10.00\n", "    monthly_price: 10.00\n    replication_schedule: \"*/5\"\n",
            "FMJ006", "'packages.bronze.replication_schedule' is given but the package has no HA, and only HA guests are replicated."
        },
        {
            "      schedule: \"21:00\"\n      keep_daily: 14\n      keep_weekly: 8", "      schedule: \"21:00; reboot\"\n      keep_daily: 14\n      keep_weekly: 8",
            "FMJ006", "'packages.gold.backup.schedule' is '21:00; reboot', which is not a schedule FMJ accepts."
        },
        {
            "      keep_daily: 7\n      keep_weekly: 4\n      keep_monthly: 3\n  silver", "      keep_daily: 0\n      keep_weekly: 4\n      keep_monthly: 3\n  silver",
            "FMJ006", "'packages.bronze.backup.keep_daily' is 0, outside 1..3660."
        },
        {
            "    backup:\n      schedule: \"2,14:00\"\n      keep_daily: 30\n      keep_weekly: 12\n      keep_monthly: 24\n", "",
            "FMJ005", "'packages.platinum.backup' is missing: the package's backup schedule and retention."
        },
        {
            "      keep_monthly: 6\n", "      keep_monthly: 6\n      keep_yearly: 2\n",
            "FMJ002", "unknown key 'keep_yearly' in 'packages.silver.backup'."
        },
        {
            "  replication_schedule: \"*/15\"\n\n# The base", "  replication_schedule: \"every 5 minutes!\"\n\n# The base",
            "FMJ006", "'custom_defaults.replication_schedule' is 'every 5 minutes!', which is not a schedule FMJ accepts."
        },
        {
            "custom_defaults:\n", "custom_defaultz:\n",
            "FMJ005", "'custom_defaults' is missing: the backups and replication of custom engagements."
        },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void Load_BrokenServiceSettings_ReportsTheFindingAndNoCatalogue(string find, string replace, string code, string message)
    {
        var (catalogue, findings) = Load(Edited(find, replace));

        Assert.Null(catalogue);
        Assert.Contains(findings, f => f.Code.Id == code && f.Message == message);
    }
}
