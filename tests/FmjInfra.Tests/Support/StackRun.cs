using System.Collections.Immutable;
using Pulumi;
using Pulumi.Testing;

namespace FmjInfra.Tests.Support;

/// <summary>One run of the whole program under mocks: what was registered, with which options, and the outputs.</summary>
public sealed record StackRun(IReadOnlyList<RecordedResource> Resources, OptionsRecorder Options, IDictionary<string, object?> Outputs, string DumpJson)
{
    /// <summary>Runs the program as stack 'dev' (a preview) with <paramref name="config"/>.</summary>
    public static async Task<StackRun> RunAsync(StackConfig config)
    {
        var (mocks, recorder, resources, error) = await TryRunAsync(config);
        if (error is not null)
        {
            throw error;
        }

        var stack = resources.OfType<FmjTestStack>().Single();
        return new StackRun(mocks.Resources, recorder, stack.StackOutputs, mocks.ToJson());
    }

    /// <summary>Runs the program and returns what was registered together with the error, if any.</summary>
    public static async Task<(RecordingMocks Mocks, OptionsRecorder Recorder, ImmutableArray<Resource> Resources, Exception? Error)> TryRunAsync(StackConfig config)
    {
        var mocks = new RecordingMocks();
        var recorder = new OptionsRecorder();
        OptionsRecorder.Current = recorder;
        using var scope = config.Apply();
        try
        {
            var resources = await Deployment.TestAsync<FmjTestStack>(mocks, new TestOptions { ProjectName = "fmj", StackName = "dev", IsPreview = true });
            return (mocks, recorder, resources, null);
        }
        catch (Exception e)
        {
            return (mocks, recorder, [], e);
        }
        finally
        {
            OptionsRecorder.Current = null;
        }
    }

    public IEnumerable<RecordedResource> OfType(string type) => Resources.Where(r => r.Type == type);

    public RecordedResource Find(string type, string name) => Resources.Single(r => r.Type == type && r.Name == name);

    /// <summary>The resources under a tenant: Pulumi names every child after its tenant.</summary>
    public IEnumerable<RecordedResource> OfTenant(string tenant) => Resources.Where(r => r.Name == tenant || r.Name.StartsWith(tenant + "-", StringComparison.Ordinal));

    /// <summary>Every value in the outputs, resolved, as text.</summary>
    public async Task<IReadOnlyList<string>> OutputTextsAsync()
    {
        var texts = new List<string>();
        await CollectAsync(Outputs, texts);
        return texts;
    }

    private static async Task CollectAsync(object? value, List<string> texts)
    {
        switch (value)
        {
            case null:
                return;
            case string s:
                texts.Add(s);
                return;
            case IDictionary<string, object?> map:
                foreach (var item in map.Values)
                {
                    await CollectAsync(item, texts);
                }

                return;
            case System.Collections.IEnumerable list:
                foreach (var item in list)
                {
                    await CollectAsync(item, texts);
                }

                return;
        }

        var type = value.GetType();
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Output<>))
        {
            var method = typeof(StackRun).GetMethod(nameof(ValueOfAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.MakeGenericMethod(type.GetGenericArguments()[0]);
            var resolved = await (Task<object?>)method.Invoke(null, [value])!;
            await CollectAsync(resolved, texts);
            return;
        }

        texts.Add(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "");
    }

    /// <summary>The value of an output once known (test runs are previews with every value known).</summary>
    public static async Task<T> ResolveAsync<T>(Output<T> output) => (T)(await ValueOfAsync(output))!;

    /// <summary>The resources a resource was made to depend on.</summary>
    public async Task<IReadOnlyList<Resource>> DependenciesOfAsync(string type, string name)
    {
        Output<ImmutableArray<Resource>> dependencies = Options.OptionsOf(type, name).DependsOn;
        return await ResolveAsync(dependencies);
    }

    private static Task<object?> ValueOfAsync<T>(Output<T> output)
    {
        var source = new TaskCompletionSource<object?>();
        output.Apply(v =>
        {
            source.TrySetResult(v);
            return v;
        });
        return source.Task;
    }
}
