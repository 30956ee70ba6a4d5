using Fmj.Core.Catalogue;
using Fmj.Core.Clusters;
using Fmj.Core.Diagnostics;
using Fmj.Core.Planning;
using Fmj.Core.Tenants;
using Fmj.Core.Tests.Support;

namespace Fmj.Core.Tests.Services;

/// <summary>The tenant keys of the platform services: state, the retirement confirmation and a custom engagement's backups.</summary>
public class TenantLifecycleTests
{
    private static string Adatum(string find, string replace)
    {
        var text = Demo.TenantText("adatum");
        Assert.Contains(find, text, StringComparison.Ordinal);
        return text.Replace(find, replace, StringComparison.Ordinal);
    }

    private static IReadOnlyList<Finding> Check(TenantDocument tenant, ClusterSpec? cluster = null)
    {
        var findings = new FindingList();
        FleetPlanner.PlanTenant(cluster ?? Demo.Cluster().Spec, PackageCatalogue.Default, tenant, findings);
        return findings.Items;
    }

    public static TheoryData<string, TenantState> States() => new()
    {
        { "package: silver\n", TenantState.Active },
        { "package: silver\nstate: active\n", TenantState.Active },
        { "package: silver\nstate: offboarding\n", TenantState.Offboarding },
        { "package: silver\nstate: retired\nretire_confirm: adatum\n", TenantState.Retired },
    };

    [Theory]
    [MemberData(nameof(States))]
    public void Load_State_IsReadAndPasses(string replace, TenantState expected)
    {
        var tenant = Demo.Tenant("adatum", Adatum("package: silver\n", replace));

        Assert.Equal(expected, tenant.Spec.State);
        Assert.Empty(Check(tenant));
    }

    public static TheoryData<string, string, string, string> Refused() => new()
    {
        {
            "package: silver\nstate: retired\n", "FMJ005", "Tenants/adatum.yaml(7,8)",
            "tenant 'adatum' is retired, which lets its data be deleted, but 'retire_confirm' is missing."
        },
        {
            "package: silver\nstate: retired\nretire_confirm: contoso\n", "FMJ006", "Tenants/adatum.yaml(8,17)",
            "'retire_confirm' is 'contoso', but the tenant is 'adatum'."
        },
        {
            "package: silver\nstate: offboarding\nretire_confirm: adatum\n", "FMJ006", "Tenants/adatum.yaml(8,17)",
            "'retire_confirm' is given but tenant 'adatum' is offboarding; a standing confirmation would let a one-line change delete its data."
        },
        {
            "package: silver\nretire_confirm: adatum\n", "FMJ006", "Tenants/adatum.yaml(7,17)",
            "'retire_confirm' is given but tenant 'adatum' is active; a standing confirmation would let a one-line change delete its data."
        },
        {
            "package: silver\nnodes: [pve2]\n", "FMJ006", "Tenants/adatum.yaml(7,8)",
            "package 'silver' includes HA, which needs tenant 'adatum' on two nodes (its guests replicate to the second), but it has only pve2."
        },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Check_LifecycleOrPlacementMistake_IsRefusedAtItsLine(string replace, string code, string position, string message)
    {
        var tenant = Demo.Tenant("adatum", Adatum("package: silver\n", replace));

        var finding = Assert.Single(Check(tenant));

        Assert.Equal((code, position, message), (finding.Code.Id, finding.Position.ToString(), finding.Message));
    }

    [Fact]
    public void Load_UnknownState_IsRefused()
    {
        var (document, findings) = Demo.Load("adatum", Adatum("package: silver\n", "package: silver\nstate: deleted\n"));

        Assert.Null(document);
        var finding = Assert.Single(findings);
        Assert.Equal("'state' is 'deleted', which is not one of: active, offboarding, retired.", finding.Message);
    }

    [Fact]
    public void Check_BronzeOnOneNode_NeedsNoSecondNode()
    {
        var text = Demo.TenantText("fabrikam").Replace("package: bronze\n", "package: bronze\nnodes: [pve1]\n", StringComparison.Ordinal);

        Assert.Empty(Check(Demo.Tenant("fabrikam", text)));
    }

    [Theory]
    [InlineData("", TenantState.Active, true)]
    [InlineData("services:\n  reverse_proxy: false\n", TenantState.Active, false)]
    [InlineData("state: retired\nretire_confirm: fabrikam\n", TenantState.Retired, false)]
    public void Check_ClusterWithoutReverseProxy_RefusesOnlyTenantsThatWantAnAccount(string add, TenantState state, bool refused)
    {
        var text = Demo.TenantText("fabrikam").Replace("services:\n  web_server: true\n", "", StringComparison.Ordinal) + add;
        var tenant = Demo.Tenant("fabrikam", text);
        var cluster = Demo.Cluster().Spec with { ReverseProxy = null };

        var findings = Check(tenant, cluster);

        Assert.Equal(state, tenant.Spec.State);
        Assert.Equal(refused, findings.Any(f => f is { Code.Id: "FMJ006" } && f.Message == "tenant 'fabrikam' gets a reverse-proxy account, but cluster 'dev' names no reverse proxy."));
        Assert.Equal(refused ? 1 : 0, findings.Count);
    }

    private const string Custom = """
        package: custom
        custom:
          vcpu: 8
          memory_gb: 16
          storage_gb: 500
          ha: true
          monthly_price: 55.00

        """;

    [Fact]
    public void Load_CustomBackupAndReplication_AreRead()
    {
        var text = Adatum("package: silver\n", Custom.Replace("monthly_price: 55.00\n", "monthly_price: 55.00\n  backup:\n    schedule: \"mon..fri 23:00\"\n    keep_monthly: 36\n  replication_schedule: \"*/5\"\n", StringComparison.Ordinal));

        var custom = Demo.Tenant("adatum", text).Spec.Custom!;

        Assert.Equal(new BackupPolicyOverride("mon..fri 23:00", null, null, 36), custom.Backup);
        Assert.Equal("*/5", custom.ReplicationSchedule);
    }

    [Theory]
    [InlineData("  backup:\n    schedule: \"`reboot`\"\n", "'custom.backup.schedule' is '`reboot`', which is not a schedule FMJ accepts.")]
    [InlineData("  backup:\n    keep_daily: 0\n", "'custom.backup.keep_daily' is 0, outside 1..3660.")]
    [InlineData("  backup:\n    keep_hourly: 2\n", "unknown key 'keep_hourly' in 'custom.backup'.")]
    public void Load_BrokenCustomBackup_IsRefused(string backup, string message)
    {
        var (document, findings) = Demo.Load("adatum", Adatum("package: silver\n", Custom.Replace("monthly_price: 55.00\n", "monthly_price: 55.00\n" + backup, StringComparison.Ordinal)));

        Assert.Null(document);
        Assert.Contains(findings, f => f.Message == message);
    }

    [Fact]
    public void Load_CustomReplicationWithoutHa_IsRefused()
    {
        var text = Adatum("package: silver\n", Custom.Replace("ha: true\n", "ha: false\n", StringComparison.Ordinal).Replace("monthly_price: 55.00\n", "monthly_price: 55.00\n  replication_schedule: \"*/5\"\n", StringComparison.Ordinal));

        var (document, findings) = Demo.Load("adatum", text);

        Assert.Null(document);
        Assert.Contains(findings, f => f.Message == "'custom.replication_schedule' is given but the engagement has no HA, and only HA guests are replicated.");
    }
}
