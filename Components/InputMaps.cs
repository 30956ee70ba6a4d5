using Pulumi;

namespace FmjInfra.Components;

/// <summary>Plan dictionaries as provider map inputs (node priorities, backup retention).</summary>
internal static class InputMaps
{
    public static InputMap<T> From<T>(IEnumerable<KeyValuePair<string, T>> entries)
    {
        var map = new InputMap<T>();
        foreach (var (key, value) in entries)
        {
            map.Add(key, value);
        }

        return map;
    }
}
