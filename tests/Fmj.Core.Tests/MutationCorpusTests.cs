using System.Text.Json.Nodes;
using Fmj.Core.Diagnostics;
using Fmj.Core.Planning;
using Fmj.Core.Tests.Support;

namespace Fmj.Core.Tests;

/// <summary>
/// Mangled copies of the demonstration tenants (<see cref="TenantMutations"/>) go through load, check and plan
/// beside the two untouched tenants. Nothing may throw; every finding must be a proper diagnostic that points into
/// a real file; and no shell-hostile value may reach a plan.
/// </summary>
public class MutationCorpusTests
{
    private const string StackFile = "Pulumi.dev.yaml";

    public static TheoryData<string> MutationNames => [.. TenantMutations.All.Select(m => m.Name)];

    [Fact]
    public void Corpus_Count_IsAtLeastTwoHundredWithUniqueNames()
    {
        var names = TenantMutations.All.Select(m => m.Name).ToList();

        Assert.True(names.Count >= 200, $"only {names.Count} mutations");
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.All(Demo.TenantNames, tenant => Assert.Contains(TenantMutations.All, m => m.Tenant == tenant));
        Assert.True(TenantMutations.All.Count(m => m.Marker is not null) >= 50, "too few shell-hostile mutations");
    }

    [Fact]
    public void Corpus_Generation_IsDeterministic()
    {
        var again = TenantMutations.Generate();

        Assert.Equal(TenantMutations.All, again);
    }

    [Fact]
    public void DemoPlan_Strings_HoldNoHostileMarker()
    {
        // Guards the hostile-value assertion below: a marker already in a clean plan would make it meaningless.
        var (result, _) = Demo.Plan(Demo.AllTenants());

        var strings = Strings(JsonNode.Parse(PlanJson.Serialize(result.Plan))).ToList();

        Assert.NotEmpty(strings);
        Assert.All(TenantMutations.HostilePayloads, h => Assert.DoesNotContain(strings, s => s.Contains(h.Marker, StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(MutationNames))]
    public void Mutation_LoadCheckAndPlan_GiveOnlyProperDiagnostics(string name)
    {
        var mutation = TenantMutations.ByName(name);
        var path = $"Tenants/{mutation.Tenant}.yaml";

        var (document, loadFindings) = Demo.Load(mutation.Tenant, mutation.Text);

        Assert.All(loadFindings, f => AssertProper(f, mutation, path));
        Assert.Equal(document is null, loadFindings.Any(f => f.IsError));
        if (document is null)
        {
            return;
        }

        var tenants = Demo.TenantNames.Select(n => n == mutation.Tenant ? document : Demo.Tenant(n)).ToArray();
        var (result, planFindings) = Demo.Plan(tenants);

        Assert.All(planFindings, f => AssertProper(f, mutation, f.Position.File));
        Assert.All(planFindings, f => Assert.Contains(f.Position.File, Demo.TenantNames.Select(n => $"Tenants/{n}.yaml").Append(StackFile)));
        Assert.Equal(result.Plan is null, planFindings.Any(f => f.IsError));
        if (result.Plan is null)
        {
            return;
        }

        // A tenant that loads and raises no error must be planned, never silently left out.
        Assert.Contains(result.Plan.Tenants, t => t.Name == document.Spec.Name);
        if (mutation.Marker is { } marker)
        {
            Assert.DoesNotContain(Strings(JsonNode.Parse(PlanJson.Serialize(result.Plan))), s => s.Contains(marker, StringComparison.Ordinal));
        }
    }

    private static void AssertProper(Finding finding, TenantMutation mutation, string expectedFile)
    {
        Assert.Equal(expectedFile, finding.Position.File);
        Assert.Contains(finding.Code, FindingCodes.All);
        Assert.False(string.IsNullOrWhiteSpace(finding.Message), $"no message: {finding}");
        Assert.False(string.IsNullOrWhiteSpace(finding.Hint), $"no hint: {finding}");
        Assert.False(finding.Message.Any(char.IsControl) || finding.Hint.Any(char.IsControl), $"not one line: {finding}");

        // Messages may quote a hostile value; a hint, which tells the user what to write, must never propose it.
        Assert.True(mutation.Marker is null || !finding.Hint.Contains(mutation.Marker, StringComparison.Ordinal), $"hint proposes the hostile value: {finding}");
        Assert.True(finding.Position.Line >= 1, $"line below 1: {finding}");
        Assert.True(finding.Position.Column >= 1, $"column below 1: {finding}");

        var text = expectedFile == StackFile ? Demo.StackText
            : expectedFile == $"Tenants/{mutation.Tenant}.yaml" ? mutation.Text
            : Demo.TenantText(Path.GetFileNameWithoutExtension(expectedFile));
        var lines = text.Split('\n');
        Assert.True(finding.Position.Line <= lines.Length, $"line past the end of the file ({lines.Length} lines): {finding}");
        Assert.True(finding.Position.Column <= lines[finding.Position.Line - 1].Length + 1, $"column past the end of line {finding.Position.Line}: {finding}");
    }

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => Strings(p.Value).Prepend(p.Key)),
        JsonArray array => array.SelectMany(Strings),
        JsonValue value when value.TryGetValue<string>(out var s) => [s],
        _ => [],
    };
}
