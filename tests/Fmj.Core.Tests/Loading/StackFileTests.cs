using Fmj.Core.Addressing;
using Fmj.Core.Catalogue;
using Fmj.Core.Clusters;
using Fmj.Core.Tests.Support;

namespace Fmj.Core.Tests.Loading;

/// <summary>Reading the cluster from the fmj: keys of Pulumi.dev.yaml: every inconsistency at its position, other keys ignored.</summary>
public class StackFileTests
{
    private const string FmjKeys = "fmj:cluster, fmj:apiEndpoint, fmj:pveMajorVersion, fmj:nodes, fmj:bridge, fmj:zfs, fmj:vlans, fmj:addressPools, fmj:vmids, fmj:templates, fmj:dnsServers, fmj:capacity, fmj:sshUser, fmj:network, fmj:backupStorage, fmj:haNodePriority, fmj:reverseProxy, fmj:tenants, fmj:sshPrivateKey, fmj:reverseProxyPrivateKey";

    [Fact]
    public void Load_DevStack_ReadsTheWholeCluster()
    {
        var spec = Demo.Cluster().Spec;

        Assert.Equal(("dev", "https://pve-dev.fmj.example:8006/", 9, "vmbr1"), (spec.Name, spec.ApiEndpoint, spec.PveMajorVersion, spec.Bridge));
        Assert.Equal([new("pve1", "10.10.0.11"), new("pve2", "10.10.0.12"), new ClusterNode("pve3", "10.10.0.13")], spec.Nodes);
        Assert.Equal(new ZfsLayout("tank", "tank/tenants"), spec.Zfs);
        Assert.Equal(new VlanRanges(new IntRange(2000, 2999), new IntRange(3000, 3999)), spec.Vlans);
        Assert.Equal((Ipv4Network.Parse("198.18.0.0/17"), 27), (spec.AddressPools.Public.Network, spec.AddressPools.Public.PrefixLength));
        Assert.Equal((Ipv4Network.Parse("10.64.0.0/14"), 24), (spec.AddressPools.Private.Network, spec.AddressPools.Private.PrefixLength));
        Assert.Equal([Ipv4Network.Parse("10.10.0.0/16"), Ipv4Network.Parse("198.18.0.0/27")], spec.AddressPools.Reserved);
        Assert.Equal(new VmidRange(100000, 199999, 100), spec.Vmids);
        Assert.Equal(
            [
                new("debian-13", GuestKind.Vm, 9000, null, "l26"),
                new("debian-13-lxc", GuestKind.Container, null, "local:vztmpl/debian-13-standard_13.1-2_amd64.tar.zst", "l26"),
                new GuestTemplate("windows-server-2025", GuestKind.Vm, 9100, null, "win11"),
            ],
            spec.Templates.Values.OrderBy(t => t.Name, StringComparer.Ordinal));
        Assert.Equal(["10.10.0.53", "10.10.0.54"], spec.DnsServers);
        Assert.Equal(new ClusterCapacity(96, 768, 24000, 4m, 1.0m, 1.0m, 80), spec.Capacity);
    }

    [Fact]
    public void Load_OtherNamespacesAndTopLevelKeys_AreIgnored()
    {
        var text = "encryptionsalt: v1:abc\n" + Demo.StackText.ReplaceOnce(
            "  proxmoxve:insecure: \"false\"\n",
            "  proxmoxve:insecure: \"false\"\n  proxmoxve:apiToken:\n    secure: v1:AAAA\n  command:shell: [bash]\n  myproject:anything: 1\n  fmjx:notours: yes\n");

        Assert.Empty(Demo.StackFindings(text));
        Assert.Equal("dev", Demo.Cluster(text).Spec.Name);
    }

    [Fact]
    public void KnownClusters_RepositoryRoot_IsTheDevStack()
    {
        Assert.Equal(["dev"], StackFileLoader.KnownClusters(Repository.Root));
    }

    /// <summary>Edits of Pulumi.dev.yaml (from, to) and the one finding each gives.</summary>
    public static TheoryData<string, string, string> EditedStack => new()
    {
        // Missing, unknown and mistyped fmj: keys.
        { "  fmj:bridge: vmbr1\n", "", "Pulumi.dev.yaml(4,3): error FMJ005: 'config.fmj:bridge' is missing: text. Fix: add 'fmj:bridge:' under 'config'." },
        { "  fmj:zfs:\n    pool: tank\n    tenantsDataset: tank/tenants\n", "  fmj:zfs:\n", "Pulumi.dev.yaml(17,11): error FMJ005: 'config.fmj:zfs' has no value: it needs the zpool and the tenants' parent dataset. Fix: write the value after 'fmj:zfs:'." },
        { "  fmj:bridge: vmbr1\n", "  fmj:bridge: vmbr1\n  fmj:bridges: vmbr2\n", $"Pulumi.dev.yaml(17,3): error FMJ002: unknown key 'fmj:bridges' in 'config'. Fix: did you mean 'fmj:bridge'? The keys allowed here are: {FmjKeys}." },
        { "      vmid: 9000\n", "      vmid: 9000\n      file: local:vztmpl/x.tar.zst\n", "Pulumi.dev.yaml(45,7): error FMJ002: unknown key 'file' in 'config.fmj:templates.debian-13'. Fix: remove it; the keys allowed here are: kind, vmid, os." },
        { "      vmid: 9000\n", "", "Pulumi.dev.yaml(43,7): error FMJ005: 'config.fmj:templates.debian-13.vmid' is missing: a whole number. Fix: add 'vmid:' under 'config.fmj:templates.debian-13'." },
        { "fmj:pveMajorVersion: 9", "fmj:pveMajorVersion: 7", "Pulumi.dev.yaml(8,24): error FMJ006: 'config.fmj:pveMajorVersion' is 7, outside 8..9. Fix: choose a value from 8 to 9." },
        { "    memoryOvercommit: 1.0", "    memoryOvercommit: 0.5", "Pulumi.dev.yaml(60,23): error FMJ006: 'config.fmj:capacity.memoryOvercommit' is 0.5, below 1. Fix: choose a value of at least 1." },
        { "    warnPercent: 80", "    warnPercent: \"80%\"", "Pulumi.dev.yaml(62,18): error FMJ004: 'config.fmj:capacity.warnPercent' must be a whole number, but is the text '80%'. Fix: write a number without quotes or units, for example warnPercent: 1." },

        // The API endpoint: https only, and never credentials (which are not repeated).
        { "fmj:apiEndpoint: https://pve-dev", "fmj:apiEndpoint: http://pve-dev", "Pulumi.dev.yaml(7,20): error FMJ006: 'config.fmj:apiEndpoint' is 'http://pve-dev.fmj.example:8006/', which is not an https URL. Fix: write the API address as https://host:8006/ (no credentials in it)." },
        { "fmj:apiEndpoint: https://pve-dev.fmj.example:8006/", "fmj:apiEndpoint: pve-dev.fmj.example", "Pulumi.dev.yaml(7,20): error FMJ006: 'config.fmj:apiEndpoint' is 'pve-dev.fmj.example', which is not an https URL. Fix: write the API address as https://host:8006/ (no credentials in it)." },
        { "fmj:apiEndpoint: https://pve-dev", "fmj:apiEndpoint: https://root@pam:s3cret@pve-dev", "Pulumi.dev.yaml(7,20): error FMJ006: 'config.fmj:apiEndpoint' has credentials in it (not repeated here). Fix: write the API address as https://host:8006/ and set the API token as the secret proxmoxve:apiToken; change the password that was in the file." },
        { "fmj:apiEndpoint: https://pve-dev", "fmj:apiEndpoint: https://root:s3cret@pve-dev", "Pulumi.dev.yaml(7,20): error FMJ006: 'config.fmj:apiEndpoint' has credentials in it (not repeated here). Fix: write the API address as https://host:8006/ and set the API token as the secret proxmoxve:apiToken; change the password that was in the file." },

        // Names that end up in ids, paths and commands.
        { "fmj:cluster: dev", "fmj:cluster: Dev Lab", "Pulumi.dev.yaml(6,16): error FMJ110: 'config.fmj:cluster' is 'Dev Lab', which is not allowed. Fix: use 1 to 63 characters: lowercase letters, digits and '-', not starting or ending with '-'." },
        { "fmj:bridge: vmbr1", "fmj:bridge: vmbr1;reboot", "Pulumi.dev.yaml(16,15): error FMJ110: 'config.fmj:bridge' is 'vmbr1;reboot', which is not allowed. Fix: use a Linux bridge name of at most 15 lowercase letters and digits, such as vmbr1." },
        { "    tenantsDataset: tank/tenants", "    tenantsDataset: tank/ten ants", "Pulumi.dev.yaml(19,21): error FMJ110: 'config.fmj:zfs.tenantsDataset' is 'tank/ten ants', which is not allowed. Fix: use slash-separated names of letters, digits, '_', '.', ':' and '-', such as tank/tenants." },
        { "    debian-13:\n", "    Debian 13:\n", "Pulumi.dev.yaml(42,5): error FMJ110: template name 'Debian 13' is not allowed. Fix: use lowercase letters, digits, '.', '_' and '-', starting with a letter or digit." },
        { "      file: local:vztmpl/debian-13-standard_13.1-2_amd64.tar.zst", "      file: debian-13.tar.zst", "Pulumi.dev.yaml(51,13): error FMJ110: 'config.fmj:templates.debian-13-lxc.file' is 'debian-13.tar.zst', which is not a container template volume id. Fix: write it as storage:vztmpl/file-name, such as local:vztmpl/debian-13-standard_13.1-2_amd64.tar.zst." },
        { "      file: local:vztmpl/debian-13-standard_13.1-2_amd64.tar.zst", "      file: \"local:vztmpl/x.tar.zst;reboot\"", "Pulumi.dev.yaml(51,13): error FMJ110: 'config.fmj:templates.debian-13-lxc.file' is 'local:vztmpl/x.tar.zst;reboot', which is not a container template volume id. Fix: write it as storage:vztmpl/file-name, such as local:vztmpl/debian-13-standard_13.1-2_amd64.tar.zst." },

        // Nodes and resolvers.
        { "    - name: pve3\n", "    - name: pve2\n", "Pulumi.dev.yaml(10,5): error FMJ303: node 'pve2' is listed 2 times. Fix: list each node once." },
        { "      address: 10.10.0.13", "      address: 10.10.0.300", "Pulumi.dev.yaml(15,16): error FMJ006: 'config.fmj:nodes[2].address' is '10.10.0.300', which is not an IPv4 address. Fix: write the node's management address, such as 10.10.0.11." },
        { "    - 10.10.0.54", "    - dns.example", "Pulumi.dev.yaml(54,7): error FMJ006: 'config.fmj:dnsServers[1]' is the text 'dns.example', not an IPv4 address. Fix: write an address such as 10.10.0.53." },

        // Ranges that contradict themselves or each other.
        { "      to: 2999", "      to: 3000", "Pulumi.dev.yaml(21,5): error FMJ303: the public VLAN range 2000..3000 and the private range 3000..3999 overlap. Fix: give the two ranges separate tags." },
        { "      from: 2000", "      from: 3500", "Pulumi.dev.yaml(22,7): error FMJ303: 'config.fmj:vlans.public' runs from 3500 down to 2999. Fix: make 'from' the smaller number." },
        { "      to: 3999", "      to: 4095", "Pulumi.dev.yaml(26,11): error FMJ006: 'config.fmj:vlans.private.to' is 4095, outside 2..4094. Fix: choose a value from 2 to 4094." },
        { "      cidr: 10.64.0.0/14", "      cidr: 198.18.0.0/16", "Pulumi.dev.yaml(28,5): error FMJ303: the public pool 198.18.0.0/17 and the private pool 198.18.0.0/16 overlap. Fix: give the pools separate ranges." },
        { "      prefix: 24", "      prefix: 12", "Pulumi.dev.yaml(33,15): error FMJ303: tenant subnets of /12 are larger than the pool 10.64.0.0/14. Fix: use a prefix of at least /14." },
        { "      - 10.10.0.0/16", "      - 10.10.0.0", "Pulumi.dev.yaml(35,9): error FMJ209: 'config.fmj:addressPools.reserved[0]' is '10.10.0.0': it has no prefix length (write it as address/prefix, e.g. 10.1.2.0/24). Fix: write an IPv4 network such as 10.64.0.0/14." },
        { "      cidr: 198.18.0.0/17", "      cidr: 198.18.1.0/17", "Pulumi.dev.yaml(29,13): error FMJ209: 'config.fmj:addressPools.public.cidr' is '198.18.1.0/17': write it in canonical form: 198.18.0.0/17. Fix: write an IPv4 network such as 10.64.0.0/14." },
        { "    tenantsDataset: tank/tenants", "    tenantsDataset: data/tenants", "Pulumi.dev.yaml(19,21): error FMJ303: 'config.fmj:zfs.tenantsDataset' is 'data/tenants', which is not inside the pool 'tank'. Fix: use a dataset under the pool, such as tank/tenants." },
        { "    tenantsDataset: tank/tenants", "    tenantsDataset: tank", "Pulumi.dev.yaml(19,21): error FMJ303: 'config.fmj:zfs.tenantsDataset' is 'tank', which is not inside the pool 'tank'. Fix: use a dataset under the pool, such as tank/tenants." },
        { "    to: 199999", "    to: 100000", "Pulumi.dev.yaml(38,5): error FMJ303: the VMID range runs from 100000 down to 100000. Fix: make 'from' the smaller number." },
    };

    [Theory]
    [MemberData(nameof(EditedStack))]
    public void Load_EditedStack_ReportsOneFindingAtTheValue(string from, string to, string expected)
    {
        var text = Demo.StackText.ReplaceOnce(from, to);

        Assert.Equal([expected], Demo.StackFindings(text));
    }

    [Fact]
    public void Load_EmptyNodeList_ReportsInvalidCluster()
    {
        var text = Demo.StackText.ReplaceOnce(
            "  fmj:nodes:\n    - name: pve1\n      address: 10.10.0.11\n    - name: pve2\n      address: 10.10.0.12\n    - name: pve3\n      address: 10.10.0.13\n",
            "  fmj:nodes: []\n");

        Assert.Equal(["Pulumi.dev.yaml(9,14): error FMJ303: 'config.fmj:nodes' is empty. Fix: list every node of the cluster."], Demo.StackFindings(text));
    }

    [Fact]
    public void Load_NoConfig_ReportsMissingConfig()
    {
        Assert.Equal(
            ["Pulumi.dev.yaml(1,1): error FMJ005: 'config' is missing: the stack's configuration. Fix: add 'config:' at the top level."],
            Demo.StackFindings("encryptionsalt: v1:abc\n"));
    }

    [Fact]
    public void Load_NoFmjKeys_ReportsEveryMissingKeyAtOnce()
    {
        var findings = Demo.StackFindings("config:\n  proxmoxve:endpoint: https://pve:8006/\n");

        Assert.Equal(
            FmjKeys.Split(", ").Where(key => key is not ("fmj:sshUser" or "fmj:network" or "fmj:haNodePriority" or "fmj:reverseProxy" or "fmj:tenants" or "fmj:sshPrivateKey" or "fmj:reverseProxyPrivateKey")).Select(key => $"Pulumi.dev.yaml(2,3): error FMJ005: 'config.{key}' is missing"),
            findings.Select(f => f[..f.IndexOf(':', f.IndexOf("'config.", StringComparison.Ordinal) + 12)]));
    }

    [Fact]
    public void Load_CredentialsInEndpoint_AreNotRepeatedInAnyFinding()
    {
        var text = Demo.StackText.ReplaceOnce("fmj:apiEndpoint: https://pve-dev", "fmj:apiEndpoint: https://root:s3cret@pve-dev");

        Assert.DoesNotContain(Demo.StackFindings(text), f => f.Contains("s3cret", StringComparison.Ordinal));
    }
}
