using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text.Json;
using Pulumi;
using Pulumi.Testing;

/// <summary>One registration as the engine saw it, plus which of its inputs were secrets (the mocks cannot see that).</summary>
internal sealed record Registration(string Type, string Name, ImmutableDictionary<string, object> Inputs, ImmutableSortedSet<string> Secrets)
{
    /// <summary>One line that is equal for two registrations exactly when type, name, inputs and secrets are.</summary>
    public string Canonical => $"{Type} {Name} {JsonSerializer.Serialize(Plain(Inputs))} secrets=[{string.Join(',', Secrets)}]";

    private static object? Plain(object? value) => value switch
    {
        ImmutableDictionary<string, object> map => new SortedDictionary<string, object?>(map.ToDictionary(e => e.Key, e => Plain(e.Value)), StringComparer.Ordinal),
        ImmutableArray<object> list => list.Select(Plain).ToList(),
        _ => value,
    };
}

/// <summary>Runs a program once under recording mocks and returns what it registered. Never timed.</summary>
internal static class Registrations
{
    public static async Task<IReadOnlyList<Registration>> RecordAsync(Func<IDictionary<string, object?>> program, TestOptions options)
    {
        var mocks = new RecordingMocks();
        var constructed = new ConcurrentQueue<(Resource Resource, ResourceArgs Args)>();
        RecordingStack.Program = program;
        RecordingStack.Constructed = constructed;
        await Deployment.TestAsync<RecordingStack>(mocks, options);

        var secrets = new Dictionary<(string, string), ImmutableSortedSet<string>>();
        foreach (var (resource, args) in constructed)
        {
            secrets.Add((resource.GetResourceType(), resource.GetResourceName()), await SecretInputs.FindAsync(args));
        }

        return [.. mocks.Registered.Select(r => new Registration(r.Type, r.Name, r.Inputs, secrets[(r.Type, r.Name)]))];
    }

    /// <summary>Null when both registered the same resources with the same inputs; else the first difference.</summary>
    public static string? FirstDifference(IReadOnlyList<Registration> expected, IReadOnlyList<Registration> actual)
    {
        var left = expected.Select(r => r.Canonical).Order(StringComparer.Ordinal).ToList();
        var right = actual.Select(r => r.Canonical).Order(StringComparer.Ordinal).ToList();
        if (left.Count != right.Count)
        {
            return $"{left.Count} registrations, then {right.Count}";
        }

        var index = Enumerable.Range(0, left.Count).FirstOrDefault(i => left[i] != right[i], -1);
        return index < 0 ? null : $"expected: {left[index]}{Environment.NewLine}actual:   {right[index]}";
    }

    /// <summary>
    /// The program as a stack whose transformation sees every resource's args object (for the secret marks). The
    /// stack's own outputs are left out: recording is about resources.
    /// </summary>
    private sealed class RecordingStack : Stack
    {
        public RecordingStack()
            : base(new StackOptions
            {
                ResourceTransformations =
                {
                    args =>
                    {
                        Constructed!.Enqueue((args.Resource, args.Args));
                        return null;
                    },
                },
            })
        {
            Program!();
        }

        public static Func<IDictionary<string, object?>>? Program { get; set; }

        public static ConcurrentQueue<(Resource Resource, ResourceArgs Args)>? Constructed { get; set; }
    }
}
