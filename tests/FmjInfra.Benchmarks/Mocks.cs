using System.Collections.Concurrent;
using System.Collections.Immutable;
using Pulumi.Testing;

/// <summary>Mocks that only count and echo: the cheapest engine there is, so the timed figures measure the program.</summary>
internal sealed class CountingMocks : IMocks
{
    private int _count;

    public int Count => _count;

    public Task<(string? id, object state)> NewResourceAsync(MockResourceArgs args)
    {
        Interlocked.Increment(ref _count);
        return Task.FromResult<(string?, object)>(($"{args.Name}-id", args.Inputs));
    }

    public Task<object> CallAsync(MockCallArgs args) => Task.FromResult<object>(args.Args);
}

/// <summary>Echoes like <see cref="CountingMocks"/> and keeps each registration as the engine saw it. Never timed.</summary>
internal sealed class RecordingMocks : IMocks
{
    private readonly ConcurrentQueue<(string Type, string Name, ImmutableDictionary<string, object> Inputs)> _registered = new();

    /// <summary>Type, name and inputs of every registration, in the order the engine received them.</summary>
    public IReadOnlyCollection<(string Type, string Name, ImmutableDictionary<string, object> Inputs)> Registered => _registered;

    public Task<(string? id, object state)> NewResourceAsync(MockResourceArgs args)
    {
        _registered.Enqueue((args.Type!, args.Name!, args.Inputs));
        return Task.FromResult<(string?, object)>(($"{args.Name}-id", args.Inputs));
    }

    public Task<object> CallAsync(MockCallArgs args) => Task.FromResult<object>(args.Args);
}
