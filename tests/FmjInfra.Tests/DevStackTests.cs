using FmjInfra.Tests.Support;

namespace FmjInfra.Tests;

public class DevStackTests
{
    private static StackConfig DevConfig() => StackConfig.Dev(Repository.PathOf("Tenants"));

    [Fact]
    public async Task Run_DevStack_RegistersTheFullSetOfResourcesForAdatum()
    {
        var run = await StackRun.RunAsync(DevConfig());

        var adatum = run.OfTenant("adatum").Select(r => $"{r.Type} {r.Name}").Order(StringComparer.Ordinal).ToList();
        string[] expected =
        [
            "command:remote:Command adatum-proxy-account",
            "command:remote:Command adatum-storage-dataset-pve2",
            "command:remote:Command adatum-storage-dataset-pve3",
            "command:remote:Command adatum-uplink-core1",
            "command:remote:Command adatum-uplink-edge1",
            "fmj:tenant:TenantAccess adatum-access",
            "fmj:tenant:TenantBackup adatum-backup",
            "fmj:tenant:TenantEnvironment adatum",
            "fmj:tenant:TenantFirewall adatum-firewall",
            "fmj:tenant:TenantHighAvailability adatum-ha",
            "fmj:tenant:TenantMachines adatum-machines",
            "fmj:tenant:TenantNetwork adatum-network",
            "fmj:tenant:TenantPool adatum-pool",
            "fmj:tenant:TenantReverseProxy adatum-proxy",
            "fmj:tenant:TenantStorage adatum-storage",
            "fmj:tenant:TenantUplink adatum-uplink",
            "proxmoxve:backup/job:Job adatum-backup-job",
            "proxmoxve:cluster/firewall/security/groupLegacy:GroupLegacy adatum-firewall-group",
            "proxmoxve:firewall/ipsetLegacy:IpsetLegacy adatum-firewall-others",
            "proxmoxve:firewall/optionsLegacy:OptionsLegacy adatum-firewall-app01-options",
            "proxmoxve:firewall/optionsLegacy:OptionsLegacy adatum-firewall-db01-options",
            "proxmoxve:firewall/optionsLegacy:OptionsLegacy adatum-firewall-dc1-options",
            "proxmoxve:firewall/optionsLegacy:OptionsLegacy adatum-firewall-dc2-options",
            "proxmoxve:firewall/optionsLegacy:OptionsLegacy adatum-firewall-vpn-options",
            "proxmoxve:firewall/optionsLegacy:OptionsLegacy adatum-firewall-web-options",
            "proxmoxve:firewall/rulesLegacy:RulesLegacy adatum-firewall-app01-rules",
            "proxmoxve:firewall/rulesLegacy:RulesLegacy adatum-firewall-db01-rules",
            "proxmoxve:firewall/rulesLegacy:RulesLegacy adatum-firewall-dc1-rules",
            "proxmoxve:firewall/rulesLegacy:RulesLegacy adatum-firewall-dc2-rules",
            "proxmoxve:firewall/rulesLegacy:RulesLegacy adatum-firewall-vpn-rules",
            "proxmoxve:firewall/rulesLegacy:RulesLegacy adatum-firewall-web-rules",
            "proxmoxve:index/acl:Acl adatum-access-acl-pool",
            "proxmoxve:index/acl:Acl adatum-access-acl-sdn",
            "proxmoxve:index/acl:Acl adatum-access-acl-storage",
            "proxmoxve:index/containerLegacy:ContainerLegacy adatum-machines-db01",
            "proxmoxve:index/containerLegacy:ContainerLegacy adatum-machines-vpn",
            "proxmoxve:index/groupLegacy:GroupLegacy adatum-access-admins",
            "proxmoxve:index/haresource:Haresource adatum-ha-app01",
            "proxmoxve:index/haresource:Haresource adatum-ha-db01",
            "proxmoxve:index/haresource:Haresource adatum-ha-dc1",
            "proxmoxve:index/haresource:Haresource adatum-ha-dc2",
            "proxmoxve:index/haresource:Haresource adatum-ha-vpn",
            "proxmoxve:index/haresource:Haresource adatum-ha-web",
            "proxmoxve:index/harule:Harule adatum-ha-rule-dcs-apart",
            "proxmoxve:index/harule:Harule adatum-ha-rule-nodes",
            "proxmoxve:index/poolLegacy:PoolLegacy adatum-pool-pool",
            "proxmoxve:index/replication:Replication adatum-ha-replication-app01",
            "proxmoxve:index/replication:Replication adatum-ha-replication-db01",
            "proxmoxve:index/replication:Replication adatum-ha-replication-dc1",
            "proxmoxve:index/replication:Replication adatum-ha-replication-dc2",
            "proxmoxve:index/replication:Replication adatum-ha-replication-vpn",
            "proxmoxve:index/replication:Replication adatum-ha-replication-web",
            "proxmoxve:index/vmLegacy:VmLegacy adatum-machines-app01",
            "proxmoxve:index/vmLegacy:VmLegacy adatum-machines-dc1",
            "proxmoxve:index/vmLegacy:VmLegacy adatum-machines-dc2",
            "proxmoxve:index/vmLegacy:VmLegacy adatum-machines-web",
            "proxmoxve:pool/membership:Membership adatum-machines-db01-pool",
            "proxmoxve:pool/membership:Membership adatum-machines-vpn-pool",
            "proxmoxve:pool/membership:Membership adatum-pool-pool-storage",
            "proxmoxve:realm/ldap:Ldap adatum-access-realm",
            "proxmoxve:realm/sync:Sync adatum-access-realm-sync",
            "proxmoxve:sdn/applier:Applier adatum-network-sdn-apply",
            "proxmoxve:sdn/applier:Applier adatum-network-sdn-finalizer",
            "proxmoxve:sdn/subnet:Subnet adatum-network-subnet-private",
            "proxmoxve:sdn/subnet:Subnet adatum-network-subnet-public",
            "proxmoxve:sdn/vnet:Vnet adatum-network-vnet-private",
            "proxmoxve:sdn/vnet:Vnet adatum-network-vnet-public",
            "proxmoxve:sdn/zone/vlan:Vlan adatum-network-zone",
            "proxmoxve:storage/zfspool:Zfspool adatum-storage-storage",
        ];
        Assert.Equal(expected, adatum);
    }

    [Theory]
    [InlineData("adatum", 4, 2, 1)]
    [InlineData("contoso", 2, 2, 1)]
    [InlineData("fabrikam", 1, 4, 0)]
    public async Task Run_DevStack_RegistersEachTenantsGuestsAndRealm(string tenant, int vms, int containers, int syncs)
    {
        var run = await StackRun.RunAsync(DevConfig());

        var resources = run.OfTenant(tenant).ToList();
        Assert.Equal(vms, resources.Count(r => r.Type == "proxmoxve:index/vmLegacy:VmLegacy"));
        Assert.Equal(containers, resources.Count(r => r.Type == "proxmoxve:index/containerLegacy:ContainerLegacy"));
        Assert.Equal(syncs, resources.Count(r => r.Type == "proxmoxve:realm/sync:Sync"));
        Assert.Single(resources, r => r.Type == "fmj:tenant:TenantEnvironment");
    }

    [Fact]
    public async Task Run_DevStack_RegistersOneProviderAndOneTenantRole()
    {
        var run = await StackRun.RunAsync(DevConfig());

        var provider = Assert.Single(run.OfType("pulumi:providers:proxmoxve"));
        Assert.Equal("https://pve-dev.fmj.example:8006/", provider.Input("endpoint"));
        Assert.Single(run.OfType("proxmoxve:index/roleLegacy:RoleLegacy"));
    }

    [Fact]
    public async Task Run_DevStack_DumpPassesTheProviderSchemaCheck()
    {
        var run = await StackRun.RunAsync(DevConfig());

        // CI points FMJ_CHECK_PROVIDER_INPUTS at ../shared/tools/check-provider-inputs; elsewhere the dump is still written.
        Assert.True(run.Resources.Count > 90, $"only {run.Resources.Count} resources were recorded");
        await ProviderSchemaCheck.AssertPassesAsync(run, "dev-stack-resources.json");
    }

    [Fact]
    public async Task Run_DevStack_ExportsEachTenantsPoolNetworksAndGuests()
    {
        var run = await StackRun.RunAsync(DevConfig());

        var tenants = (IDictionary<string, object?>)run.Outputs["tenants"]!;
        Assert.Equal(["adatum", "contoso", "fabrikam"], tenants.Keys.Order(StringComparer.Ordinal));
        var adatum = (IDictionary<string, object?>)tenants["adatum"]!;
        var subnets = (IDictionary<string, object?>)adatum["subnets"]!;
        Assert.Equal("198.18.1.96/27", subnets["public"]);
        Assert.Equal("10.64.11.0/24", subnets["private"]);
        var guests = (IDictionary<string, object?>)adatum["guests"]!;
        Assert.Equal(["adatum-app01", "adatum-db01", "adatum-dc1", "adatum-dc2", "adatum-vpn", "adatum-web"], guests.Keys.Order(StringComparer.Ordinal));
        var texts = await run.OutputTextsAsync();
        Assert.Contains("tenant-adatum", texts);
        Assert.Contains("101111", texts);
        Assert.Contains("10.64.11.11/24", texts);
    }

    [Fact]
    public async Task Run_DevStack_NoSecretAppearsInTheOutputs()
    {
        var config = DevConfig();
        var run = await StackRun.RunAsync(config);

        var texts = await run.OutputTextsAsync();
        Assert.NotEmpty(texts);
        foreach (var secret in config.SecretValues)
        {
            Assert.DoesNotContain(texts, t => t.Contains(secret, StringComparison.Ordinal));
        }
    }
}
