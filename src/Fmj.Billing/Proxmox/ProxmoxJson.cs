using System.Globalization;
using System.Text.Json;

namespace Fmj.Billing.Proxmox;

/// <summary>
/// Reads the API's <c>{"data": ...}</c> envelopes by hand rather than by binding: Proxmox writes booleans as 0/1,
/// leaves out unknown values, and older versions quote some numbers.
/// </summary>
internal static class ProxmoxJson
{
    public static IReadOnlyList<ClusterResource> Resources(JsonElement data)
    {
        var resources = new List<ClusterResource>();
        foreach (var entry in Array(data))
        {
            if (Text(entry, "id") is not { } id || Text(entry, "type") is not { } type)
            {
                continue;
            }

            resources.Add(new ClusterResource
            {
                Id = id,
                Type = type,
                VmId = Number(entry, "vmid") is { } vmid ? (int)vmid : null,
                Name = Text(entry, "name"),
                Node = Text(entry, "node"),
                Pool = Text(entry, "pool") is { Length: > 0 } pool ? pool : null,
                Status = Text(entry, "status"),
                Template = Number(entry, "template") is > 0,
                MaxCpu = Number(entry, "maxcpu"),
                MaxMem = Number(entry, "maxmem"),
                MaxDisk = Number(entry, "maxdisk"),
                NetIn = Number(entry, "netin"),
                NetOut = Number(entry, "netout"),
            });
        }

        return resources;
    }

    public static IReadOnlyList<RrdRow> Rows(JsonElement data)
    {
        var rows = new List<RrdRow>();
        foreach (var entry in Array(data))
        {
            if (Number(entry, "time") is not { } time)
            {
                continue;
            }

            rows.Add(new RrdRow
            {
                Time = (long)time,
                MaxCpu = Number(entry, "maxcpu"),
                Cpu = Number(entry, "cpu"),
                MaxMem = Number(entry, "maxmem"),
                Mem = Number(entry, "mem"),
                MaxDisk = Number(entry, "maxdisk"),
                NetIn = Number(entry, "netin"),
                NetOut = Number(entry, "netout"),
            });
        }

        return rows;
    }

    private static JsonElement.ArrayEnumerator Array(JsonElement data) =>
        data.ValueKind == JsonValueKind.Array
            ? data.EnumerateArray()
            : throw new JsonException($"expected a JSON array under 'data', found {data.ValueKind}.");

    private static string? Text(JsonElement entry, string name) =>
        entry.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static double? Number(JsonElement entry, string name)
    {
        if (!entry.TryGetProperty(name, out var value))
        {
            return null;
        }

        var number = value.ValueKind switch
        {
            JsonValueKind.Number => value.GetDouble(),
            JsonValueKind.String when double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => double.NaN,
        };
        return double.IsFinite(number) ? number : null;
    }
}
