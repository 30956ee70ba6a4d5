using Fmj.Core.Tests.Support;

namespace Fmj.Core.Tests;

public class DemoTenantsTests
{
    [Fact]
    public void Plan_DemoTenants_AreValidAndPlanned()
    {
        var (result, findings) = Demo.Plan(Demo.AllTenants());

        Assert.Empty(findings);
        Assert.NotNull(result.Plan);
        Assert.Equal(Demo.TenantNames, result.Plan.Tenants.Select(t => t.Name));
    }
}
