using Fmj.Core.Addressing;
using Fmj.Core.Catalogue;
using Fmj.Core.Checks;
using Fmj.Core.Diagnostics;
using Fmj.Core.Gear;
using Fmj.Core.Yaml;

namespace Fmj.Core.Clusters;

/// <summary>
/// Reads the cluster description from the <c>fmj:</c> keys of a stack's configuration. The CLI hands it the keys
/// of <c>Pulumi.&lt;stack&gt;.yaml</c>; the Pulumi program hands it the same keys read through Pulumi config.
/// </summary>
public static class ClusterConfigReader
{
    public const string Namespace = "fmj:";

    /// <summary>Every <c>fmj:</c> key, in the order Pulumi.yaml declares them.</summary>
    public static readonly string[] Keys =
    [
        "fmj:cluster", "fmj:apiEndpoint", "fmj:pveMajorVersion", "fmj:nodes", "fmj:bridge", "fmj:zfs", "fmj:vlans",
        "fmj:addressPools", "fmj:vmids", "fmj:templates", "fmj:dnsServers", "fmj:capacity", "fmj:sshUser",
        NetworkGearReader.Key,
        PlatformServicesConfig.BackupStorageKey, PlatformServicesConfig.HaNodePriorityKey, PlatformServicesConfig.ReverseProxyKey,
    ];

    /// <summary>Keys the Pulumi program reads for itself; allowed in a stack file but not part of the cluster.</summary>
    public static readonly string[] ProgramKeys = ["fmj:tenants", "fmj:sshPrivateKey", PlatformServicesConfig.ReverseProxyPrivateKeyKey];

    /// <summary>The program keys that hold secrets: a stack file may only hold them encrypted.</summary>
    public static readonly string[] SecretKeys = ["fmj:sshPrivateKey", PlatformServicesConfig.ReverseProxyPrivateKeyKey];

    /// <summary>The prefix of the per-tenant bind password secrets, such as fmj:bindPassword-contoso.</summary>
    public const string BindPasswordPrefix = "fmj:bindPassword-";

    /// <summary>
    /// Reads the cluster from Pulumi config values, as the Pulumi program gets them: structured values arrive as
    /// JSON text (which is YAML), plain values as their text. Positions point at the stack file and key.
    /// </summary>
    public static ClusterDocument? ReadPulumiConfig(string stack, Func<string, string?> get, FindingList findings)
    {
        var file = $"Pulumi.{stack}.yaml";
        var entries = new List<YamlEntry>();
        foreach (var key in Keys)
        {
            if (get(key[Namespace.Length..]) is not { } value)
            {
                continue;
            }

            var at = new SourcePosition($"{file} ({key})", 1, 1);
            var node = value.StartsWith('{') || value.StartsWith('[')
                ? YamlDocumentReader.Read(at.File, value, findings)
                : new YamlScalar(at, value, IsPlain: true);
            entries.Add(new YamlEntry(new YamlScalar(at, key, IsPlain: true), node ?? new YamlScalar(at, "", IsPlain: true)));
        }

        var root = new YamlMapping(SourcePosition.StartOf(file), entries);
        return Read(new YamlObjectReader(root, "", findings), root);
    }

    public static ClusterDocument? Read(YamlObjectReader config, YamlMapping root)
    {
        var findings = config.Findings;
        var name = NamedString(config, "fmj:cluster", NameRules.IsDnsLabel, NameRules.DnsLabelRule);
        var endpoint = Endpoint(config);
        var pveMajor = config.WholeNumber("fmj:pveMajorVersion", required: true, min: 8, max: 9);
        var nodes = config.List("fmj:nodes", required: true, "the cluster's nodes", (node, path) => Node(node, path, findings));
        var bridge = NamedString(config, "fmj:bridge", NameRules.IsBridgeName, "a Linux bridge name of at most 15 lowercase letters and digits, such as vmbr1");
        var zfs = Zfs(config.Mapping("fmj:zfs", required: true, "the zpool and the tenants' parent dataset"));
        var vlans = Vlans(config.Mapping("fmj:vlans", required: true, "the public and private VLAN ranges"));
        var pools = Pools(config.Mapping("fmj:addressPools", required: true, "the public and private address pools"));
        var vmids = Vmids(config.Mapping("fmj:vmids", required: true, "the VMID range"));
        var templates = Templates(config.Mapping("fmj:templates", required: true, "the guest templates"));
        var dns = config.List("fmj:dnsServers", required: true, "the shared DNS resolvers", (node, path) => Address(node, path, findings));
        var capacity = Capacity(config.Mapping("fmj:capacity", required: true, "the cluster's capacity"));
        // Trunk ports are checked against the nodes only when the node list itself is sound, so a broken node list is
        // one finding, not one more per switch.
        var soundNodes = nodes is { Count: > 0 } && nodes.Select(n => n.Name).Distinct(StringComparer.Ordinal).Count() == nodes.Count ? nodes : null;
        var network = NetworkGearReader.Read(config, soundNodes, vlans);
        var sshUser = config.Text("fmj:sshUser", required: false) ?? "root";
        if (!NameRules.IsDnsLabel(sshUser))
        {
            findings.Error(FindingCodes.UnsafeName, config.PositionOf("fmj:sshUser"), $"'fmj:sshUser' is '{sshUser}', which is not a user name FMJ accepts.", "use a plain lowercase user name such as root or fmj.");
        }

        var backupStorage = PlatformServicesConfig.BackupStorage(config);
        var haNodePriority = PlatformServicesConfig.HaNodePriority(config, nodes);
        var reverseProxy = PlatformServicesConfig.ReverseProxy(config);

        foreach (var key in config.Keys().Where(k => SecretKeys.Contains(k) || k.StartsWith(BindPasswordPrefix, StringComparison.Ordinal) || NetworkGearReader.IsSecretKey(k)))
        {
            // A secret in a stack file is a mapping {secure: <ciphertext>}; anything else is a password in plain text.
            if (config.Node(key) is not YamlMapping { Entries: [{ Key.Value: "secure" }] })
            {
                findings.Error(FindingCodes.InvalidValue, config.KeyPositionOf(key), $"'{key}' is in plain text in the stack file.", $"remove the line and run: pulumi config set --secret {key} <value>");
            }
        }

        config.Finish([.. Keys, .. ProgramKeys, .. config.Keys().Where(k => k.StartsWith(BindPasswordPrefix, StringComparison.Ordinal) || NetworkGearReader.IsSecretKey(k))]);

        if (nodes is { Count: 0 })
        {
            findings.Error(FindingCodes.InvalidCluster, config.PositionOf("fmj:nodes"), $"'{config.PathOf("fmj:nodes")}' is empty.", "list every node of the cluster.");
        }

        if (nodes is not null)
        {
            foreach (var group in nodes.GroupBy(n => n.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                findings.Error(FindingCodes.InvalidCluster, config.PositionOf("fmj:nodes"), $"node '{group.Key}' is listed {group.Count()} times.", "list each node once.");
            }
        }

        if (name is null || endpoint is null || pveMajor is null || nodes is null || bridge is null || zfs is null || vlans is null
            || pools is null || vmids is null || templates is null || dns is null || capacity is null || network is null || backupStorage is null || findings.HasErrors)
        {
            return null;
        }

        return new ClusterDocument(new ClusterSpec
        {
            Name = name,
            ApiEndpoint = endpoint,
            PveMajorVersion = pveMajor.Value,
            Nodes = nodes,
            Bridge = bridge,
            Zfs = zfs,
            Vlans = vlans,
            AddressPools = pools,
            Vmids = vmids,
            Templates = templates,
            DnsServers = dns,
            Capacity = capacity,
            SshUser = sshUser,
            Network = network,
            BackupStorage = backupStorage,
            HaNodePriority = haNodePriority,
            ReverseProxy = reverseProxy,
        }, root);
    }

    private static string? NamedString(YamlObjectReader reader, string key, Func<string, bool> isValid, string rule)
    {
        var value = reader.Text(key, required: true);
        if (value is not null && !isValid(value))
        {
            reader.Findings.Error(FindingCodes.UnsafeName, reader.PositionOf(key), $"'{reader.PathOf(key)}' is '{value}', which is not allowed.", $"use {rule}.");
            return null;
        }

        return value;
    }

    private static string? Endpoint(YamlObjectReader reader)
    {
        var value = reader.Text("fmj:apiEndpoint", required: true);
        if (value is null)
        {
            return null;
        }

        // Credentials written into the URL are never repeated: findings end up in CI logs.
        if (value.Contains('@', StringComparison.Ordinal))
        {
            reader.Findings.Error(FindingCodes.InvalidValue, reader.PositionOf("fmj:apiEndpoint"), $"'{reader.PathOf("fmj:apiEndpoint")}' has credentials in it (not repeated here).", "write the API address as https://host:8006/ and set the API token as the secret proxmoxve:apiToken; change the password that was in the file.");
            return null;
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps || !string.IsNullOrEmpty(uri.UserInfo))
        {
            reader.Findings.Error(FindingCodes.InvalidValue, reader.PositionOf("fmj:apiEndpoint"), $"'{reader.PathOf("fmj:apiEndpoint")}' is '{value}', which is not an https URL.", "write the API address as https://host:8006/ (no credentials in it).");
            return null;
        }

        return value;
    }

    private static ClusterNode? Node(YamlNode node, string path, FindingList findings)
    {
        var reader = YamlObjectReader.From(node, path, "a node with its name and address", findings);
        if (reader is null)
        {
            return null;
        }

        var name = NamedString(reader, "name", NameRules.IsDnsLabel, NameRules.DnsLabelRule);
        var address = reader.Text("address", required: true);
        reader.Finish(["name", "address"]);
        if (address is not null && !Ipv4Network.TryParseAddress(address, out _))
        {
            findings.Error(FindingCodes.InvalidValue, reader.PositionOf("address"), $"'{path}.address' is '{address}', which is not an IPv4 address.", "write the node's management address, such as 10.10.0.11.");
            return null;
        }

        return name is null || address is null ? null : new ClusterNode(name, address);
    }

    private static string? Address(YamlNode node, string path, FindingList findings)
    {
        if (node is YamlScalar { Kind: YamlScalarKind.Text } scalar && Ipv4Network.TryParseAddress(scalar.Value, out _))
        {
            return scalar.Value;
        }

        findings.Error(FindingCodes.InvalidValue, node.Position, $"'{path}' is {YamlObjectReader.KindOf(node)}, not an IPv4 address.", "write an address such as 10.10.0.53.");
        return null;
    }

    private static ZfsLayout? Zfs(YamlObjectReader? reader)
    {
        if (reader is null)
        {
            return null;
        }

        var pool = NamedString(reader, "pool", NameRules.IsDatasetPath, NameRules.DatasetPathRule);
        var parent = NamedString(reader, "tenantsDataset", NameRules.IsDatasetPath, NameRules.DatasetPathRule);
        reader.Finish(["pool", "tenantsDataset"]);
        if (pool is not null && parent is not null && !parent.StartsWith(pool + "/", StringComparison.Ordinal))
        {
            reader.Findings.Error(FindingCodes.InvalidCluster, reader.PositionOf("tenantsDataset"), $"'{reader.PathOf("tenantsDataset")}' is '{parent}', which is not inside the pool '{pool}'.", $"use a dataset under the pool, such as {pool}/tenants.");
            return null;
        }

        return pool is null || parent is null ? null : new ZfsLayout(pool, parent);
    }

    private static VlanRanges? Vlans(YamlObjectReader? reader)
    {
        if (reader is null)
        {
            return null;
        }

        var pub = Range(reader.Mapping("public", required: true, "the public VLAN range"), 2, 4094);
        var prv = Range(reader.Mapping("private", required: true, "the private VLAN range"), 2, 4094);
        reader.Finish(["public", "private"]);
        if (pub is not null && prv is not null && pub.From <= prv.To && prv.From <= pub.To)
        {
            reader.Findings.Error(FindingCodes.InvalidCluster, reader.Position, $"the public VLAN range {pub} and the private range {prv} overlap.", "give the two ranges separate tags.");
            return null;
        }

        return pub is null || prv is null ? null : new VlanRanges(pub, prv);
    }

    private static IntRange? Range(YamlObjectReader? reader, int min, int max)
    {
        if (reader is null)
        {
            return null;
        }

        var from = reader.WholeNumber("from", required: true, min, max);
        var to = reader.WholeNumber("to", required: true, min, max);
        reader.Finish(["from", "to"]);
        if (from is not null && to is not null && from > to)
        {
            reader.Findings.Error(FindingCodes.InvalidCluster, reader.Position, $"'{reader.Path}' runs from {from} down to {to}.", "make 'from' the smaller number.");
            return null;
        }

        return from is null || to is null ? null : new IntRange(from.Value, to.Value);
    }

    private static AddressPools? Pools(YamlObjectReader? reader)
    {
        if (reader is null)
        {
            return null;
        }

        var pub = Pool(reader.Mapping("public", required: true, "the public address pool"));
        var prv = Pool(reader.Mapping("private", required: true, "the private address pool"));
        var reserved = new List<Ipv4Network>();
        var reservedNode = reader.Node("reserved");
        if (reservedNode is YamlSequence list)
        {
            for (var i = 0; i < list.Items.Count; i++)
            {
                if (Network(list.Items[i], $"{reader.PathOf("reserved")}[{i}]", reader.Findings) is { } network)
                {
                    reserved.Add(network);
                }
            }
        }
        else if (reservedNode is not null and not YamlScalar { Kind: YamlScalarKind.Null })
        {
            reader.Findings.Error(FindingCodes.WrongType, reservedNode.Position, $"'{reader.PathOf("reserved")}' must be a list of networks, but is {YamlObjectReader.KindOf(reservedNode)}.", "write each network on its own line starting with '- '.");
        }

        reader.Finish(["public", "private", "reserved"]);
        if (pub is not null && prv is not null && pub.Network.Overlaps(prv.Network))
        {
            reader.Findings.Error(FindingCodes.InvalidCluster, reader.Position, $"the public pool {pub.Network} and the private pool {prv.Network} overlap.", "give the pools separate ranges.");
            return null;
        }

        return pub is null || prv is null ? null : new AddressPools(pub, prv, reserved);
    }

    private static AddressPool? Pool(YamlObjectReader? reader)
    {
        if (reader is null)
        {
            return null;
        }

        var cidr = reader.Node("cidr");
        var network = cidr is null ? null : Network(cidr, reader.PathOf("cidr"), reader.Findings);
        if (cidr is null)
        {
            reader.Missing("cidr", "the pool's network, such as 10.64.0.0/14");
        }

        var prefix = reader.WholeNumber("prefix", required: true, min: 8, max: 29);
        reader.Finish(["cidr", "prefix"]);
        if (network is { } n && prefix is { } p && p < n.PrefixLength)
        {
            reader.Findings.Error(FindingCodes.InvalidCluster, reader.PositionOf("prefix"), $"tenant subnets of /{p} are larger than the pool {n}.", $"use a prefix of at least /{n.PrefixLength}.");
            return null;
        }

        return network is null || prefix is null ? null : new AddressPool(network.Value, prefix.Value);
    }

    private static Ipv4Network? Network(YamlNode node, string path, FindingList findings)
    {
        if (node is YamlScalar { Kind: YamlScalarKind.Text } scalar)
        {
            if (Ipv4Network.TryParse(scalar.Value, out var network, out var problem))
            {
                return network;
            }

            findings.Error(FindingCodes.InvalidSubnet, node.Position, $"'{path}' is '{scalar.Value}': {problem}.", "write an IPv4 network such as 10.64.0.0/14.");
            return null;
        }

        findings.Error(FindingCodes.WrongType, node.Position, $"'{path}' must be an IPv4 network, but is {YamlObjectReader.KindOf(node)}.", "write an IPv4 network such as 10.64.0.0/14.");
        return null;
    }

    private static VmidRange? Vmids(YamlObjectReader? reader)
    {
        if (reader is null)
        {
            return null;
        }

        var from = reader.WholeNumber("from", required: true, min: 100, max: 999_999_999);
        var to = reader.WholeNumber("to", required: true, min: 100, max: 999_999_999);
        var block = reader.WholeNumber("blockSize", required: true, min: 20, max: 10_000);
        reader.Finish(["from", "to", "blockSize"]);
        if (from is not null && to is not null && from >= to)
        {
            reader.Findings.Error(FindingCodes.InvalidCluster, reader.Position, $"the VMID range runs from {from} down to {to}.", "make 'from' the smaller number.");
            return null;
        }

        return from is null || to is null || block is null ? null : new VmidRange(from.Value, to.Value, block.Value);
    }

    private static Dictionary<string, GuestTemplate>? Templates(YamlObjectReader? reader)
    {
        if (reader is null)
        {
            return null;
        }

        var templates = new Dictionary<string, GuestTemplate>(StringComparer.Ordinal);
        foreach (var name in reader.Keys().ToList())
        {
            var template = reader.Mapping(name, required: true, "a template");
            if (!NameRules.IsTemplateName(name))
            {
                reader.Findings.Error(FindingCodes.UnsafeName, reader.KeyPositionOf(name), $"template name '{name}' is not allowed.", $"use {NameRules.TemplateNameRule}.");
                continue;
            }

            if (template is null)
            {
                continue;
            }

            var kind = template.Choice("kind", required: true, "vm", "container");
            var vmid = kind == "vm" ? template.WholeNumber("vmid", required: true, min: 100, max: 999_999_999) : null;
            var file = kind == "container" ? template.Text("file", required: true) : null;
            var os = kind == "vm" ? template.Choice("os", required: false, "l26", "win11", "win10") ?? "l26" : "l26";
            template.Finish(kind == "vm" ? ["kind", "vmid", "os"] : ["kind", "file"]);
            if (file is not null && !NameRules.IsContainerTemplateFile(file))
            {
                reader.Findings.Error(FindingCodes.UnsafeName, template.PositionOf("file"), $"'{template.PathOf("file")}' is '{file}', which is not a container template volume id.", "write it as storage:vztmpl/file-name, such as local:vztmpl/debian-13-standard_13.1-2_amd64.tar.zst.");
                continue;
            }

            if (kind == "vm" && vmid is not null)
            {
                templates.Add(name, new GuestTemplate(name, GuestKind.Vm, vmid, null, os));
            }
            else if (kind == "container" && file is not null)
            {
                templates.Add(name, new GuestTemplate(name, GuestKind.Container, null, file, os));
            }
        }

        return templates;
    }

    private static ClusterCapacity? Capacity(YamlObjectReader? reader)
    {
        if (reader is null)
        {
            return null;
        }

        var vcpu = reader.WholeNumber("vcpu", required: true, min: 1);
        var memory = reader.WholeNumber("memoryGb", required: true, min: 1);
        var storage = reader.WholeNumber("storageGb", required: true, min: 1);
        var cpuRatio = reader.Number("cpuOvercommit", required: true, min: 1);
        var memoryRatio = reader.Number("memoryOvercommit", required: true, min: 1);
        var storageRatio = reader.Number("storageOvercommit", required: true, min: 1);
        var warn = reader.WholeNumber("warnPercent", required: true, min: 1, max: 100);
        reader.Finish(["vcpu", "memoryGb", "storageGb", "cpuOvercommit", "memoryOvercommit", "storageOvercommit", "warnPercent"]);
        return vcpu is null || memory is null || storage is null || cpuRatio is null || memoryRatio is null || storageRatio is null || warn is null
            ? null
            : new ClusterCapacity(vcpu.Value, memory.Value, storage.Value, cpuRatio.Value, memoryRatio.Value, storageRatio.Value, warn.Value);
    }
}
