using Pulumi;

namespace FmjInfra.Tests.Support;

/// <summary>
/// A stack transformation that sees every resource's options (protect, dependencies, ignore-changes), which the
/// mocks cannot see. Held in an AsyncLocal so that each test run has its own.
/// </summary>
public sealed class OptionsRecorder
{
    private static readonly AsyncLocal<OptionsRecorder?> CurrentRecorder = new();

    private readonly List<(Resource Resource, ResourceOptions Options)> _seen = [];

    public static OptionsRecorder? Current
    {
        get => CurrentRecorder.Value;
        set => CurrentRecorder.Value = value;
    }

    public IReadOnlyList<(Resource Resource, ResourceOptions Options)> Seen
    {
        get
        {
            lock (_seen)
            {
                return [.. _seen];
            }
        }
    }

    public ResourceTransformationResult? Transform(ResourceTransformationArgs args)
    {
        lock (_seen)
        {
            _seen.Add((args.Resource, args.Options));
        }

        return null;
    }

    public ResourceOptions OptionsOf(string type, string name) =>
        Seen.Single(s => s.Resource.GetResourceType() == type && s.Resource.GetResourceName() == name).Options;
}
