using System.Collections.Immutable;
using FmjInfra.Tests.Support;
using Pulumi;

namespace FmjInfra.Tests;

/// <summary>The inputs that matter, per component, for the demonstration tenants on the dev stack.</summary>
public class ComponentTests
{
    private static Task<StackRun> RunDevAsync() => StackRun.RunAsync(StackConfig.Dev(Repository.PathOf("Tenants")));

    private static string[] Strings(ImmutableArray<object> list) => [.. list.Select(o => (string)o)];

    [Fact]
    public async Task TenantNetwork_Adatum_DeclaresZoneVnetsAndSubnetsFromThePlan()
    {
        var run = await RunDevAsync();

        var zone = run.Find("proxmoxve:sdn/zone/vlan:Vlan", "adatum-network-zone");
        Assert.Equal("t11", zone.Input("resourceId"));
        Assert.Equal("vmbr1", zone.Input("bridge"));
        Assert.Equal(["pve2", "pve3"], Strings(zone.List("nodes")));
        var pub = run.Find("proxmoxve:sdn/vnet:Vnet", "adatum-network-vnet-public");
        var prv = run.Find("proxmoxve:sdn/vnet:Vnet", "adatum-network-vnet-private");
        Assert.Equal(("t11pub", "t11", "2011"), (pub.Input("resourceId"), pub.Input("zone"), pub.Input("tag")));
        Assert.Equal(("t11prv", "t11", "3011"), (prv.Input("resourceId"), prv.Input("zone"), prv.Input("tag")));
        var subnet = run.Find("proxmoxve:sdn/subnet:Subnet", "adatum-network-subnet-private");
        Assert.Equal(("t11prv", "10.64.11.0/24", "10.64.11.1"), (subnet.Input("vnet"), subnet.Input("cidr"), subnet.Input("gateway")));
    }

    [Fact]
    public async Task TenantNetwork_Apply_DependsOnAndIsReplacedWithEverySdnObject()
    {
        var run = await RunDevAsync();

        var dependencies = await run.DependenciesOfAsync("proxmoxve:sdn/applier:Applier", "adatum-network-sdn-apply");
        Assert.Equal(
            ["adatum-network-subnet-private", "adatum-network-subnet-public", "adatum-network-vnet-private", "adatum-network-vnet-public", "adatum-network-zone"],
            dependencies.Select(d => d.GetResourceName()).Order(StringComparer.Ordinal));
        var options = (CustomResourceOptions)run.Options.OptionsOf("proxmoxve:sdn/applier:Applier", "adatum-network-sdn-apply");
        Assert.Equal(5, (await StackRun.ResolveAsync<ImmutableArray<Resource>>(options.ReplaceWith)).Length);
        Assert.NotNull(options.ReplacementTrigger);
        Assert.Equal("False", run.Find("proxmoxve:sdn/applier:Applier", "adatum-network-sdn-apply").Input("onDestroy"));

        var zoneDependencies = await run.DependenciesOfAsync("proxmoxve:sdn/zone/vlan:Vlan", "adatum-network-zone");
        Assert.Equal(["adatum-network-sdn-finalizer"], zoneDependencies.Select(d => d.GetResourceName()));
    }

    [Fact]
    public async Task TenantStorage_Adatum_DatasetWithQuotaOnEachNodeAndProtectedStorage()
    {
        var run = await RunDevAsync();

        var dataset = run.Find("command:remote:Command", "adatum-storage-dataset-pve3");
        Assert.Equal("10.10.0.13", dataset.Map("connection")["host"]);
        Assert.Equal("set -eu; zfs set 'quota=398G' 'tank/tenants/adatum'", dataset.Input("update"));
        Assert.Contains("zfs create -p -o 'quota=398G' 'tank/tenants/adatum'", dataset.Input("create"), StringComparison.Ordinal);
        Assert.DoesNotContain("-r", dataset.Input("delete"), StringComparison.Ordinal);
        var storage = run.Find("proxmoxve:storage/zfspool:Zfspool", "adatum-storage-storage");
        Assert.Equal(("tenant-adatum", "tank/tenants/adatum"), (storage.Input("resourceId"), storage.Input("zfsPool")));
        Assert.Equal(["images", "rootdir"], Strings(storage.List("contents")));
        Assert.Equal(["pve2", "pve3"], Strings(storage.List("nodes")));
        Assert.True(run.Options.OptionsOf("proxmoxve:storage/zfspool:Zfspool", "adatum-storage-storage").Protect);
        Assert.True(run.Options.OptionsOf("command:remote:Command", "adatum-storage-dataset-pve3").Protect);
    }

    [Fact]
    public async Task TenantPool_Adatum_HoldsTheStorageAndTheContainers()
    {
        var run = await RunDevAsync();

        Assert.Equal("tenant-adatum", run.Find("proxmoxve:index/poolLegacy:PoolLegacy", "adatum-pool-pool").Input("poolId"));
        var storageMember = run.Find("proxmoxve:pool/membership:Membership", "adatum-pool-pool-storage");
        Assert.Equal(("tenant-adatum", "tenant-adatum"), (storageMember.Input("poolId"), storageMember.Input("storageId")));
        var containerMember = run.Find("proxmoxve:pool/membership:Membership", "adatum-machines-db01-pool");
        Assert.Equal(("tenant-adatum", "101112"), (containerMember.Input("poolId"), containerMember.Input("vmId")));
        // VMs join through their own poolId; containers never set it (it would replace them).
        Assert.Equal("tenant-adatum", run.Find("proxmoxve:index/vmLegacy:VmLegacy", "adatum-machines-app01").Input("poolId"));
        Assert.Null(run.Find("proxmoxve:index/containerLegacy:ContainerLegacy", "adatum-machines-db01").Input("poolId"));
    }

    [Fact]
    public async Task TenantAccess_ActiveDirectory_RealmWithAdSettingsGroupAndAcls()
    {
        var run = await RunDevAsync();

        var realm = run.Find("proxmoxve:realm/ldap:Ldap", "adatum-access-realm");
        Assert.Equal("adatum", realm.Input("realm"));
        Assert.Equal(("adatum-dc1.corp.adatum.com", "adatum-dc2.corp.adatum.com"), (realm.Input("server1"), realm.Input("server2")));
        Assert.Equal(("sAMAccountName", "False", "True", "ldaps"), (realm.Input("userAttr"), realm.Input("caseSensitive"), realm.Input("verify"), realm.Input("mode")));
        Assert.Equal("FMJ-Admins-adatum", run.Find("proxmoxve:index/groupLegacy:GroupLegacy", "adatum-access-admins").Input("groupId"));
        var acls = run.OfTenant("adatum").Where(r => r.Type == "proxmoxve:index/acl:Acl")
            .Select(a => $"{a.Input("path")} {a.Input("roleId")} {a.Input("groupId")} {a.Input("propagate")}").Order(StringComparer.Ordinal);
        Assert.Equal(
            [
                "/pool/tenant-adatum FmjTenantOperator FMJ-Admins-adatum True",
                "/sdn/zones/t11 PVESDNUser FMJ-Admins-adatum True",
                "/storage/tenant-adatum PVEDatastoreUser FMJ-Admins-adatum False",
            ],
            acls);
    }

    [Fact]
    public async Task TenantAccess_ExistingLdapAndDnsOnly_RealmOnlyWhereThereIsADirectory()
    {
        var run = await RunDevAsync();

        var contoso = run.Find("proxmoxve:realm/ldap:Ldap", "contoso-access-realm");
        Assert.Equal(("ldap1.contoso.com", "ldap2.contoso.com", "uid"), (contoso.Input("server1"), contoso.Input("server2"), contoso.Input("userAttr")));
        Assert.Equal("contoso", run.Find("proxmoxve:realm/sync:Sync", "contoso-access-realm-sync").Input("realm"));
        Assert.DoesNotContain(run.OfTenant("fabrikam"), r => r.Type.StartsWith("proxmoxve:realm/", StringComparison.Ordinal));
        Assert.Equal("tenant-fabrikam-admins", run.Find("proxmoxve:index/groupLegacy:GroupLegacy", "fabrikam-access-admins").Input("groupId"));
    }

    [Fact]
    public async Task TenantOperatorRole_Pve9_OperatesButNeverCreatesOrResizes()
    {
        var run = await RunDevAsync();

        var role = Assert.Single(run.OfType("proxmoxve:index/roleLegacy:RoleLegacy"));
        var privileges = Strings(role.List("privileges"));
        Assert.Equal("FmjTenantOperator", role.Input("roleId"));
        Assert.Contains("VM.PowerMgmt", privileges);
        Assert.Contains("VM.GuestAgent.Audit", privileges);
        foreach (var forbidden in new[] { "VM.Allocate", "VM.Clone", "VM.Config.CPU", "VM.Config.Memory", "VM.Migrate", "Permissions.Modify" })
        {
            Assert.DoesNotContain(forbidden, privileges);
        }

        Assert.DoesNotContain(privileges, p => p.StartsWith("Sys.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TenantMachines_Adatum_GuestsFromThePlanOnTenantStorage()
    {
        var run = await RunDevAsync();

        var app = run.Find("proxmoxve:index/vmLegacy:VmLegacy", "adatum-machines-app01");
        Assert.Equal(("adatum-app01", "101111", "pve3"), (app.Input("name"), app.Input("vmId"), app.Input("nodeName")));
        Assert.Equal("9000", app.Map("clone")["vmId"].ToString());
        Assert.Equal(["fmj", "tenant-adatum"], Strings(app.List("tags")));
        var ipConfig = (ImmutableDictionary<string, object>)((ImmutableArray<object>)app.Map("initialization")["ipConfigs"])[0];
        var ipv4 = (ImmutableDictionary<string, object>)ipConfig["ipv4"];
        Assert.Equal(("10.64.11.11/24", "10.64.11.1"), ((string)ipv4["address"], (string)ipv4["gateway"]));

        foreach (var guest in run.OfTenant("adatum").Where(r => r.Type is "proxmoxve:index/vmLegacy:VmLegacy" or "proxmoxve:index/containerLegacy:ContainerLegacy"))
        {
            var datastores = guest.Type.EndsWith("VmLegacy", StringComparison.Ordinal)
                ? guest.List("disks").Select(d => (string)((ImmutableDictionary<string, object>)d)["datastoreId"]).Append((string)guest.Map("clone")["datastoreId"]).Append((string)guest.Map("initialization")["datastoreId"])
                : [(string)guest.Map("disk")["datastoreId"]];
            Assert.All(datastores, d => Assert.Equal("tenant-adatum", d));
            var tags = Strings(guest.List("tags"));
            Assert.Equal(tags.Order(StringComparer.Ordinal), tags);
            Assert.Equal(tags.Select(t => t.ToLowerInvariant()), tags);
        }
    }

    [Fact]
    public async Task TenantMachines_DomainControllers_AreProtected_AndHaGuestsIgnoreNodeMoves()
    {
        var run = await RunDevAsync();

        var dc = run.Options.OptionsOf("proxmoxve:index/vmLegacy:VmLegacy", "adatum-machines-dc1");
        Assert.True(dc.Protect);
        Assert.Equal("True", run.Find("proxmoxve:index/vmLegacy:VmLegacy", "adatum-machines-dc1").Input("protection"));
        Assert.Contains("nodeName", dc.IgnoreChanges);
        // Every guest holds data and is protected against deletion; only domain controllers carry Proxmox's own flag.
        Assert.True(run.Options.OptionsOf("proxmoxve:index/vmLegacy:VmLegacy", "adatum-machines-app01").Protect);
        Assert.Equal("False", run.Find("proxmoxve:index/vmLegacy:VmLegacy", "adatum-machines-app01").Input("protection"));
        // Contoso's files01 has no HA: a node change in the plan migrates it (migrate = true) and shows in the diff.
        Assert.Empty(run.Options.OptionsOf("proxmoxve:index/vmLegacy:VmLegacy", "contoso-machines-files01").IgnoreChanges);
        Assert.Equal("True", run.Find("proxmoxve:index/vmLegacy:VmLegacy", "contoso-machines-files01").Input("migrate"));
    }

    [Theory]
    [InlineData("proxmoxve:index/vmLegacy:VmLegacy", "fabrikam-machines-web")]
    [InlineData("proxmoxve:index/containerLegacy:ContainerLegacy", "fabrikam-machines-shop01")]
    [InlineData("proxmoxve:index/vmLegacy:VmLegacy", "contoso-machines-erp01")]
    public async Task TenantMachines_EveryGuest_WaitsForTheSdnApplyAndTheStorage(string type, string name)
    {
        var run = await RunDevAsync();
        var tenant = name[..name.IndexOf('-', StringComparison.Ordinal)];

        var dependencies = (await run.DependenciesOfAsync(type, name)).Select(d => d.GetResourceName()).Order(StringComparer.Ordinal);

        Assert.Equal([$"{tenant}-network-sdn-apply", $"{tenant}-storage-storage"], dependencies);
    }

    [Fact]
    public async Task TenantMachines_WindowsTemplate_BootsUefiWithTpmOnTenantStorage()
    {
        var run = await RunDevAsync();

        var dc = run.Find("proxmoxve:index/vmLegacy:VmLegacy", "adatum-machines-dc2");
        Assert.Equal(("ovmf", "q35", "win11"), (dc.Input("bios"), dc.Input("machine"), (string)dc.Map("operatingSystem")["type"]));
        Assert.Equal("tenant-adatum", dc.Map("efiDisk")["datastoreId"]);
        Assert.Equal("tenant-adatum", dc.Map("tpmState")["datastoreId"]);
        Assert.Null(run.Find("proxmoxve:index/vmLegacy:VmLegacy", "adatum-machines-web").Input("bios"));
    }
}
