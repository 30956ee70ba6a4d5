using Fmj.Core.Addressing;
using Fmj.Core.Catalogue;
using Fmj.Core.Clusters;
using Fmj.Core.Gear;
using Fmj.Core.Tenants;

namespace Fmj.Core.Planning;

/// <summary>
/// Turns one checked tenant into its plan. A pure function of the cluster, the catalogue and this tenant alone:
/// no other tenant's file can change what it returns.
/// </summary>
public static class TenantPlanner
{
    public const string StorageContentImages = "images";
    public const string StorageContentRootDir = "rootdir";

    /// <summary>A CPU model every node of a cluster runs, so guests can migrate and fail over between nodes.</summary>
    public const string CpuType = "x86-64-v2-AES";

    public static TenantPlan Plan(ClusterSpec cluster, PackageCatalogue catalogue, TenantSpec tenant, ServicePackage package, TenantAddressing addressing)
    {
        var zoneId = $"t{tenant.Number}";
        var network = new NetworkPlan(
            new ZonePlan(zoneId, cluster.Bridge, addressing.Nodes, Ipam: "pve"),
            Vnet($"{zoneId}pub", zoneId, addressing.PublicVlan, $"{tenant.DisplayName} public", addressing.PublicSubnet),
            Vnet($"{zoneId}prv", zoneId, addressing.PrivateVlan, $"{tenant.DisplayName} private", addressing.PrivateSubnet));

        var storageId = $"tenant-{tenant.Name}";
        var guests = Guests(cluster, catalogue, tenant, package, addressing, network, storageId);
        var baseDisk = guests.Where(g => !g.CountsAgainstPackage).Sum(g => g.DiskGb);
        var dataset = $"{cluster.Zfs.TenantsDataset}/{tenant.Name}";
        // The quota holds the package's storage plus the base services' disks, which live on the same dataset.
        var quotaGb = package.Allocation.StorageGb + baseDisk;
        var storage = new StoragePlan(
            Dataset: dataset,
            QuotaGb: quotaGb,
            StorageId: storageId,
            Nodes: addressing.Nodes,
            Contents: [StorageContentImages, StorageContentRootDir],
            ThinProvision: true,
            BlockSize: "16k",
            Hosts: [.. addressing.Nodes.Select(name => cluster.Nodes.First(node => node.Name == name))])
        {
            Protected = TenantLifecycle.ProtectsData(tenant.State),
        };

        var pool = new PoolPlan($"tenant-{tenant.Name}", $"{tenant.DisplayName} (tenant {tenant.Number}, {package.Name})");
        var own = guests.Where(g => g.CountsAgainstPackage)
            .Aggregate(ResourceUsage.Zero, (sum, g) => sum.Add(g.Vcpu, g.MemoryMb, g.DiskGb));

        return new TenantPlan
        {
            Name = tenant.Name,
            DisplayName = tenant.DisplayName,
            Number = tenant.Number,
            Package = new PackageUsage(package.Name, package.HighAvailability, package.MonthlyPrice, package.Allocation, own),
            Nodes = addressing.Nodes,
            Network = network,
            Storage = storage,
            Pool = pool,
            Access = Access(tenant, pool, network, storage, guests),
            Guests = guests,
            ReverseProxy = PlatformServicesPlanner.ReverseProxy(cluster, tenant),
            State = tenant.State,
            HighAvailability = PlatformServicesPlanner.HighAvailability(cluster, catalogue, tenant, package, addressing.Nodes, guests),
            Backup = PlatformServicesPlanner.Backup(cluster, catalogue, tenant, package, pool),
            Firewall = PlatformServicesPlanner.Firewall(cluster, tenant, network, guests),
            Uplink = UplinkPlanner.Plan(cluster.Network, tenant.Name, network),
        };
    }

    private static VnetPlan Vnet(string id, string zone, int tag, string alias, Ipv4Network subnet) =>
        new(id, zone, tag, alias, new SubnetPlan(subnet.ToString(), Address(subnet, HostOffsets.Gateway)));

    private static List<GuestPlan> Guests(ClusterSpec cluster, PackageCatalogue catalogue, TenantSpec tenant, ServicePackage package, TenantAddressing addressing, NetworkPlan network, string storageId)
    {
        var sizes = catalogue.BaseEnvironment;
        var pub = network.Public;
        var prv = network.Private;
        var publicNet = addressing.PublicSubnet;
        var privateNet = addressing.PrivateSubnet;
        var ha = package.HighAvailability;
        var first = addressing.Nodes[0];
        var second = addressing.Nodes[^1];
        var protectsData = TenantLifecycle.ProtectsData(tenant.State);
        var running = TenantLifecycle.RunsGuests(tenant.State);

        var dnsServers = tenant.Identity switch
        {
            ActiveDirectoryIdentity ad => Enumerable.Range(0, ad.DomainControllers)
                .Select(i => Address(privateNet, i == 0 ? HostOffsets.DomainController1 : HostOffsets.DomainController2)).ToList(),
            DnsOnlyIdentity => [Address(privateNet, HostOffsets.DnsServer)],
            _ => cluster.DnsServers.ToList(),
        };
        var dns = new DnsPlan(tenant.Identity.Domain, dnsServers);

        var guests = new List<GuestPlan>();
        GuestPlan Base(string key, GuestRole role, BaseServiceSize size, int slot, string node, IReadOnlyList<NicPlan> nics, bool isProtected) => new()
        {
            Key = key,
            Role = role,
            Kind = size.Kind,
            Name = $"{tenant.Name}-{key}",
            VmId = addressing.Vmid(slot),
            Node = node,
            Template = Template(cluster, size.Template),
            CpuType = CpuType,
            Vcpu = size.Vcpu,
            MemoryMb = size.MemoryMb,
            Disks = [Disk(size.Kind, storageId, size.DiskGb)],
            Nics = nics,
            Dns = dns,
            Tags = Tags(tenant.Name, $"base-{key}"),
            HighAvailability = ha,
            Protected = protectsData,
            ProxmoxProtection = isProtected && protectsData,
            Running = running,
            CountsAgainstPackage = false,
        };

        if (tenant.Services.WebServer)
        {
            guests.Add(Base("web", GuestRole.WebServer, sizes.WebServer, GuestSlots.WebServer, first,
                [Nic(sizes.WebServer.Kind, 0, pub, publicNet, HostOffsets.WebServerPublic, withGateway: true)], isProtected: false));
        }

        if (tenant.Services.Vpn)
        {
            guests.Add(Base("vpn", GuestRole.Vpn, sizes.Vpn, GuestSlots.Vpn, first,
            [
                Nic(sizes.Vpn.Kind, 0, pub, publicNet, HostOffsets.VpnPublic, withGateway: true),
                Nic(sizes.Vpn.Kind, 1, prv, privateNet, HostOffsets.VpnPrivate, withGateway: false),
            ], isProtected: false));
        }

        switch (tenant.Identity)
        {
            case ActiveDirectoryIdentity ad:
                guests.Add(Base("dc1", GuestRole.DomainController, sizes.DomainController, GuestSlots.DomainController1, first,
                    [Nic(sizes.DomainController.Kind, 0, prv, privateNet, HostOffsets.DomainController1, withGateway: true)], isProtected: true));
                if (ad.DomainControllers == 2)
                {
                    // The second DC goes to the other node, so one node failing never takes the whole directory.
                    guests.Add(Base("dc2", GuestRole.DomainController, sizes.DomainController, GuestSlots.DomainController2, second,
                        [Nic(sizes.DomainController.Kind, 0, prv, privateNet, HostOffsets.DomainController2, withGateway: true)], isProtected: true));
                }

                break;
            case DnsOnlyIdentity:
                guests.Add(Base("dns", GuestRole.DnsServer, sizes.DnsServer, GuestSlots.DnsServer, first,
                    [Nic(sizes.DnsServer.Kind, 0, prv, privateNet, HostOffsets.DnsServer, withGateway: true)], isProtected: false));
                break;
        }

        foreach (var machine in tenant.Machines.OrderBy(m => m.Number))
        {
            var (vnet, subnet) = machine.Subnet == SubnetRole.Public ? (pub, publicNet) : (prv, privateNet);
            guests.Add(new GuestPlan
            {
                Key = machine.Name,
                Role = GuestRole.Tenant,
                Kind = machine.Kind,
                Name = $"{tenant.Name}-{machine.Name}",
                VmId = addressing.Vmid(GuestSlots.OwnMachine(machine.Number)),
                Node = addressing.Nodes[machine.Number % addressing.Nodes.Count],
                Template = Template(cluster, machine.Template),
                CpuType = CpuType,
                Vcpu = machine.Vcpu,
                MemoryMb = machine.MemoryMb,
                Disks = [Disk(machine.Kind, storageId, machine.DiskGb)],
                Nics = [Nic(machine.Kind, 0, vnet, subnet, HostOffsets.OwnMachine(machine.Number), withGateway: true)],
                Dns = dns,
                Tags = Tags(tenant.Name, null),
                HighAvailability = machine.HighAvailability,
                Protected = protectsData,
                ProxmoxProtection = false,
                Running = running,
                CountsAgainstPackage = true,
            });
        }

        return guests;
    }

    private static AccessPlan Access(TenantSpec tenant, PoolPlan pool, NetworkPlan network, StoragePlan storage, IReadOnlyList<GuestPlan> guests)
    {
        var realmId = tenant.Name;
        RealmPlan? realm = null;
        string groupId;
        switch (tenant.Identity)
        {
            case ActiveDirectoryIdentity ad:
                // By name, not address: LDAPS verification checks the DC certificate, which names the host. FMJ's
                // shared resolvers forward the tenant's AD zone to its DCs, so the nodes can resolve these names.
                var controllers = guests.Where(g => g.Role == GuestRole.DomainController).Select(g => $"{g.Name}.{ad.DomainName}").ToList();
                var domainDn = DomainComponents(ad.DomainName);
                realm = new RealmPlan
                {
                    Id = realmId,
                    Directory = "active-directory",
                    Server1 = controllers[0],
                    Server2 = controllers.Count > 1 ? controllers[1] : null,
                    Port = 636,
                    Mode = "ldaps",
                    Verify = true,
                    BaseDn = domainDn,
                    BindDn = $"CN=svc-proxmox,CN=Users,{domainDn}",
                    BindPasswordSecret = BindPasswordSecret(tenant.Name),
                    UserAttribute = "sAMAccountName",
                    CaseSensitive = false,
                    GroupDn = domainDn,
                    GroupFilter = "(objectClass=group)",
                    Comment = $"{tenant.DisplayName} Active Directory ({ad.DomainName})",
                    Sync = ad.Sync.Live ? new RealmSyncPlan("both", EnableNew: true, "acl;entry;properties", ad.Sync.Revision) : null,
                };
                groupId = $"{ad.AdminGroup}-{realmId}";
                break;
            case ExistingLdapIdentity ldap:
                realm = new RealmPlan
                {
                    Id = realmId,
                    Directory = "ldap",
                    Server1 = ldap.Servers[0],
                    Server2 = ldap.Servers.Count > 1 ? ldap.Servers[1] : null,
                    Port = ldap.Port,
                    Mode = ldap.Mode,
                    Verify = true,
                    BaseDn = ldap.BaseDn,
                    BindDn = ldap.BindDn,
                    BindPasswordSecret = BindPasswordSecret(tenant.Name),
                    UserAttribute = ldap.UserAttribute,
                    CaseSensitive = true,
                    GroupDn = ldap.GroupDn,
                    GroupFilter = "(|(objectClass=groupOfNames)(objectClass=groupOfUniqueNames)(objectClass=posixGroup))",
                    Comment = $"{tenant.DisplayName} LDAP directory",
                    Sync = ldap.Sync.Live ? new RealmSyncPlan("both", EnableNew: true, "acl;entry;properties", ldap.Sync.Revision) : null,
                };
                groupId = $"{ldap.AdminGroup}-{realmId}";
                break;
            default:
                groupId = $"tenant-{tenant.Name}-admins";
                break;
        }

        var group = new GroupPlan(groupId, $"{tenant.DisplayName} administrators");
        if (!TenantLifecycle.GrantsAccess(tenant.State))
        {
            // Offboarding revokes access: the realm and every ACL go; the group stays, holding no right anywhere.
            return new AccessPlan(null, group, []);
        }

        AclPlan[] acls =
        [
            new("pool", $"/pool/{pool.Id}", TenantRole.Id, groupId, Propagate: true),
            new("sdn", $"/sdn/zones/{network.Zone.Id}", "PVESDNUser", groupId, Propagate: true),
            new("storage", $"/storage/{storage.StorageId}", "PVEDatastoreUser", groupId, Propagate: false),
        ];
        return new AccessPlan(realm, group, acls);
    }

    /// <summary>The name of the Pulumi config secret (under <c>fmj:</c>) holding the realm's bind password.</summary>
    public static string BindPasswordSecret(string tenantName) => $"bindPassword-{tenantName}";

    private static string DomainComponents(string domain) => string.Join(",", domain.Split('.').Select(label => $"DC={label}"));

    private static TemplatePlan Template(ClusterSpec cluster, string name)
    {
        var template = cluster.Templates[name];
        return new TemplatePlan(template.Name, template.VmId, template.File, template.OsType, Uefi: template.OsType.StartsWith("win", StringComparison.Ordinal));
    }

    private static DiskPlan Disk(GuestKind kind, string storageId, int sizeGb) =>
        new(kind == GuestKind.Vm ? "scsi0" : "rootfs", storageId, sizeGb);

    private static NicPlan Nic(GuestKind kind, int index, VnetPlan vnet, Ipv4Network subnet, int hostOffset, bool withGateway) =>
        new(
            kind == GuestKind.Vm ? $"net{index}" : $"eth{index}",
            vnet.Id,
            $"{Address(subnet, hostOffset)}/{subnet.PrefixLength}",
            withGateway ? vnet.Subnet.Gateway : null);

    private static string Address(Ipv4Network subnet, int hostOffset) =>
        Ipv4Network.FormatAddress(subnet.Host(hostOffset) ?? throw new InvalidOperationException($"host {hostOffset} does not fit {subnet}; the checks should have refused this tenant."));

    private static string[] Tags(string tenant, string? role)
    {
        string[] tags = role is null ? ["fmj", $"tenant-{tenant}"] : ["fmj", $"tenant-{tenant}", role];
        for (var i = 0; i < tags.Length; i++)
        {
            tags[i] = tags[i].ToLowerInvariant();
        }

        // Proxmox returns VM tags sorted and container tags in lower case: the plan declares them that way, so a
        // refresh finds no drift.
        Array.Sort(tags, StringComparer.Ordinal);
        return tags;
    }
}
