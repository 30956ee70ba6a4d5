using FmjInfra.Tests.Support;

namespace FmjInfra.Tests;

/// <summary>Tenants never get a right on another tenant's objects, nor the rights to create or resize.</summary>
public class IsolationTests
{
    [Fact]
    public async Task Acls_OfEachTenant_NameOnlyItsOwnPoolZoneAndStorage()
    {
        var run = await StackRun.RunAsync(StackConfig.Dev(Repository.PathOf("Tenants")));
        var own = new Dictionary<string, string[]>
        {
            ["adatum"] = ["/pool/tenant-adatum", "/sdn/zones/t11", "/storage/tenant-adatum"],
            ["contoso"] = ["/pool/tenant-contoso", "/sdn/zones/t12", "/storage/tenant-contoso"],
            ["fabrikam"] = ["/pool/tenant-fabrikam", "/sdn/zones/t13", "/storage/tenant-fabrikam"],
        };

        foreach (var (tenant, paths) in own)
        {
            var acls = run.OfTenant(tenant).Where(r => r.Type == "proxmoxve:index/acl:Acl").Select(a => a.Input("path")!).Order(StringComparer.Ordinal);
            Assert.Equal(paths, acls);
        }

        Assert.Equal(9, run.OfType("proxmoxve:index/acl:Acl").Count());
    }

    [Fact]
    public async Task Guests_OfEachTenant_AttachOnlyToItsOwnVnets()
    {
        var run = await StackRun.RunAsync(StackConfig.Dev(Repository.PathOf("Tenants")));

        foreach (var (tenant, zone) in new[] { ("adatum", "t11"), ("contoso", "t12"), ("fabrikam", "t13") })
        {
            var bridges = run.OfTenant(tenant)
                .SelectMany(r => r.Type == "proxmoxve:index/vmLegacy:VmLegacy" ? r.List("networkDevices") : r.Type == "proxmoxve:index/containerLegacy:ContainerLegacy" ? r.List("networkInterfaces") : [])
                .Select(n => (string)((System.Collections.Immutable.ImmutableDictionary<string, object>)n)["bridge"])
                .ToList();
            Assert.NotEmpty(bridges);
            Assert.All(bridges, b => Assert.True(b == $"{zone}pub" || b == $"{zone}prv", $"{tenant} guest on {b}"));
        }
    }
}
