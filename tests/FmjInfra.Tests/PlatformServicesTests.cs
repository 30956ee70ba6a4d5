using System.Collections.Immutable;
using FmjInfra.Tests.Support;
using Pulumi;

namespace FmjInfra.Tests;

/// <summary>HA and replication, backups, firewall isolation and the reverse-proxy account, as registered under mocks.</summary>
public class PlatformServicesTests
{
    private const string Haresource = "proxmoxve:index/haresource:Haresource";
    private const string Harule = "proxmoxve:index/harule:Harule";
    private const string Hagroup = "proxmoxve:index/hagroup:Hagroup";
    private const string Replication = "proxmoxve:index/replication:Replication";
    private const string BackupJob = "proxmoxve:backup/job:Job";
    private const string Command = "command:remote:Command";

    private static Task<StackRun> RunDevAsync() => StackRun.RunAsync(StackConfig.Dev(Repository.PathOf("Tenants")));

    private static string[] Strings(ImmutableArray<object> list) => [.. list.Select(o => (string)o)];

    private static Dictionary<string, string> Texts(ImmutableDictionary<string, object> map) =>
        map.ToDictionary(kv => kv.Key, kv => Convert.ToString(kv.Value, System.Globalization.CultureInfo.InvariantCulture)!);

    private static async Task<string[]> DependencyNamesAsync(StackRun run, string type, string name) =>
        [.. (await run.DependenciesOfAsync(type, name)).Select(d => d.GetResourceName()).Order(StringComparer.Ordinal)];

    [Fact]
    public async Task TenantHighAvailability_Pve9_HaResourcePerHaGuest_RulesAfterThem_NoGroup()
    {
        var run = await RunDevAsync();

        var app = run.Find(Haresource, "adatum-ha-app01");
        Assert.Equal(("vm:101111", "started", "False", null), (app.Input("resourceId"), app.Input("state"), app.Input("failback"), app.Input("group")));
        Assert.Equal("ct:101112", run.Find(Haresource, "adatum-ha-db01").Input("resourceId"));
        Assert.Equal(["adatum-machines-app01"], await DependencyNamesAsync(run, Haresource, "adatum-ha-app01"));
        Assert.Equal(["contoso-ha-erp01", "contoso-ha-vpn"], run.OfTenant("contoso").Where(r => r.Type == Haresource).Select(r => r.Name).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(run.OfTenant("fabrikam"), r => r.Type.StartsWith("proxmoxve:index/ha", StringComparison.Ordinal) || r.Type == Replication);

        var nodes = run.Find(Harule, "adatum-ha-rule-nodes");
        Assert.Equal(("tenant-adatum-nodes", "node-affinity", "True"), (nodes.Input("rule"), nodes.Input("type"), nodes.Input("strict")));
        Assert.Equal(["vm:101101", "ct:101102", "vm:101103", "vm:101104", "vm:101111", "ct:101112"], Strings(nodes.List("resources")));
        Assert.Equal(new Dictionary<string, string> { ["pve2"] = "2", ["pve3"] = "1" }, Texts(nodes.Map("nodes")));
        Assert.Equal(6, (await DependencyNamesAsync(run, Harule, "adatum-ha-rule-nodes")).Length);

        var apart = run.Find(Harule, "adatum-ha-rule-dcs-apart");
        Assert.Equal(("resource-affinity", "negative", null), (apart.Input("type"), apart.Input("affinity"), apart.Input("strict")));
        Assert.Equal(["vm:101103", "vm:101104"], Strings(apart.List("resources")));
        Assert.Equal(["adatum-ha-dc1", "adatum-ha-dc2"], await DependencyNamesAsync(run, Harule, "adatum-ha-rule-dcs-apart"));
        Assert.Empty(run.OfType(Hagroup));
    }

    [Fact]
    public async Task TenantHighAvailability_Pve8_HaGroupForEachHaTenant_NoRules()
    {
        var run = await StackRun.RunAsync(StackConfig.Dev(Repository.PathOf("Tenants")).Set("fmj:pveMajorVersion", "8"));

        Assert.Empty(run.OfType(Harule));
        Assert.Equal(["adatum-ha-group", "contoso-ha-group"], run.OfType(Hagroup).Select(g => g.Name).Order(StringComparer.Ordinal));
        var group = run.Find(Hagroup, "adatum-ha-group");
        Assert.Equal(("tenant-adatum", "True", "True"), (group.Input("group"), group.Input("restricted"), group.Input("noFailback")));
        Assert.Equal(new Dictionary<string, string> { ["pve2"] = "2", ["pve3"] = "1" }, Texts(group.Map("nodes")));
        var app = run.Find(Haresource, "adatum-ha-app01");
        Assert.Equal(("tenant-adatum", null), (app.Input("group"), app.Input("failback")));
        Assert.Equal(["adatum-ha-group", "adatum-machines-app01"], await DependencyNamesAsync(run, Haresource, "adatum-ha-app01"));
        Assert.Equal(6, run.OfTenant("adatum").Count(r => r.Type == Replication));
    }

    [Fact]
    public async Task TenantHighAvailability_HaNodePriorityFromTheStackFile_SetsRulePriorities()
    {
        var run = await StackRun.RunAsync(StackConfig.Dev(Repository.PathOf("Tenants")).Set("fmj:haNodePriority", """{"pve1": 5, "pve3": 9}"""));

        Assert.Equal(new Dictionary<string, string> { ["pve2"] = "0", ["pve3"] = "9" }, Texts(run.Find(Harule, "adatum-ha-rule-nodes").Map("nodes")));
        Assert.Equal(new Dictionary<string, string> { ["pve3"] = "9", ["pve1"] = "5" }, Texts(run.Find(Harule, "contoso-ha-rule-nodes").Map("nodes")));
        // Every guest replicates to the node HA recovers it on: pve3 first, else the highest of the others.
        Assert.Equal("pve3", run.Find(Replication, "adatum-ha-replication-web").Input("target"));
        Assert.Equal("pve2", run.Find(Replication, "adatum-ha-replication-app01").Input("target"));
    }

    [Fact]
    public async Task TenantHighAvailability_Replication_ToThePartnerNode_IgnoringTargetDrift()
    {
        var run = await RunDevAsync();

        var app = run.Find(Replication, "adatum-ha-replication-app01");
        Assert.Equal(("101111-0", "pve2", "local", "*/15"), (app.Input("resourceId"), app.Input("target"), app.Input("type"), app.Input("schedule")));
        Assert.Equal("pve3", run.Find(Replication, "adatum-ha-replication-dc1").Input("target"));
        Assert.Equal(("pve1", "*/10"), (run.Find(Replication, "contoso-ha-replication-vpn").Input("target"), run.Find(Replication, "contoso-ha-replication-vpn").Input("schedule")));
        Assert.Contains("target", run.Options.OptionsOf(Replication, "adatum-ha-replication-app01").IgnoreChanges);
        Assert.Equal(["adatum-machines-app01"], await DependencyNamesAsync(run, Replication, "adatum-ha-replication-app01"));

        // The target holds the tenant's dataset and storage: a dataset command and the storage's nodes name it.
        foreach (var replication in run.OfType(Replication))
        {
            var tenant = replication.Name[..replication.Name.IndexOf('-', StringComparison.Ordinal)];
            Assert.Contains(replication.Input("target")!, Strings(run.Find("proxmoxve:storage/zfspool:Zfspool", $"{tenant}-storage-storage").List("nodes")));
            Assert.Single(run.OfType(Command), c => c.Name == $"{tenant}-storage-dataset-{replication.Input("target")}");
        }
    }

    [Fact]
    public async Task TenantBackup_EachTenant_JobForItsPoolToTheBackupStorage()
    {
        var run = await RunDevAsync();

        var job = run.Find(BackupJob, "adatum-backup-job");
        Assert.Equal(("tenant-adatum", "pbs-fmj", "tenant-adatum", "21:30"), (job.Input("resourceId"), job.Input("storage"), job.Input("pool"), job.Input("schedule")));
        Assert.Equal(("snapshot", "zstd", "True"), (job.Input("mode"), job.Input("compress"), job.Input("enabled")));
        Assert.Equal(new Dictionary<string, string> { ["keep-daily"] = "14", ["keep-weekly"] = "4", ["keep-monthly"] = "6" }, Texts(job.Map("pruneBackups")));
        Assert.Equal(["adatum-pool-pool"], await DependencyNamesAsync(run, BackupJob, "adatum-backup-job"));
        Assert.Equal(("21:00", "22:00"), (run.Find(BackupJob, "contoso-backup-job").Input("schedule"), run.Find(BackupJob, "fabrikam-backup-job").Input("schedule")));
        Assert.Equal(3, run.OfType(BackupJob).Count());
    }

    [Fact]
    public async Task TenantFirewall_Adatum_IpsetOfOtherTenants_DropGroup_OnEveryGuest()
    {
        var run = await RunDevAsync();

        var ipset = run.Find("proxmoxve:firewall/ipsetLegacy:IpsetLegacy", "adatum-firewall-others");
        Assert.Equal("t11-others", ipset.Input("name"));
        Assert.Null(ipset.Input("vmId"));
        Assert.Equal(
            ["198.18.0.0/17 False", "10.64.0.0/14 False", "198.18.1.96/27 True", "10.64.11.0/24 True"],
            ipset.List("cidrs").Select(c => (ImmutableDictionary<string, object>)c).Select(c => $"{c["name"]} {c["nomatch"]}"));
        Assert.True(((CustomResourceOptions)run.Options.OptionsOf("proxmoxve:firewall/ipsetLegacy:IpsetLegacy", "adatum-firewall-others")).DeleteBeforeReplace);

        var group = run.Find("proxmoxve:cluster/firewall/security/groupLegacy:GroupLegacy", "adatum-firewall-group");
        Assert.Equal("t11-isolation", group.Input("name"));
        Assert.Equal(
            ["in DROP source=+t11-others", "out DROP dest=+t11-others"],
            group.List("rules").Select(r => Texts((ImmutableDictionary<string, object>)r)).Select(r => $"{r["type"]} {r["action"]} {(r.TryGetValue("source", out var s) ? "source=" + s : "dest=" + r["dest"])}"));

        var vm = run.Find("proxmoxve:firewall/optionsLegacy:OptionsLegacy", "adatum-firewall-app01-options");
        Assert.Equal(("pve3", "101111", null, "True", "ACCEPT", "ACCEPT", "True"), (vm.Input("nodeName"), vm.Input("vmId"), vm.Input("containerId"), vm.Input("enabled"), vm.Input("inputPolicy"), vm.Input("outputPolicy"), vm.Input("macfilter")));
        var ct = run.Find("proxmoxve:firewall/optionsLegacy:OptionsLegacy", "adatum-firewall-db01-options");
        Assert.Equal(("pve2", null, "101112"), (ct.Input("nodeName"), ct.Input("vmId"), ct.Input("containerId")));
        var rules = run.Find("proxmoxve:firewall/rulesLegacy:RulesLegacy", "adatum-firewall-db01-rules");
        Assert.Equal("101112", rules.Input("containerId"));
        Assert.Equal("t11-isolation", Texts((ImmutableDictionary<string, object>)Assert.Single(rules.List("rules")))["securityGroup"]);
        Assert.Equal(["adatum-firewall-group", "adatum-machines-db01"], await DependencyNamesAsync(run, "proxmoxve:firewall/rulesLegacy:RulesLegacy", "adatum-firewall-db01-rules"));

        // One options and one rules resource per guest of every tenant: 6 + 4 + 5 guests.
        Assert.Equal(15, run.OfType("proxmoxve:firewall/optionsLegacy:OptionsLegacy").Count());
        Assert.Equal(15, run.OfType("proxmoxve:firewall/rulesLegacy:RulesLegacy").Count());
    }

    [Fact]
    public async Task TenantReverseProxy_Adatum_AccountCommandsOverSshToTheProxy()
    {
        var run = await RunDevAsync();

        var account = run.Find(Command, "adatum-proxy-account");
        var connection = Texts(account.Map("connection"));
        Assert.Equal(("10.10.0.20", "22", "fmj"), (connection["host"], connection["port"], connection["user"]));
        Assert.False(connection.ContainsKey("privateKey"));
        Assert.StartsWith("set -eu; getent group 'fmj-proxy-tenants' >/dev/null || sudo -n groupadd", account.Input("create"), StringComparison.Ordinal);
        Assert.Equal(account.Input("create"), account.Input("update"));
        Assert.Contains("then sudo -n userdel 'tenant-adatum'; fi; sudo -n systemctl reload caddy", account.Input("delete"), StringComparison.Ordinal);
        Assert.Equal(["10.10.0.20", "tenant-adatum"], Strings(account.List("triggers")));
        Assert.Equal("False", account.Input("addPreviousOutputInEnv"));
        Assert.True(((CustomResourceOptions)run.Options.OptionsOf(Command, "adatum-proxy-account")).DeleteBeforeReplace);
        Assert.NotEqual(true, run.Options.OptionsOf(Command, "adatum-proxy-account").Protect);
        Assert.Equal(3, run.OfType(Command).Count(c => c.Name.EndsWith("-proxy-account", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task TenantReverseProxy_KeySecretAndPinnedHostKey_ReachTheConnectionButNoOutput()
    {
        const string proxyKey = "-----BEGIN OPENSSH PRIVATE KEY-----proxy-secret";
        var config = StackConfig.Dev(Repository.PathOf("Tenants"))
            .Secret("fmj:reverseProxyPrivateKey", proxyKey)
            .Set("fmj:reverseProxy", """{"host": "proxy.fmj.example", "kind": "nginx", "port": 2222, "hostKey": "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB4f"}""");

        var run = await StackRun.RunAsync(config);

        var connection = Texts(run.Find(Command, "contoso-proxy-account").Map("connection"));
        Assert.Equal(("proxy.fmj.example", "2222", "root", proxyKey, "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB4f"), (connection["host"], connection["port"], connection["user"], connection["privateKey"], connection["hostKey"]));
        Assert.EndsWith("userdel 'tenant-contoso'; fi; nginx -t && systemctl reload nginx", run.Find(Command, "contoso-proxy-account").Input("delete"), StringComparison.Ordinal);
        var texts = await run.OutputTextsAsync();
        Assert.DoesNotContain(texts, t => t.Contains("proxy-secret", StringComparison.Ordinal));
    }

    public static TheoryData<string> Variants() => ["pve8", "offboarding", "retired", "priorities-and-pinned-proxy"];

    /// <summary>Beside the dev stack's own dump (DevStackTests): the variants that declare other resources or inputs.</summary>
    [Theory]
    [MemberData(nameof(Variants))]
    public async Task Run_StackVariant_DumpPassesTheProviderSchemaCheck(string variant)
    {
        using var project = new TempProject();
        var config = StackConfig.Dev(project.Tenants);
        switch (variant)
        {
            case "pve8":
                config.Set("fmj:pveMajorVersion", "8");
                break;
            case "offboarding":
                project.Edit("adatum", "package: silver\n", "package: silver\nstate: offboarding\n");
                break;
            case "retired":
                project.Edit("contoso", "package: gold\n", "package: gold\nstate: retired\nretire_confirm: contoso\n");
                break;
            default:
                config.Set("fmj:haNodePriority", """{"pve1": 3, "pve2": 2, "pve3": 1}""")
                    .Set("fmj:reverseProxy", """{"host": "proxy.fmj.example", "kind": "traefik", "port": 2222, "hostKey": "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB4f"}""")
                    .Secret("fmj:reverseProxyPrivateKey", "-----BEGIN OPENSSH PRIVATE KEY-----proxy");
                break;
        }

        var run = await StackRun.RunAsync(config);

        Assert.Equal(variant == "pve8", run.OfType(Hagroup).Any());
        await ProviderSchemaCheck.AssertPassesAsync(run, $"stack-{variant}-resources.json");
    }
}
