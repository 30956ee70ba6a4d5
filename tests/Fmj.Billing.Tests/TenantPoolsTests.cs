using Fmj.Billing.Metering;
using Fmj.Billing.Tests.Support;
using Fmj.Core;

namespace Fmj.Billing.Tests;

public class TenantPoolsTests
{
    [Theory]
    [InlineData("tenant-adatum", "adatum")]
    [InlineData("tenant-a", "a")]
    [InlineData("tenant-", null)]
    [InlineData("tenants", null)]
    [InlineData("platform", null)]
    [InlineData("Tenant-adatum", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void TenantOf_Pool_NamesTheTenantOrNobody(string? pool, string? expected) =>
        Assert.Equal(expected, TenantPools.TenantOf(pool));

    [Fact]
    public void PoolOf_DemoTenants_IsThePoolThePlanCreates()
    {
        var plan = Workspace.Run(Repository.Root, "dev", Repository.PathOf("Tenants")).Plan!;

        Assert.All(plan.Tenants, t => Assert.Equal(t.Pool.Id, TenantPools.PoolOf(t.Name)));
        Assert.Equal(3, plan.Tenants.Count);
    }
}
