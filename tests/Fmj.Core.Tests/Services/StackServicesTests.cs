using Fmj.Core.Clusters;
using Fmj.Core.Diagnostics;
using Fmj.Core.Tests.Support;

namespace Fmj.Core.Tests.Services;

/// <summary>The stack file names the backup storage, the HA node preferences and the shared reverse proxy.</summary>
public class StackServicesTests
{
    private static (ClusterDocument? Cluster, IReadOnlyList<Finding> Findings) Load(string text)
    {
        var findings = new FindingList();
        return (StackFileLoader.Load("Pulumi.dev.yaml", text, findings), findings.Items);
    }

    private static string Edited(string find, string replace)
    {
        Assert.Contains(find, Demo.SdnStackText, StringComparison.Ordinal);
        return Demo.SdnStackText.Replace(find, replace, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DevStack_NamesBackupStorageAndReverseProxy_AndLeavesHaPriorityToTheTenants()
    {
        var cluster = Demo.Cluster().Spec;

        Assert.Equal("pbs-fmj", cluster.BackupStorage);
        Assert.Equal(new ReverseProxyHost("10.10.0.20", 22, "fmj", ReverseProxyKind.Caddy, null), cluster.ReverseProxy);
        Assert.Null(cluster.HaNodePriority);
    }

    [Fact]
    public void Load_HaNodePriorityAndFullProxy_AreRead()
    {
        var (cluster, findings) = Load(Edited(
            "    user: fmj\n",
            "    user: fmj\n    port: 2222\n    hostKey: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB4f\n  fmj:haNodePriority:\n    pve1: 1\n    pve3: 30\n"));

        Assert.Empty(findings);
        Assert.Equal(new Dictionary<string, int> { ["pve1"] = 1, ["pve3"] = 30 }, cluster!.Spec.HaNodePriority);
        Assert.Equal(new ReverseProxyHost("10.10.0.20", 2222, "fmj", ReverseProxyKind.Caddy, "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB4f"), cluster.Spec.ReverseProxy);
    }

    [Fact]
    public void Load_NoReverseProxy_IsAllowed()
    {
        var (cluster, findings) = Load(Edited("  fmj:reverseProxy:\n    host: 10.10.0.20\n    kind: caddy\n    user: fmj\n", ""));

        Assert.Empty(findings);
        Assert.Null(cluster!.Spec.ReverseProxy);
    }

    public static TheoryData<string, string, string, string> Broken() => new()
    {
        { "  fmj:backupStorage: pbs-fmj\n", "", "FMJ005", "'config.fmj:backupStorage' is missing: text." },
        { "fmj:backupStorage: pbs-fmj", "fmj:backupStorage: \"pbs;reboot\"", "FMJ110", "'fmj:backupStorage' is 'pbs;reboot', which is not a storage id." },
        { "    user: fmj\n", "    user: fmj\n  fmj:haNodePriority:\n    pve9: 2\n", "FMJ303", "'fmj:haNodePriority' names node 'pve9', which is not in 'fmj:nodes'." },
        { "    user: fmj\n", "    user: fmj\n  fmj:haNodePriority:\n    pve1: -1\n", "FMJ006", "'config.fmj:haNodePriority.pve1' is -1, outside 0..1000." },
        { "    kind: caddy\n", "    kind: apache\n", "FMJ006", "'config.fmj:reverseProxy.kind' is 'apache', which is not one of: caddy, nginx, traefik." },
        { "    host: 10.10.0.20\n", "    host: \"proxy; reboot\"\n", "FMJ111", "'config.fmj:reverseProxy.host' is 'proxy; reboot', which is not a host name or IPv4 address." },
        { "    user: fmj\n", "    user: \"fmj $(id)\"\n", "FMJ110", "'config.fmj:reverseProxy.user' is 'fmj $(id)', which is not a user name FMJ accepts." },
        { "    user: fmj\n", "    user: fmj\n    hostKey: \"ssh-ed25519 AAAA\\nevil\"\n", "FMJ006", "'config.fmj:reverseProxy.hostKey' is not an SSH host key." },
        { "    user: fmj\n", "    user: fmj\n    password: hunter2\n", "FMJ002", "unknown key 'password' in 'config.fmj:reverseProxy'." },
        { "    user: fmj\n", "    user: fmj\n  fmj:reverseProxyPrivateKey: \"-----BEGIN OPENSSH PRIVATE KEY-----\"\n", "FMJ006", "'fmj:reverseProxyPrivateKey' is in plain text in the stack file." },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void Load_BrokenServiceKey_ReportsTheFindingAndNoCluster(string find, string replace, string code, string message)
    {
        var (cluster, findings) = Load(Edited(find, replace));

        Assert.Null(cluster);
        Assert.Contains(findings, f => f.Code.Id == code && f.Message == message);
    }

    [Fact]
    public void PulumiYaml_DeclaresEveryFmjKeyTheProgramReads()
    {
        var project = File.ReadAllText(Repository.PathOf("Pulumi.yaml"));

        Assert.All(ClusterConfigReader.Keys.Concat(ClusterConfigReader.ProgramKeys), key => Assert.Contains($"\n  {key}:\n", project, StringComparison.Ordinal));
    }
}
