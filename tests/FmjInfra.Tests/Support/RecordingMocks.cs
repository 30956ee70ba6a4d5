using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using Pulumi.Testing;

namespace FmjInfra.Tests.Support;

/// <summary>
/// Mocks that echo inputs as outputs (so ids like ResourceId and VmId flow on), give every resource an id, and
/// record what was registered; the record can be written as JSON for ../shared/tools/check-provider-inputs.
/// </summary>
public sealed class RecordingMocks : IMocks
{
    private readonly ConcurrentQueue<RecordedResource> _resources = new();

    public IReadOnlyList<RecordedResource> Resources => [.. _resources];

    public Task<(string? id, object state)> NewResourceAsync(MockResourceArgs args)
    {
        _resources.Enqueue(new RecordedResource(args.Type ?? "", args.Name ?? "", args.Inputs));
        return Task.FromResult<(string?, object)>(($"{args.Name}-id", args.Inputs));
    }

    public Task<object> CallAsync(MockCallArgs args) => Task.FromResult<object>(args.Args);

    /// <summary>The recorded resources as <c>[{"type","name","inputs"}]</c>.</summary>
    public string ToJson()
    {
        var array = new JsonArray();
        foreach (var resource in Resources)
        {
            array.Add(new JsonObject
            {
                ["type"] = resource.Type,
                ["name"] = resource.Name,
                ["inputs"] = ToNode(resource.Inputs),
            });
        }

        return array.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    private static JsonNode? ToNode(object? value) => value switch
    {
        null => null,
        string s => JsonValue.Create(s),
        bool b => JsonValue.Create(b),
        double d => JsonValue.Create(d),
        int i => JsonValue.Create(i),
        ImmutableDictionary<string, object> map => new JsonObject(map.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => KeyValuePair.Create(kv.Key, ToNode(kv.Value)))),
        ImmutableArray<object> list => new JsonArray([.. list.Select(ToNode)]),
        _ => JsonValue.Create(value.ToString()),
    };
}
