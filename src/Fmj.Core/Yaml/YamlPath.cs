using System.Globalization;
using Fmj.Core.Diagnostics;

namespace Fmj.Core.Yaml;

/// <summary>
/// Finds the position of a value by its path (<c>machines[2].vcpu</c>), so checks that run on plain records can
/// still point at the line and column the value came from. Falls back to the nearest ancestor that exists.
/// </summary>
public static class YamlPath
{
    public static SourcePosition Locate(YamlNode root, string path)
    {
        var node = root;
        foreach (var segment in Segments(path))
        {
            YamlNode? next = segment switch
            {
                int index when node is YamlSequence s && index < s.Items.Count => s.Items[index],
                string key when node is YamlMapping m => m.Entries.FirstOrDefault(e => e.Key.Value == key)?.Value,
                _ => null,
            };
            if (next is null)
            {
                break;
            }

            node = next;
        }

        return node.Position;
    }

    private static IEnumerable<object> Segments(string path)
    {
        foreach (var part in path.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            yield return bracket < 0 ? part : part[..bracket];
            while (bracket >= 0)
            {
                var close = part.IndexOf(']', bracket);
                yield return int.Parse(part.AsSpan(bracket + 1, close - bracket - 1), CultureInfo.InvariantCulture);
                bracket = part.IndexOf('[', close);
            }
        }
    }
}
