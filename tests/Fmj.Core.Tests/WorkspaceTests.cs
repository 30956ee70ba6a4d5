using Fmj.Core.Catalogue;
using Fmj.Core.Clusters;
using Fmj.Core.Diagnostics;
using Fmj.Core.Planning;
using Fmj.Core.Tenants;
using Fmj.Core.Tests.Support;

namespace Fmj.Core.Tests;

/// <summary>
/// <see cref="Workspace.Run"/> checks and plans each tenant as soon as its file is loaded, on other threads than the
/// one parsing. Whatever the scheduling, it must report exactly what loading every file and then planning the fleet
/// in turn reports, in the same order, and make the same plan.
/// </summary>
public sealed class WorkspaceTests : IDisposable
{
    private readonly string _project = Directory.CreateTempSubdirectory("fmj-workspace-").FullName;

    private string TenantsFolder => Path.Combine(_project, "Tenants");

    public WorkspaceTests()
    {
        File.WriteAllText(Path.Combine(_project, "Pulumi.dev.yaml"), Demo.StackText);
        Directory.CreateDirectory(TenantsFolder);
        foreach (var name in Demo.TenantNames)
        {
            Write(name, Demo.TenantText(name));
        }
    }

    public void Dispose() => Directory.Delete(_project, recursive: true);

    [Fact]
    public void Run_FindingsOfEveryKind_SameFindingsInSameOrderAsLoadingThenPlanning()
    {
        // One file for each stage that can refuse a tenant, named so that they interleave with the demo tenants.
        Write("aardvark", Demo.MinimalTenantText("aardvark", 40) + "number: 41\n");                 // duplicate key: not loaded
        Write("broken", "name: broken\nnumber: [\n");                                               // YAML syntax: not loaded
        Write("clone", Demo.MinimalTenantText("clone", 11));                                        // adatum's number: fleet identity
        Write("elsewhere", Demo.MinimalTenantText("elsewhere", 42).Replace("cluster: dev", "cluster: prod", StringComparison.Ordinal)); // unknown cluster
        Write("greedy", Demo.MinimalTenantText("greedy", 43) + """
            machines:
              - number: 1
                name: big
                kind: vm
                subnet: private
                vcpu: 3
                memory_mb: 2048
                disk_gb: 20
                template: debian-13

            """);                                                                                   // over its package: its own checks
        Write("zulu", Demo.MinimalTenantText("zulu", 44) + "network:\n  public:\n    vlan: 2011\n"); // adatum's public tag: fleet rules

        var expected = LoadThenPlan();
        var runs = Enumerable.Range(0, 5).Select(_ => Workspace.Run(_project, "dev", TenantsFolder)).ToList();

        Assert.Contains(expected.Findings, f => f.Code == FindingCodes.DuplicateKey);
        Assert.Contains(expected.Findings, f => f.Code == FindingCodes.YamlSyntax);
        Assert.Contains(expected.Findings, f => f.Code == FindingCodes.DuplicateTenantNumber);
        Assert.Contains(expected.Findings, f => f.Code == FindingCodes.UnknownCluster);
        Assert.Contains(expected.Findings, f => f.Code == FindingCodes.VcpuOverPackage);
        Assert.Contains(expected.Findings, f => f.Code == FindingCodes.VlanClash);
        Assert.Equal(["adatum", "clone", "contoso", "elsewhere", "fabrikam", "greedy", "zulu"], expected.Tenants.Select(t => t.Spec.Name));
        foreach (var run in runs)
        {
            Assert.Equal(Demo.Lines(expected.Findings), Demo.Lines(run.Findings));
            Assert.Null(run.Plan);
            Assert.Equal(expected.Tenants.Select(t => t.Path), run.Tenants.Select(t => t.Path));
        }
    }

    [Fact]
    public void Run_ValidFleet_SamePlanAsLoadingThenPlanning()
    {
        var expected = LoadThenPlan();

        var run = Workspace.Run(_project, "dev", TenantsFolder);

        Assert.Empty(run.Findings);
        Assert.NotNull(run.Plan);
        Assert.Equal(PlanJson.Serialize(expected.Plan!), PlanJson.Serialize(run.Plan));
    }

    private (IReadOnlyList<Finding> Findings, IReadOnlyList<TenantDocument> Tenants, ClusterPlan? Plan) LoadThenPlan()
    {
        var findings = new FindingList();
        var cluster = StackFileLoader.Load(Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.Combine(_project, "Pulumi.dev.yaml")), Demo.StackText, findings)!;
        var tenants = TenantFolder.Load(TenantsFolder, findings);
        var result = FleetPlanner.Plan(cluster, PackageCatalogue.Default, tenants, StackFileLoader.KnownClusters(_project), findings);
        return (findings.Items, tenants, result.Plan);
    }

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(TenantsFolder, $"{name}.yaml"), text);
}
