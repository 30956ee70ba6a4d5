using Fmj.Core.Catalogue;
using Fmj.Core.Diagnostics;
using Fmj.Core.Tenants;
using FmjInfra.Components;
using FmjInfra.Tests.Support;
using Pulumi;
using Pulumi.Testing;

namespace FmjInfra.Tests;

/// <summary>Whatever is wrong, the run fails with every finding before a single resource is registered.</summary>
public class RefusalTests
{
    [Fact]
    public async Task Run_TenantOverItsPackage_FailsWithTheFindingAndRegistersNothing()
    {
        using var project = new TempProject().Edit("fabrikam", "    vcpu: 1\n    memory_mb: 2048\n    disk_gb: 50", "    vcpu: 2\n    memory_mb: 2048\n    disk_gb: 50");

        var (mocks, _, _, error) = await StackRun.TryRunAsync(StackConfig.Dev(project.Tenants));

        Assert.NotNull(error);
        Assert.Contains("FMJ refused stack 'dev': 1 error(s); nothing was created or changed.", error.Message, StringComparison.Ordinal);
        Assert.Contains("fabrikam.yaml(29,11): error FMJ103: tenant 'fabrikam' uses 3 vCPU but package 'bronze' allows 2 vCPU (shop01 1 vCPU + build01 2 vCPU). Fix: shrink or remove machines by 1 vCPU, or move the tenant to a larger package.", error.Message, StringComparison.Ordinal);
        Assert.Empty(mocks.Resources);
    }

    [Fact]
    public async Task Run_HaOnBronze_FailsWithTheFindingAndRegistersNothing()
    {
        using var project = new TempProject().Edit("fabrikam", "    template: debian-13-lxc\n  - number: 2", "    template: debian-13-lxc\n    ha: true\n  - number: 2");

        var (mocks, _, _, error) = await StackRun.TryRunAsync(StackConfig.Dev(project.Tenants));

        Assert.NotNull(error);
        Assert.Contains("error FMJ106: machine 'shop01' asks for HA, but package 'bronze' has no HA.", error.Message, StringComparison.Ordinal);
        Assert.Empty(mocks.Resources);
    }

    [Fact]
    public async Task Run_MissingBindPasswordAndApiToken_FailsNamingBothSecrets()
    {
        var config = StackConfig.Dev(Repository.PathOf("Tenants")).Remove("fmj:bindPassword-contoso").Remove("proxmoxve:apiToken");

        var (mocks, _, _, error) = await StackRun.TryRunAsync(config);

        Assert.NotNull(error);
        Assert.Contains("FMJ refused stack 'dev': 2 error(s)", error.Message, StringComparison.Ordinal);
        Assert.Contains("Pulumi.dev.yaml(1,1): error FMJ005: tenant 'contoso' links a directory but the bind password 'fmj:bindPassword-contoso' is not set. Fix: run: pulumi config set --secret fmj:bindPassword-contoso <password>", error.Message, StringComparison.Ordinal);
        Assert.Contains("'proxmoxve:apiToken' is not set", error.Message, StringComparison.Ordinal);
        Assert.Empty(mocks.Resources);
    }

    [Fact]
    public async Task Run_BrokenClusterConfig_FailsWithTheKeyAndRegistersNothing()
    {
        var config = StackConfig.Dev(Repository.PathOf("Tenants")).Set("fmj:pveMajorVersion", "7");

        var (mocks, _, _, error) = await StackRun.TryRunAsync(config);

        Assert.NotNull(error);
        Assert.Contains("error FMJ006: 'fmj:pveMajorVersion' is 7, outside 8..9.", error.Message, StringComparison.Ordinal);
        Assert.Empty(mocks.Resources);
    }

    [Fact]
    public async Task TenantEnvironment_InvalidTenant_RefusesWithAResourceExceptionNamingIt()
    {
        using var project = new TempProject().Edit("fabrikam", "    template: debian-13-lxc\n  - number: 2", "    template: debian-13-lxc\n    ha: true\n  - number: 2");
        var findings = new FindingList();
        var tenant = TenantLoader.Load(Path.Combine(project.Tenants, "fabrikam.yaml"), File.ReadAllText(Path.Combine(project.Tenants, "fabrikam.yaml")), findings)!;
        var cluster = Fmj.Core.Clusters.StackFileLoader.Load("Pulumi.dev.yaml", File.ReadAllText(Repository.PathOf("Pulumi.dev.yaml")), findings)!;
        var mocks = new RecordingMocks();

        var error = await Record.ExceptionAsync(() => Deployment.TestAsync(mocks, new TestOptions { IsPreview = true }, () =>
        {
            var role = new ComponentResource("fmj:test:Role", "role");
            _ = new TenantEnvironment("fabrikam", new TenantEnvironmentArgs(cluster.Spec, PackageCatalogue.Default, tenant, role, null, null));
        }));

        Assert.NotNull(error);
        Assert.Contains("Tenant 'fabrikam'", error.Message, StringComparison.Ordinal);
        Assert.Contains("FMJ106", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(mocks.Resources, r => r.Type.StartsWith("fmj:tenant:", StringComparison.Ordinal) || r.Type.StartsWith("proxmoxve:", StringComparison.Ordinal));
    }
}
