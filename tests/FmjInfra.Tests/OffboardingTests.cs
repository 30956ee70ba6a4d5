using FmjInfra.Tests.Support;

namespace FmjInfra.Tests;

/// <summary>
/// A tenant leaves through its state, never by losing its file: every data-holding resource is protected until the
/// tenant is retired (with confirmation), so a `pulumi up` that would delete one refuses.
/// </summary>
public class OffboardingTests
{
    private const string Vm = "proxmoxve:index/vmLegacy:VmLegacy";
    private const string Container = "proxmoxve:index/containerLegacy:ContainerLegacy";

    /// <summary>The resources whose deletion would lose tenant data: dataset commands, storage, VMs and containers (with their disks).</summary>
    private static IEnumerable<RecordedResource> DataHolding(StackRun run, string tenant) =>
        run.OfTenant(tenant).Where(r =>
            (r.Type == "command:remote:Command" && r.Name.StartsWith($"{tenant}-storage-dataset-", StringComparison.Ordinal))
            || r.Type is "proxmoxve:storage/zfspool:Zfspool" or Vm or Container);

    private static TempProject Adatum(string state) => state switch
    {
        "active" => new TempProject(),
        "offboarding" => new TempProject().Edit("adatum", "package: silver\n", "package: silver\nstate: offboarding\n"),
        _ => new TempProject().Edit("adatum", "package: silver\n", "package: silver\nstate: retired\nretire_confirm: adatum\n"),
    };

    [Fact]
    public async Task Run_DevStack_EveryDataHoldingResourceOfEveryTenantIsProtected()
    {
        var run = await StackRun.RunAsync(StackConfig.Dev(Repository.PathOf("Tenants")));

        foreach (var tenant in new[] { "adatum", "contoso", "fabrikam" })
        {
            var resources = DataHolding(run, tenant).ToList();
            Assert.True(resources.Count >= 7, $"{tenant}: only {resources.Count} data-holding resources");
            Assert.All(resources, r => Assert.True(run.Options.OptionsOf(r.Type, r.Name).Protect == true, $"{r.Type} {r.Name} is not protected: deleting the tenant file would delete it."));
        }
    }

    [Theory]
    [InlineData("active", true, true, 3, 1)]
    [InlineData("offboarding", true, false, 0, 1)]
    [InlineData("retired", false, false, 0, 0)]
    public async Task Run_AdatumState_ProtectsDataUntilRetired_RevokesAccessAndStopsGuestsWhenLeaving(string state, bool protectsData, bool running, int acls, int proxyAccounts)
    {
        using var project = Adatum(state);

        var run = await StackRun.RunAsync(StackConfig.Dev(project.Tenants));

        var data = DataHolding(run, "adatum").ToList();
        Assert.Equal(9, data.Count); // two dataset commands, the storage, four VMs and two containers
        Assert.All(data, r => Assert.Equal(protectsData, run.Options.OptionsOf(r.Type, r.Name).Protect == true));
        Assert.Equal(protectsData.ToString(), run.Find(Vm, "adatum-machines-dc1").Input("protection"));
        Assert.All(run.OfTenant("adatum").Where(r => r.Type == Vm), vm => Assert.Equal((running.ToString(), running.ToString()), (vm.Input("started"), vm.Input("onBoot"))));
        Assert.All(run.OfTenant("adatum").Where(r => r.Type == Container), ct => Assert.Equal((running.ToString(), running.ToString()), (ct.Input("started"), ct.Input("startOnBoot"))));
        Assert.All(run.OfTenant("adatum").Where(r => r.Type == "proxmoxve:index/haresource:Haresource"), ha => Assert.Equal(running ? "started" : "stopped", ha.Input("state")));

        Assert.Equal(acls, run.OfTenant("adatum").Count(r => r.Type == "proxmoxve:index/acl:Acl"));
        Assert.Equal(running, run.OfTenant("adatum").Any(r => r.Type.StartsWith("proxmoxve:realm/", StringComparison.Ordinal)));
        Assert.Single(run.OfTenant("adatum"), r => r.Type == "proxmoxve:index/groupLegacy:GroupLegacy");
        var backup = run.OfTenant("adatum").SingleOrDefault(r => r.Type == "proxmoxve:backup/job:Job");
        Assert.Equal(protectsData ? running.ToString() : null, backup?.Input("enabled"));
        Assert.Equal(proxyAccounts, run.OfTenant("adatum").Count(r => r.Name == "adatum-proxy-account"));

        // Another tenant is untouched by adatum's state.
        Assert.All(DataHolding(run, "contoso"), r => Assert.True(run.Options.OptionsOf(r.Type, r.Name).Protect));
        Assert.Equal("True", run.Find(Vm, "contoso-machines-erp01").Input("started"));
    }

    [Fact]
    public async Task Run_OffboardingTenant_NeedsNoBindPasswordAnyMore()
    {
        using var project = Adatum("offboarding");
        var config = StackConfig.Dev(project.Tenants).Remove("fmj:bindPassword-adatum");

        var run = await StackRun.RunAsync(config);

        Assert.DoesNotContain(run.OfTenant("adatum"), r => r.Type == "proxmoxve:realm/ldap:Ldap");
    }

    [Fact]
    public async Task Run_RetiredWithoutConfirmation_FailsBeforeAnyResource()
    {
        using var project = new TempProject().Edit("adatum", "package: silver\n", "package: silver\nstate: retired\n");

        var (mocks, _, _, error) = await StackRun.TryRunAsync(StackConfig.Dev(project.Tenants));

        Assert.NotNull(error);
        Assert.Contains("adatum.yaml(7,8): error FMJ005: tenant 'adatum' is retired, which lets its data be deleted, but 'retire_confirm' is missing. Fix: add 'retire_confirm: adatum' to confirm, or set 'state: offboarding' to keep the data.", error.Message, StringComparison.Ordinal);
        Assert.Empty(mocks.Resources);
    }
}
