using Fmj.Core.Addressing;
using Fmj.Core.Checks;
using Fmj.Core.Diagnostics;
using Fmj.Core.Yaml;

namespace Fmj.Core.Clusters;

/// <summary>The kinds of shared reverse proxy FMJ runs; each keeps a tenant's configuration in its own directory.</summary>
public enum ReverseProxyKind
{
    Caddy,
    Nginx,
    Traefik,
}

/// <summary>
/// The shared reverse proxy tenants get an account on: the host FMJ reaches over SSH as <see cref="User"/> (root, or
/// a user with passwordless sudo), and the host key to pin when the stack file gives one.
/// </summary>
public sealed record ReverseProxyHost(string Host, int Port, string User, ReverseProxyKind Kind, string? HostKey);

/// <summary>The platform services' keys of a stack: backup storage, HA node preferences and the shared reverse proxy.</summary>
public static class PlatformServicesConfig
{
    public const string BackupStorageKey = "fmj:backupStorage";
    public const string HaNodePriorityKey = "fmj:haNodePriority";
    public const string ReverseProxyKey = "fmj:reverseProxy";
    public const string ReverseProxyPrivateKeyKey = "fmj:reverseProxyPrivateKey";

    public static readonly string[] ReverseProxyKeys = ["host", "kind", "user", "port", "hostKey"];

    public static string? BackupStorage(YamlObjectReader config)
    {
        var value = config.Text(BackupStorageKey, required: true);
        if (value is not null && !NameRules.IsStorageId(value))
        {
            config.Findings.Error(FindingCodes.UnsafeName, config.PositionOf(BackupStorageKey), $"'{BackupStorageKey}' is '{value}', which is not a storage id.", $"use {NameRules.StorageIdRule}.");
            return null;
        }

        return value;
    }

    /// <summary>Node → HA priority (higher is preferred); null when the stack file leaves placement to each tenant's node order.</summary>
    public static IReadOnlyDictionary<string, int>? HaNodePriority(YamlObjectReader config, IReadOnlyList<ClusterNode>? nodes)
    {
        var reader = config.Mapping(HaNodePriorityKey, required: false, "each node's HA priority");
        if (reader is null)
        {
            return null;
        }

        var priorities = new Dictionary<string, int>(StringComparer.Ordinal);
        var keys = reader.Keys().ToList();
        foreach (var node in keys)
        {
            var priority = reader.WholeNumber(node, required: true, min: 0, max: 1000);
            if (nodes is not null && !nodes.Any(n => n.Name == node))
            {
                config.Findings.Error(FindingCodes.InvalidCluster, reader.KeyPositionOf(node), $"'{HaNodePriorityKey}' names node '{node}', which is not in 'fmj:nodes'.", $"use the cluster's nodes: {string.Join(", ", nodes.Select(n => n.Name))}.");
            }
            else if (priority is { } value)
            {
                priorities[node] = value;
            }
        }

        reader.Finish(keys);
        return priorities;
    }

    public static ReverseProxyHost? ReverseProxy(YamlObjectReader config)
    {
        var reader = config.Mapping(ReverseProxyKey, required: false, "the shared reverse proxy");
        if (reader is null)
        {
            return null;
        }

        var before = config.Findings.Items.Count;
        var host = reader.Text("host", required: true);
        var kind = reader.Choice("kind", required: true, "caddy", "nginx", "traefik");
        var user = reader.Text("user", required: false) ?? "root";
        var port = reader.WholeNumber("port", required: false, min: 1, max: 65535) ?? 22;
        var hostKey = reader.Text("hostKey", required: false);
        reader.Finish(ReverseProxyKeys);
        if (host is not null && !NameRules.IsHostName(host) && !Ipv4Network.TryParseAddress(host, out _))
        {
            config.Findings.Error(FindingCodes.UnsafeDomain, reader.PositionOf("host"), $"'{reader.PathOf("host")}' is '{host}', which is not a host name or IPv4 address.", "write the proxy's DNS name or management address, such as 10.10.0.20.");
        }

        if (!NameRules.IsDnsLabel(user))
        {
            config.Findings.Error(FindingCodes.UnsafeName, reader.PositionOf("user"), $"'{reader.PathOf("user")}' is '{user}', which is not a user name FMJ accepts.", "use a plain lowercase user name such as root or fmj.");
        }

        if (hostKey is not null && !NameRules.IsSshHostKey(hostKey))
        {
            config.Findings.Error(FindingCodes.InvalidValue, reader.PositionOf("hostKey"), $"'{reader.PathOf("hostKey")}' is not an SSH host key.", $"write {NameRules.SshHostKeyRule}.");
        }

        if (host is null || kind is null || config.Findings.Items.Skip(before).Any(f => f.IsError))
        {
            return null;
        }

        return new ReverseProxyHost(host, port, user, Enum.Parse<ReverseProxyKind>(kind, ignoreCase: true), hostKey);
    }
}
