using System.Text.Json;

namespace Fmj.Cli.Tests;

/// <summary>`fmj plan` shows the platform services: state, proxy account, backups, HA, replication and firewall.</summary>
public class PlanServicesTests
{
    [Fact]
    public void Plan_Adatum_ShowsEveryPlatformService()
    {
        var result = FmjProcess.Run("plan", "--tenant", "adatum");

        Assert.Equal(0, result.ExitCode);
        var section = Output.TenantSection(result.Stdout, "adatum");
        Assert.Equal(["State", "active", "access", "granted,", "guests", "running,", "data", "protected"], Output.Row(section, "State"));
        Assert.Equal("tenant-adatum caddy on fmj@10.10.0.20:22, writes /etc/caddy/tenants/adatum/conf, domains corp.adatum.com", string.Join(' ', Output.Row(section, "Reverse", "proxy").Skip(2)));
        Assert.Equal("tenant-adatum pool tenant-adatum to pbs-fmj at 21:30, keep-daily 14, keep-weekly 4, keep-monthly 6, snapshot, zstd", string.Join(' ', Output.Row(section, "Backup", "job").Skip(2)));
        Assert.Equal("started vm:101101 ct:101102 vm:101103 vm:101104 vm:101111 ct:101112, no failback", string.Join(' ', Output.Row(section, "HA", "resources").Skip(2)));
        Assert.Equal("node-affinity, strict, pve2:2 pve3:1", string.Join(' ', Output.Row(section, "HA", "rule", "tenant-adatum-nodes").Skip(3)));
        Assert.Equal("resource-affinity negative: vm:101103 vm:101104", string.Join(' ', Output.Row(section, "HA", "rule", "tenant-adatum-dcs-apart").Skip(3)));
        Assert.Equal("app01: pve3 to pve2, local, schedule */15", string.Join(' ', Output.Row(section, "Replication", "101111-0").Skip(2)));
        Assert.Equal("198.18.0.0/17 10.64.0.0/14 except 198.18.1.96/27 except 10.64.11.0/24", string.Join(' ', Output.Row(section, "Firewall", "IP", "set", "t11-others").Skip(4)));
        Assert.Equal(["Security", "group", "t11-isolation", "in", "DROP", "+t11-others,", "out", "DROP", "+t11-others;"], Output.Row(section, "Security", "group").Take(9));
        Assert.Equal(["101103", "adatum-dc1", "(protected,", "PVE", "protection)"], Output.Row(section, "101103").Take(5));
    }

    [Fact]
    public void Plan_OffboardingTenant_ShowsAccessRevokedAndGuestsStopped()
    {
        using var repository = new TempRepository();
        repository.Edit("Tenants/contoso.yaml", "package: gold\n", "package: gold\nstate: offboarding\n");

        var result = repository.Run("plan", "--tenant", "contoso");

        Assert.Equal(0, result.ExitCode);
        var section = Output.TenantSection(result.Stdout, "contoso");
        Assert.Equal("offboarding", Output.Row(section, "State")[1]);
        Assert.DoesNotContain(section, l => l.StartsWith("ACL ", StringComparison.Ordinal) || l.StartsWith("Realm ", StringComparison.Ordinal));
        Assert.EndsWith("disabled", string.Join(' ', Output.Row(section, "Backup", "job")), StringComparison.Ordinal);
        Assert.Equal(["101211", "contoso-erp01", "(protected,", "stopped)"], Output.Row(section, "101211").Take(4));
        Assert.Equal("stopped", Output.Row(section, "HA", "resources")[2]);
    }

    [Fact]
    public void Plan_Json_HasStateHaBackupFirewallAndProxy()
    {
        var result = FmjProcess.Run("plan", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var adatum = json.RootElement.GetProperty("tenants")[0];
        Assert.Equal("active", adatum.GetProperty("state").GetString());
        Assert.Equal("vm:101111", adatum.GetProperty("highAvailability").GetProperty("resources")[4].GetProperty("resourceId").GetString());
        Assert.Equal(2, adatum.GetProperty("highAvailability").GetProperty("rules")[0].GetProperty("nodes").GetProperty("pve2").GetInt32());
        Assert.Equal("14", adatum.GetProperty("backup").GetProperty("retention").GetProperty("keep-daily").GetString());
        Assert.Equal("t11-isolation", adatum.GetProperty("firewall").GetProperty("group").GetProperty("name").GetString());
        Assert.Equal("caddy", adatum.GetProperty("reverseProxy").GetProperty("kind").GetString());
        Assert.StartsWith("set -eu; ", adatum.GetProperty("reverseProxy").GetProperty("commands").GetProperty("create").GetString(), StringComparison.Ordinal);
        Assert.False(json.RootElement.GetProperty("tenants")[2].TryGetProperty("highAvailability", out _));
    }

    [Fact]
    public void Plan_TenantWithoutGuests_ShowsItsFirewallDefaultsAndNoHa()
    {
        // Contoso without its VPN and machines: an LDAP directory and nothing else to run.
        using var repository = new TempRepository();
        var text = File.ReadAllText(repository.PathOf("Tenants", "contoso.yaml")).Replace("  vpn: true\n", "  vpn: false\n", StringComparison.Ordinal);
        repository.Write("Tenants/contoso.yaml", text[..text.IndexOf("\nmachines:\n", StringComparison.Ordinal)]);

        var result = repository.Run("plan", "--tenant", "contoso");

        Assert.Equal(0, result.ExitCode);
        var section = Output.TenantSection(result.Stdout, "contoso");
        Assert.Equal(["Security", "group", "t12-isolation", "in", "DROP", "+t12-others,", "out", "DROP", "+t12-others;", "first", "on", "all", "0", "guests'", "firewalls"], Output.Row(section, "Security", "group"));
        Assert.DoesNotContain(section, l => l.StartsWith("HA r", StringComparison.Ordinal) || l.StartsWith("Replication ", StringComparison.Ordinal));
    }
}
