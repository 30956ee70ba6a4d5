using Fmj.Core.Planning;
using Fmj.Core.Tests.Support;

namespace Fmj.Core.Tests.Golden;

/// <summary>
/// The plan of each demo tenant, as JSON, against a reviewed file next to this class. After a deliberate change to the
/// plan, regenerate the files with <c>FMJ_UPDATE_GOLDEN=1 dotnet test Fmj.slnx</c> and review the diff.
/// </summary>
public class GoldenPlanTests
{
    public static TheoryData<string> TenantNames => new(Demo.TenantNames);

    [Theory]
    [MemberData(nameof(TenantNames))]
    public void Plan_DemoTenant_MatchesItsGoldenFile(string name)
    {
        var (result, findings) = Demo.Plan(Demo.AllTenants());
        Assert.Empty(findings);
        var json = PlanJson.Serialize(result.Plan!.Tenants.Single(t => t.Name == name)) + "\n";
        var path = Repository.PathOf("tests", "Fmj.Core.Tests", "Golden", $"{name}.plan.json");

        if (Environment.GetEnvironmentVariable("FMJ_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, json);
            return;
        }

        Assert.True(File.Exists(path), $"{path} is missing; run the tests with FMJ_UPDATE_GOLDEN=1 to write it, then review it.");
        Assert.Equal(File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal), json);
    }

    [Theory]
    [MemberData(nameof(TenantNames))]
    public void Plan_TenantAlone_IsTheSameAsWithTheOtherTenants(string name)
    {
        var (alone, aloneFindings) = Demo.Plan(Demo.Tenant(name));
        var (together, _) = Demo.Plan(Demo.AllTenants());

        Assert.Empty(aloneFindings);
        Assert.Equal(
            PlanJson.Serialize(together.Plan!.Tenants.Single(t => t.Name == name)),
            PlanJson.Serialize(Assert.Single(alone.Plan!.Tenants)));
    }

    [Fact]
    public void Serialize_SamePlanTwice_GivesTheSameText()
    {
        Assert.Equal(PlanJson.Serialize(Demo.Plan(Demo.AllTenants()).Result.Plan), PlanJson.Serialize(Demo.Plan(Demo.AllTenants()).Result.Plan));
    }
}
