using System.Collections.Immutable;
using Pulumi;

namespace FmjInfra.Tests.Support;

/// <summary>One resource registered under mocks: what the engine saw, and the options the program gave it.</summary>
public sealed record RecordedResource(string Type, string Name, ImmutableDictionary<string, object> Inputs)
{
    public ResourceOptions? Options { get; set; }

    public Resource? Resource { get; set; }

    public IReadOnlyList<Resource> DependsOn { get; set; } = [];

    public string? Input(string key) => Inputs.TryGetValue(key, out var value) ? value?.ToString() : null;

    public ImmutableDictionary<string, object> Map(string key) => (ImmutableDictionary<string, object>)Inputs[key];

    public ImmutableArray<object> List(string key) => Inputs.TryGetValue(key, out var value) ? (ImmutableArray<object>)value : [];
}
