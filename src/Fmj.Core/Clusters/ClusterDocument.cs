using Fmj.Core.Diagnostics;
using Fmj.Core.Yaml;

namespace Fmj.Core.Clusters;

/// <summary>A cluster read from its stack configuration, with the YAML it came from so findings can point into it.</summary>
public sealed record ClusterDocument(ClusterSpec Spec, YamlNode Root)
{
    public SourcePosition At(string path) => YamlPath.Locate(Root, path);
}
