using Fmj.Core.Catalogue;
using Fmj.Core.Planning;
using static Fmj.Core.Tests.Services.PlanSupport;

namespace Fmj.Core.Tests.Services;

/// <summary>The backup job per tenant and the firewall defaults that keep tenants apart.</summary>
public class BackupAndFirewallPlanTests
{
    public static TheoryData<string, string, string, string> Backups() => new()
    {
        // tenant, package (edit), schedule, retention
        { "fabrikam", "bronze", "22:00", "keep-daily=7 keep-weekly=4 keep-monthly=3" },
        { "adatum", "silver", "21:30", "keep-daily=14 keep-weekly=4 keep-monthly=6" },
        { "contoso", "gold", "21:00", "keep-daily=14 keep-weekly=8 keep-monthly=12" },
        { "contoso", "platinum", "2,14:00", "keep-daily=30 keep-weekly=12 keep-monthly=24" },
    };

    [Theory]
    [MemberData(nameof(Backups))]
    public void Plan_Package_BacksUpTheTenantsPoolToTheClusterStorage(string tenant, string package, string schedule, string retention)
    {
        var plan = Plan(tenant, text => text.Replace("package: gold", $"package: {package}", StringComparison.Ordinal));
        var backup = plan.Backup!;

        Assert.Equal(($"tenant-{tenant}", "pbs-fmj", $"tenant-{tenant}", schedule), (backup.Id, backup.Storage, backup.Pool, backup.Schedule));
        Assert.Equal(plan.Pool.Id, backup.Pool);
        Assert.Equal(retention, string.Join(" ", backup.Retention.Select(r => $"{r.Key}={r.Value}")));
        Assert.Equal(("snapshot", "zstd", true), (backup.Mode, backup.Compress, backup.Enabled));
    }

    private const string Custom = "package: custom\ncustom:\n  vcpu: 8\n  memory_gb: 16\n  storage_gb: 500\n  ha: true\n  monthly_price: 55.00\n";

    [Theory]
    [InlineData("", "21:00", "keep-daily=7 keep-weekly=4 keep-monthly=3")]
    [InlineData("  backup:\n    keep_monthly: 36\n", "21:00", "keep-daily=7 keep-weekly=4 keep-monthly=36")]
    [InlineData("  backup:\n    schedule: \"mon..fri 23:00\"\n    keep_daily: 10\n    keep_weekly: 0\n", "mon..fri 23:00", "keep-daily=10 keep-monthly=3")]
    public void Plan_CustomEngagement_TakesItsFileValuesOverTheCatalogueDefaults(string backup, string schedule, string retention)
    {
        var job = Plan("adatum", Replace("package: silver\n", Custom + backup)).Backup!;

        Assert.Equal(schedule, job.Schedule);
        Assert.Equal(retention, string.Join(" ", job.Retention.Select(r => $"{r.Key}={r.Value}")));
    }

    [Fact]
    public void Plan_Adatum_FirewallDropsEveryOtherTenantNetworkButNotItsOwn()
    {
        var plan = Plan("adatum");
        var firewall = plan.Firewall!;

        Assert.Equal("t11-others", firewall.OtherTenants.Name);
        Assert.Equal(
            ["198.18.0.0/17", "10.64.0.0/14", "!198.18.1.96/27", "!10.64.11.0/24"],
            firewall.OtherTenants.Entries.Select(e => (e.NoMatch ? "!" : "") + e.Cidr));
        Assert.Equal("t11-isolation", firewall.Group.Name);
        Assert.Equal(
            [new FirewallRulePlan("in", "DROP", "+t11-others", null, "from other tenants"), new FirewallRulePlan("out", "DROP", null, "+t11-others", "to other tenants")],
            firewall.Group.Rules);
        Assert.Equal(plan.Guests.Select(g => (g.Key, g.Kind, g.Node, g.VmId)), firewall.Guests.Select(g => (g.GuestKey, g.Kind, g.Node, g.VmId)));
        Assert.All(firewall.Guests, g => Assert.Equal(("ACCEPT", "ACCEPT", true, "t11-isolation"), (g.InputPolicy, g.OutputPolicy, g.MacFilter, g.SecurityGroups.Single())));
    }

    [Theory]
    [InlineData("adatum", 11)]
    [InlineData("contoso", 12)]
    [InlineData("fabrikam", 13)]
    public void Plan_FirewallNames_FitProxmoxLimits(string tenant, int number)
    {
        var firewall = Plan(tenant).Firewall!;

        // Security group names are at most 18 characters, IP set names 64; both start with a letter.
        Assert.Equal($"t{number}-isolation", firewall.Group.Name);
        Assert.Matches("^[A-Za-z][A-Za-z0-9_-]{1,17}$", firewall.Group.Name);
        Assert.Matches("^[A-Za-z][A-Za-z0-9_-]{1,63}$", firewall.OtherTenants.Name);
    }

    [Fact]
    public void Plan_BackupPolicy_ComesFromTheCatalogue() =>
        Assert.Equal(PackageCatalogue.Default.Packages["silver"].Backup!.Schedule, Plan("adatum").Backup!.Schedule);
}
