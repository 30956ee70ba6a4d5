using Fmj.Core.Catalogue;

namespace Fmj.Core.Planning;

/// <summary>
/// High availability for the tenant's HA guests: an HA resource each; on PVE 9 a strict node-affinity rule for the
/// tenant's nodes and a negative resource-affinity rule keeping two domain controllers apart; on PVE 8 an HA group
/// instead (PVE 8 has no rules, PVE 9 no groups); and a replication job per HA guest to its partner node.
/// </summary>
public sealed record HighAvailabilityPlan(
    IReadOnlyList<HaResourcePlan> Resources,
    IReadOnlyList<HaRulePlan> Rules,
    HaGroupPlan? Group,
    IReadOnlyList<ReplicationPlan> Replications);

/// <summary>
/// One guest under HA: <see cref="ResourceId"/> is <c>vm:&lt;vmid&gt;</c> or <c>ct:&lt;vmid&gt;</c>. <see cref="Group"/>
/// is set on PVE 8 only; <see cref="Failback"/> (PVE 9 only) is false, so a guest stays where the plan put it and the
/// node priorities only choose where it recovers to.
/// </summary>
public sealed record HaResourcePlan(string GuestKey, string ResourceId, string State, string? Group, bool? Failback, string Comment);

/// <summary>
/// A PVE 9 HA rule. <c>node-affinity</c> rules have <see cref="Nodes"/> (node → priority, higher first) and
/// <see cref="Strict"/>; <c>resource-affinity</c> rules have <see cref="Affinity"/>.
/// </summary>
public sealed record HaRulePlan(
    string Key,
    string Id,
    string Type,
    IReadOnlyList<string> Resources,
    IReadOnlyDictionary<string, int>? Nodes,
    bool? Strict,
    string? Affinity,
    string Comment);

/// <summary>A PVE 8 HA group: the tenant's nodes with their priorities, restricted to them, without failback.</summary>
public sealed record HaGroupPlan(string Id, IReadOnlyDictionary<string, int> Nodes, bool Restricted, bool NoFailback, string Comment);

/// <summary>
/// A storage replication job (<c>&lt;vmid&gt;-0</c>) from the guest's node to <see cref="Target"/>, where the tenant's
/// dataset and storage also exist. PVE turns the job around when the guest moves to the target.
/// </summary>
public sealed record ReplicationPlan(string GuestKey, string Id, string Source, string Target, string Type, string Schedule, string Comment);

/// <summary>
/// The tenant's backup job: every guest in its pool, to the cluster's backup storage, on the package's schedule,
/// keeping <see cref="Retention"/> (Proxmox prune settings such as <c>keep-daily</c>). Disabled while offboarding, so
/// the last backups stay exactly as they are.
/// </summary>
public sealed record BackupJobPlan(
    string Id,
    string Storage,
    string Pool,
    string Schedule,
    string Mode,
    string Compress,
    IReadOnlyDictionary<string, string> Retention,
    bool Enabled);

/// <summary>
/// The platform's firewall defaults for one tenant: an IP set of every tenant network but the tenant's own, a
/// security group that drops traffic from and to it, and each guest's firewall switched on with that group first.
/// </summary>
public sealed record FirewallPlan(IpsetPlan OtherTenants, SecurityGroupPlan Group, IReadOnlyList<GuestFirewallPlan> Guests);

public sealed record IpsetPlan(string Name, string Comment, IReadOnlyList<IpsetEntryPlan> Entries);

/// <summary>A network in an IP set; <see cref="NoMatch"/> entries are carved out of the others.</summary>
public sealed record IpsetEntryPlan(string Cidr, bool NoMatch, string Comment);

public sealed record SecurityGroupPlan(string Name, string Comment, IReadOnlyList<FirewallRulePlan> Rules);

/// <summary>A firewall rule: <see cref="Direction"/> <c>in</c> or <c>out</c>; addresses are IP set references such as <c>+t11-others</c>.</summary>
public sealed record FirewallRulePlan(string Direction, string Action, string? Source, string? Destination, string Comment);

/// <summary>One guest's firewall: switched on, its default policies, and the security groups inserted before anything else.</summary>
public sealed record GuestFirewallPlan(
    string GuestKey,
    GuestKind Kind,
    string Node,
    int VmId,
    string InputPolicy,
    string OutputPolicy,
    bool MacFilter,
    IReadOnlyList<string> SecurityGroups);

/// <summary>How FMJ reaches the shared reverse proxy over SSH; the key is a Pulumi secret and never in the plan.</summary>
public sealed record ProxyConnectionPlan(string Host, int Port, string User, string? HostKey);
