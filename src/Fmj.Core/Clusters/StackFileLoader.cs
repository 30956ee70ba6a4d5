using Fmj.Core.Diagnostics;
using Fmj.Core.Yaml;

namespace Fmj.Core.Clusters;

/// <summary>Reads the cluster description from a <c>Pulumi.&lt;stack&gt;.yaml</c> file, for the offline CLI.</summary>
public static class StackFileLoader
{
    public static string FileName(string stack) => $"Pulumi.{stack}.yaml";

    public static ClusterDocument? Load(string displayPath, string text, FindingList findings)
    {
        var root = YamlObjectReader.From(YamlDocumentReader.Read(displayPath, text, findings), "", "a Pulumi stack file", findings);
        var config = root?.Mapping("config", required: true, "the stack's configuration");
        if (root is null || config is null)
        {
            return null;
        }

        // Only the fmj: keys are ours; provider settings (proxmoxve:, command:) and Pulumi's own keys pass through.
        var fmj = new YamlMapping(
            config.Position,
            ((YamlMapping)root.Node("config")!).Entries.Where(e => e.Key.Value.StartsWith(ClusterConfigReader.Namespace, StringComparison.Ordinal)).ToList());
        // Read under the path 'config', so that findings name the keys as the file nests them and hints say where to add one.
        var cluster = ClusterConfigReader.Read(new YamlObjectReader(fmj, "config", findings), fmj);

        // The provider's own endpoint setting, when present, must name the same cluster as fmj:apiEndpoint.
        var providerEndpoint = ((YamlMapping)root.Node("config")!).Entries.FirstOrDefault(e => e.Key.Value == "proxmoxve:endpoint");
        if (cluster is not null && providerEndpoint?.Value is YamlScalar endpoint && endpoint.Value != cluster.Spec.ApiEndpoint)
        {
            findings.Error(FindingCodes.InvalidCluster, endpoint.Position, $"'proxmoxve:endpoint' is '{endpoint.Value}' but 'fmj:apiEndpoint' is '{cluster.Spec.ApiEndpoint}'.", "make the two endpoints the same: one stack is one cluster.");
            return null;
        }

        return cluster;
    }

    /// <summary>
    /// The clusters that have a stack: the <c>fmj:cluster</c> of every <c>Pulumi.*.yaml</c> in <paramref name="directory"/>.
    /// A tenant naming any other cluster is an error; one naming another known cluster is simply not this stack's.
    /// </summary>
    public static IReadOnlySet<string> KnownClusters(string directory)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(directory, "Pulumi.*.yaml"))
        {
            var ignored = new FindingList();
            if (YamlDocumentReader.Read(path, YamlFile.ReadText(path), ignored) is YamlMapping root
                && root.Entries.FirstOrDefault(e => e.Key.Value == "config")?.Value is YamlMapping config
                && config.Entries.FirstOrDefault(e => e.Key.Value == "fmj:cluster")?.Value is YamlScalar { Kind: YamlScalarKind.Text } name)
            {
                names.Add(name.Value);
            }
        }

        return names;
    }
}
