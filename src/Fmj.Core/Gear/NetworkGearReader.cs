using Fmj.Core.Clusters;
using Fmj.Core.Diagnostics;
using Fmj.Core.Yaml;

namespace Fmj.Core.Gear;

/// <summary>
/// Reads <c>fmj:network</c>: <c>mode: sdn</c> (the default when the key is absent), or <c>mode: uplink</c> with a
/// router and one or more switches, each reached over SSH with a dialect FMJ speaks. Everything that will reach
/// a device's command line is checked here, so a bad value is a finding, never a command.
/// </summary>
public static class NetworkGearReader
{
    public const string Key = "fmj:network";

    public const string PasswordPrefix = "fmj:devicePassword-";

    public const string PrivateKeyPrefix = "fmj:deviceKey-";

    /// <summary>IOS keeps VLANs 1002-1005 for itself (FDDI and Token Ring defaults); tenants cannot have them.</summary>
    public static readonly IntRange IosReservedVlans = new(1002, 1005);

    private static readonly string[] DeviceKeys = ["name", "dialect", "host", "port", "user", "hostKey"];

    private static readonly string[] GearKeys = ["mode", "router", "switches"];

    /// <summary>Whether a stack key holds a device credential, which must be a Pulumi secret.</summary>
    public static bool IsSecretKey(string key) =>
        key.StartsWith(PasswordPrefix, StringComparison.Ordinal) || key.StartsWith(PrivateKeyPrefix, StringComparison.Ordinal);

    /// <summary>Reads the network gear; null when anything is wrong (every problem is a finding).</summary>
    public static NetworkGear? Read(YamlObjectReader config, IReadOnlyList<ClusterNode>? nodes, VlanRanges? vlans)
    {
        var findings = config.Findings;
        if (config.Node(Key) is null or YamlScalar { Kind: YamlScalarKind.Null })
        {
            return NetworkGear.Sdn;
        }

        var reader = config.Mapping(Key, required: false, "the network mode and devices");
        if (reader is null)
        {
            return null;
        }

        var before = findings.Items.Count;
        var mode = reader.Choice("mode", required: true, "sdn", "uplink");
        if (mode != "uplink")
        {
            foreach (var key in GearKeys.Skip(1).Where(reader.Has))
            {
                _ = reader.Node(key);
                findings.Error(FindingCodes.InvalidValue, reader.KeyPositionOf(key), $"'{reader.PathOf(key)}' is given, but the mode is '{mode ?? "missing"}'.", "set 'mode: uplink' to have FMJ configure the devices, or remove the key: in sdn mode no device is touched.");
            }

            reader.Finish(GearKeys);
            return mode == "sdn" && findings.Items.Count == before ? NetworkGear.Sdn : null;
        }

        var router = Router(reader.Mapping("router", required: true, "the router that gets a sub-interface per tenant subnet"));
        var switches = reader.List("switches", required: true, "the switches between the router and the nodes", (node, path) => Switch(node, path, nodes, findings));
        reader.Finish(GearKeys);
        if (switches is { Count: 0 })
        {
            findings.Error(FindingCodes.InvalidCluster, reader.PositionOf("switches"), $"'{reader.PathOf("switches")}' is empty.", "list the switches between the router and the nodes.");
        }

        var gear = router is null || switches is null ? null : new NetworkGear(NetworkMode.Uplink, router, switches);
        if (gear is not null)
        {
            foreach (var group in gear.Devices.GroupBy(d => d.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                findings.Error(FindingCodes.InvalidCluster, reader.Position, $"device name '{group.Key}' is used {group.Count()} times in '{reader.Path}'.", "give every device its own name: its secrets and Pulumi resources are named after it.");
            }

            if (vlans is not null && gear.Devices.Any(d => d.Dialect == IosDialect.Instance.Name))
            {
                foreach (var (range, role) in new[] { (vlans.Public, "public"), (vlans.Private, "private") })
                {
                    if (range.From <= IosReservedVlans.To && IosReservedVlans.From <= range.To)
                    {
                        findings.Error(FindingCodes.InvalidCluster, config.PositionOf("fmj:vlans"), $"the {role} VLAN range {range} includes {IosReservedVlans}, which IOS devices reserve.", $"move the {role} range clear of {IosReservedVlans}.");
                    }
                }
            }
        }

        return findings.Items.Count == before ? gear : null;
    }

    private static RouterSpec? Router(YamlObjectReader? reader)
    {
        if (reader is null)
        {
            return null;
        }

        var (device, dialect) = Device(reader);
        var parent = Interface(reader, "parentInterface", dialect, "the interface towards the switch that carries the sub-interfaces, such as eth1 or GigabitEthernet0/0");
        reader.Finish([.. DeviceKeys, "parentInterface"]);
        return device is null || parent is null ? null : new RouterSpec(device, parent);
    }

    private static SwitchSpec? Switch(YamlNode node, string path, IReadOnlyList<ClusterNode>? nodes, FindingList findings)
    {
        var reader = YamlObjectReader.From(node, path, "a switch", findings);
        if (reader is null)
        {
            return null;
        }

        var before = findings.Items.Count;
        var (device, dialect) = Device(reader);
        var bridge = Bridge(reader, dialect);
        var routerTrunk = Interface(reader, "routerTrunk", dialect, "the port to the router, such as TenGigabitEthernet1/0/1 or eth1");
        var trunks = NodeTrunks(reader.Mapping("nodeTrunks", required: true, "the port to each cluster node"), dialect, nodes);
        reader.Finish([.. DeviceKeys, "bridge", "routerTrunk", "nodeTrunks"]);
        if (routerTrunk is not null && trunks is not null)
        {
            var ports = trunks.Select(t => t.Port).Prepend(routerTrunk).ToList();
            foreach (var group in ports.GroupBy(p => p, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            {
                findings.Error(FindingCodes.InvalidCluster, reader.Position, $"port '{group.Key}' is used {group.Count()} times on switch '{device?.Name}'.", "give the router and every node a port of its own.");
            }
        }

        return device is null || routerTrunk is null || trunks is null || findings.Items.Count != before
            ? null
            : new SwitchSpec(device, bridge, routerTrunk, trunks);
    }

    private static (DeviceConnection? Device, IDeviceDialect? Dialect) Device(YamlObjectReader reader)
    {
        var findings = reader.Findings;
        var name = Checked(reader, "name", DeviceRules.IsDeviceName, FindingCodes.UnsafeName, DeviceRules.DeviceNameRule);
        var dialectName = reader.Choice("dialect", required: true, DeviceDialects.Names);
        var host = Checked(reader, "host", DeviceRules.IsHost, FindingCodes.UnsafeDomain, DeviceRules.HostRule);
        var port = reader.Has("port") ? reader.WholeNumber("port", required: true, min: 1, max: 65535) : 22;
        var user = Checked(reader, "user", DeviceRules.IsUser, FindingCodes.UnsafeName, DeviceRules.UserRule);
        string? hostKey = null;
        var hostKeyValid = true;
        if (reader.Has("hostKey"))
        {
            hostKey = reader.Text("hostKey", required: true);
            hostKeyValid = hostKey is not null && DeviceRules.IsHostKey(hostKey);
            if (hostKey is not null && !hostKeyValid)
            {
                findings.Error(FindingCodes.InvalidValue, reader.PositionOf("hostKey"), $"'{reader.PathOf("hostKey")}' is not an SSH public key FMJ can pin.", $"write {DeviceRules.HostKeyRule}.");
            }
        }

        var dialect = dialectName is null ? null : DeviceDialects.Get(dialectName);
        return name is null || dialect is null || host is null || port is null || user is null || !hostKeyValid
            ? (null, dialect)
            : (new DeviceConnection(name, dialect.Name, host, port.Value, user, hostKey), dialect);
    }

    private static string? Interface(YamlObjectReader reader, string key, IDeviceDialect? dialect, string what)
    {
        var value = reader.Text(key, required: true);
        if (value is null || dialect is null)
        {
            return null;
        }

        if (!dialect.IsInterface(value))
        {
            reader.Findings.Error(FindingCodes.UnsafeName, reader.PositionOf(key), $"'{reader.PathOf(key)}' is '{Shown(value)}', which is not a {dialect.Name} interface FMJ accepts ({what}).", $"use {dialect.InterfaceRule}.");
            return null;
        }

        return value;
    }

    private static string? Bridge(YamlObjectReader reader, IDeviceDialect? dialect)
    {
        if (!reader.Has("bridge"))
        {
            return dialect?.DefaultBridge;
        }

        var value = reader.Text("bridge", required: true);
        if (value is null || dialect is null)
        {
            return null;
        }

        if (dialect.DefaultBridge is null)
        {
            reader.Findings.Error(FindingCodes.InvalidValue, reader.KeyPositionOf("bridge"), $"'{reader.PathOf("bridge")}' is given, but {dialect.Name} switches have no bridge.", "remove it.");
            return null;
        }

        if (!dialect.IsBridge(value))
        {
            reader.Findings.Error(FindingCodes.UnsafeName, reader.PositionOf("bridge"), $"'{reader.PathOf("bridge")}' is '{Shown(value)}', which is not a {dialect.Name} bridge FMJ accepts.", $"use {DeviceRules.VyosBridgeRule}.");
            return null;
        }

        return value;
    }

    private static List<NodeTrunk>? NodeTrunks(YamlObjectReader? reader, IDeviceDialect? dialect, IReadOnlyList<ClusterNode>? nodes)
    {
        if (reader is null)
        {
            return null;
        }

        var findings = reader.Findings;
        var before = findings.Items.Count;
        var trunks = new List<NodeTrunk>();
        var keys = reader.Keys().ToList();
        foreach (var node in keys)
        {
            var port = Interface(reader, node, dialect, $"the port to node {node}");
            if (nodes is not null && !nodes.Any(n => n.Name == node))
            {
                findings.Error(FindingCodes.InvalidCluster, reader.KeyPositionOf(node), $"'{reader.Path}' names node '{Shown(node)}', which is not in 'fmj:nodes'.", $"use the cluster's node names: {string.Join(", ", nodes.Select(n => n.Name))}.");
            }
            else if (port is not null)
            {
                trunks.Add(new NodeTrunk(node, port));
            }
        }

        reader.Finish(keys);
        var missing = nodes?.Where(n => !keys.Contains(n.Name, StringComparer.Ordinal)).Select(n => n.Name).ToList() ?? [];
        if (missing.Count > 0)
        {
            findings.Error(FindingCodes.InvalidCluster, reader.Position, $"'{reader.Path}' has no port for node(s) {string.Join(", ", missing)}.", "give every cluster node its trunk port: tenant guests can run on any node.");
        }

        return findings.Items.Count == before ? trunks : null;
    }

    private static string? Checked(YamlObjectReader reader, string key, Func<string, bool> isValid, FindingCode code, string rule)
    {
        var value = reader.Text(key, required: true);
        if (value is not null && !isValid(value))
        {
            reader.Findings.Error(code, reader.PositionOf(key), $"'{reader.PathOf(key)}' is '{Shown(value)}', which is not allowed.", $"use {rule}.");
            return null;
        }

        return value;
    }

    /// <summary>A refused value as a finding shows it: on one line, so a hostile value cannot forge more output.</summary>
    private static string Shown(string value) => value.ReplaceLineEndings("\\n");
}
