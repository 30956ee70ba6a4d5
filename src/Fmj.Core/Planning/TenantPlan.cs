using System.Text.Json.Serialization;
using Fmj.Core.Catalogue;
using Fmj.Core.Clusters;
using Fmj.Core.Tenants;

namespace Fmj.Core.Planning;

/// <summary>Every Proxmox object one tenant gets, with every identifier and property decided.</summary>
public sealed record TenantPlan
{
    public required string Name { get; init; }

    public required string DisplayName { get; init; }

    public required int Number { get; init; }

    public required PackageUsage Package { get; init; }

    public required IReadOnlyList<string> Nodes { get; init; }

    public required NetworkPlan Network { get; init; }

    public required StoragePlan Storage { get; init; }

    public required PoolPlan Pool { get; init; }

    public required AccessPlan Access { get; init; }

    public required IReadOnlyList<GuestPlan> Guests { get; init; }

    public ReverseProxyAccountPlan? ReverseProxy { get; init; }

    /// <summary>The commands for the network gear in uplink mode; null in SDN mode, where no device is touched.</summary>
    public UplinkPlan? Uplink { get; init; }

    /// <summary>Active, offboarding (access revoked, guests stopped, data kept) or retired (data no longer protected).</summary>
    public TenantState State { get; init; }

    /// <summary>HA resources, placement rules or group, and replication; null when the tenant has no HA guest.</summary>
    public HighAvailabilityPlan? HighAvailability { get; init; }

    /// <summary>The tenant's backup job; null once the tenant is retired.</summary>
    public BackupJobPlan? Backup { get; init; }

    /// <summary>The firewall defaults that keep the tenant's guests apart from every other tenant's networks.</summary>
    public FirewallPlan? Firewall { get; init; }
}

/// <summary>The package and how much of it the tenant's own machines use.</summary>
public sealed record PackageUsage(string Name, bool HighAvailability, decimal MonthlyPrice, ResourceAllocation Allowed, ResourceUsage Used);

/// <summary>Resources summed over guests: vCPU, MB of RAM, GB of disk.</summary>
public sealed record ResourceUsage(int Vcpu, int MemoryMb, int DiskGb)
{
    public static ResourceUsage Zero { get; } = new(0, 0, 0);

    public ResourceUsage Add(int vcpu, int memoryMb, int diskGb) => new(Vcpu + vcpu, MemoryMb + memoryMb, DiskGb + diskGb);
}

public sealed record NetworkPlan(ZonePlan Zone, VnetPlan Public, VnetPlan Private);

public sealed record ZonePlan(string Id, string Bridge, IReadOnlyList<string> Nodes, string Ipam);

public sealed record VnetPlan(string Id, string Zone, int Tag, string Alias, SubnetPlan Subnet);

public sealed record SubnetPlan(string Cidr, string Gateway);

/// <summary>
/// The tenant's ZFS dataset with its quota, registered as Proxmox storage on the tenant's nodes. <see cref="Hosts"/>
/// are those nodes with the addresses the dataset commands run on over SSH.
/// </summary>
public sealed record StoragePlan(
    string Dataset,
    int QuotaGb,
    string StorageId,
    IReadOnlyList<string> Nodes,
    IReadOnlyList<string> Contents,
    bool ThinProvision,
    string BlockSize,
    IReadOnlyList<ClusterNode> Hosts)
{
    /// <summary>Built from the dataset and quota when read, so a run that never runs them does not pay for the text.</summary>
    public DatasetCommands Commands => DatasetCommands.For(Dataset, QuotaGb);

    /// <summary>The dataset and storage hold the tenant's data: protected against deletion until the tenant is retired.</summary>
    public required bool Protected { get; init; }
}

public sealed record PoolPlan(string Id, string Comment);

public sealed record AccessPlan(RealmPlan? Realm, GroupPlan AdminGroup, IReadOnlyList<AclPlan> Acls);

/// <summary>
/// The tenant's directory linked as an LDAP realm (Active Directory included: Proxmox's provider has no AD type).
/// The bind password is never here: only the name of the Pulumi config secret that holds it.
/// </summary>
public sealed record RealmPlan
{
    public required string Id { get; init; }

    public required string Directory { get; init; }

    public required string Server1 { get; init; }

    public string? Server2 { get; init; }

    public required int Port { get; init; }

    public required string Mode { get; init; }

    public required bool Verify { get; init; }

    public required string BaseDn { get; init; }

    public required string BindDn { get; init; }

    public required string BindPasswordSecret { get; init; }

    public required string UserAttribute { get; init; }

    public required bool CaseSensitive { get; init; }

    public string? GroupDn { get; init; }

    public required string GroupFilter { get; init; }

    public required string Comment { get; init; }

    /// <summary>Null until the tenant file says the directory is live.</summary>
    public RealmSyncPlan? Sync { get; init; }
}

/// <summary>A realm sync; a new <see cref="Revision"/> runs it again.</summary>
public sealed record RealmSyncPlan(string Scope, bool EnableNew, string RemoveVanished, int Revision);

public sealed record GroupPlan(string Id, string Comment);

/// <summary>One ACL entry; <see cref="Key"/> names it (pool, sdn, storage) so reordering never replaces one.</summary>
public sealed record AclPlan(string Key, string Path, string RoleId, string GroupId, bool Propagate);

/// <summary>
/// The tenant's account on the shared reverse proxy, scoped to its own configuration directory, kept by idempotent
/// commands over SSH; the delete (at retirement) archives the directory and removes the account.
/// </summary>
/// <param name="Account">The system user on the proxy host.</param>
/// <param name="Domains">The domains the tenant's sites answer for.</param>
/// <param name="Tenant">The tenant's name, which the commands use; the rest of the plan already shows it.</param>
public sealed record ReverseProxyAccountPlan(string Account, IReadOnlyList<string> Domains, [property: JsonIgnore] string Tenant)
{
    public required ReverseProxyKind Kind { get; init; }

    public required ProxyConnectionPlan Connection { get; init; }

    /// <summary>The one directory the account may write: the tenant's own proxy configuration.</summary>
    public string ConfigDirectory => ReverseProxyCommands.ConfigDirectory(Kind, Tenant);

    /// <summary>Built when read, like <see cref="StoragePlan.Commands"/>.</summary>
    public ReverseProxyCommands Commands => ReverseProxyCommands.For(Kind, Connection.User, Account, Tenant);
}
