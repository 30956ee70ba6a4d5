using CsCheck;
using Fmj.Core.Planning;
using Fmj.Core.Tests.Support;

namespace Fmj.Core.Tests.Properties;

/// <summary>Every valid fleet keeps its tenants apart: see <see cref="PlanInvariants"/> for what that means.</summary>
public class IsolationProperties
{
    private static readonly Gen<(int[] Numbers, int Seed)> Fleets = Gen.Select(Gen.Int[1, 1500].ArrayUnique[1, 12], Gen.Int[0, 1_000_000]);

    [Fact]
    public void Plan_GeneratedFleet_KeepsTenantsIsolated()
    {
        Fleets.Sample((numbers, seed) =>
        {
            var plan = GeneratedFleet.Plan(numbers.Select(n => GeneratedFleet.Tenant(n, seed)));

            Assert.Equal(numbers.Order(), plan.Tenants.Select(t => t.Number));
            PlanInvariants.AssertIsolated(GeneratedFleet.Cluster.Spec, plan);
        }, iter: 200);
    }

    /// <summary>The demonstration tenants use explicit VLAN tags and CIDRs, which the generator never writes.</summary>
    [Fact]
    public void Plan_DemoTenants_KeepsTenantsIsolated()
    {
        var (result, findings) = Demo.Plan(Demo.AllTenants());

        Assert.Empty(findings);
        PlanInvariants.AssertIsolated(Demo.Cluster().Spec, result.Plan!);
    }

    [Theory]
    [InlineData(8)]
    [InlineData(9)]
    public void TenantRole_AnyPveVersion_GrantsNothingForbidden(int pveMajorVersion)
    {
        var role = TenantRole.For(pveMajorVersion);

        PlanInvariants.AssertRole(role);
        Assert.All(PlanInvariants.ForbiddenPrivileges, p => Assert.Contains(p, TenantRole.Forbidden));
    }
}
