using Fmj.Core.Catalogue;
using Fmj.Core.Clusters;
using Fmj.Core.Diagnostics;
using Fmj.Core.Planning;
using Fmj.Core.Tenants;
using Pulumi;

namespace FmjInfra.Components;

/// <param name="Cluster">The cluster the stack deploys.</param>
/// <param name="Catalogue">The package catalogue.</param>
/// <param name="Tenant">The tenant file, as loaded.</param>
/// <param name="TenantRole">The platform's tenant operator role, which the pool ACL names.</param>
/// <param name="BindPassword">The realm's bind password secret, when the tenant has a directory.</param>
/// <param name="SshPrivateKey">The key for the node commands, a secret; null to use the SSH agent.</param>
/// <param name="ReverseProxyPrivateKey">The key for the reverse proxy's SSH user, a secret; null to use the SSH agent.</param>
public sealed record TenantEnvironmentArgs(
    ClusterSpec Cluster,
    PackageCatalogue Catalogue,
    TenantDocument Tenant,
    Resource TenantRole,
    Output<string>? BindPassword,
    Output<string>? SshPrivateKey,
    Output<string>? ReverseProxyPrivateKey = null)
{
    /// <summary>The network gear's credentials and the previous tenant's command per device (uplink mode).</summary>
    public TenantUplinkDevices? Devices { get; init; }

    /// <summary>The tenant's plan when the caller has already made it (the fleet's plan); null to plan it here.</summary>
    public TenantPlan? Plan { get; init; }
}

/// <summary>
/// One tenant: network, storage, pool, access and machines, and the platform services (HA and replication, backups,
/// firewall isolation, the reverse-proxy account), composed from the tenant's plan. Given no plan, it asks the core
/// for one and refuses an invalid tenant before registering anything, with every finding in the message.
/// </summary>
public sealed class TenantEnvironment : ComponentResource
{
    public const string TypeToken = "fmj:tenant:TenantEnvironment";

    public TenantEnvironment(string name, TenantEnvironmentArgs args, ComponentResourceOptions? options = null)
        : this(name, args.Plan ?? PlanOrRefuse(args), args, options)
    {
    }

    private TenantEnvironment(string name, TenantPlan plan, TenantEnvironmentArgs args, ComponentResourceOptions? options)
        : base(TypeToken, name, options)
    {
        Plan = plan;
        var child = new ComponentResourceOptions { Parent = this };
        var network = new TenantNetwork($"{name}-network", new TenantNetworkArgs(plan.Network), child);
        Uplink = plan.Uplink is { } uplink ? new TenantUplink($"{name}-uplink", new TenantUplinkArgs(uplink, args.Devices ?? TenantUplinkDevices.None), child) : null;
        var storage = new TenantStorage($"{name}-storage", new TenantStorageArgs(plan.Storage, args.Cluster.SshUser, args.SshPrivateKey), child);
        var pool = new TenantPool($"{name}-pool", new TenantPoolArgs(plan.Pool, storage.Storage), child);
        _ = new TenantAccess($"{name}-access", new TenantAccessArgs(plan.Access, args.BindPassword, [args.TenantRole, pool.Pool, network, storage.Storage]), child);
        var machines = new TenantMachines($"{name}-machines", new TenantMachinesArgs(plan.Guests, pool.Pool, storage.Storage, network.Applied), child);
        if (plan.HighAvailability is { } highAvailability)
        {
            _ = new TenantHighAvailability($"{name}-ha", new TenantHighAvailabilityArgs(highAvailability, machines.Guests), child);
        }

        if (plan.Backup is { } backup)
        {
            _ = new TenantBackup($"{name}-backup", new TenantBackupArgs(backup, pool.Pool), child);
        }

        if (plan.Firewall is { } firewall)
        {
            _ = new TenantFirewall($"{name}-firewall", new TenantFirewallArgs(firewall, machines.Guests), child);
        }

        if (plan.ReverseProxy is { } proxy)
        {
            _ = new TenantReverseProxy($"{name}-proxy", new TenantReverseProxyArgs(proxy, args.ReverseProxyPrivateKey), child);
        }

        Outputs = new Dictionary<string, object?>
        {
            ["state"] = plan.State.ToString().ToLowerInvariant(),
            ["pool"] = pool.Pool.PoolId,
            ["vnets"] = new Dictionary<string, object?> { ["public"] = network.PublicVnet.ResourceId, ["private"] = network.PrivateVnet.ResourceId },
            ["subnets"] = new Dictionary<string, object?>
            {
                ["public"] = plan.Network.Public.Subnet.Cidr,
                ["private"] = plan.Network.Private.Subnet.Cidr,
            },
            ["guests"] = plan.Guests.ToDictionary(g => g.Name, g => (object?)new Dictionary<string, object?>
            {
                ["vmid"] = machines.VmIds[g.Key],
                ["addresses"] = g.Nics.Select(n => n.Address).ToArray(),
            }),
        };
        RegisterOutputs(Outputs);
    }

    /// <summary>The plan this environment was built from.</summary>
    public TenantPlan Plan { get; }

    /// <summary>The tenant's commands on the network gear; null in SDN mode.</summary>
    public TenantUplink? Uplink { get; }

    /// <summary>What the stack exports for this tenant: pool, VNets, subnets, guest VMIDs and addresses. No secret.</summary>
    public IDictionary<string, object?> Outputs { get; }

    private static TenantPlan PlanOrRefuse(TenantEnvironmentArgs args)
    {
        var findings = new FindingList();
        var plan = FleetPlanner.PlanTenant(args.Cluster, args.Catalogue, args.Tenant, findings);
        if (plan is null)
        {
            throw new ResourceException(
                $"Tenant '{args.Tenant.Spec.Name}' ({args.Tenant.Path}) is refused:{Environment.NewLine}"
                + string.Join(Environment.NewLine, findings.Items.Where(f => f.IsError).Select(f => f.ToCompilerFormat())),
                null);
        }

        return plan;
    }
}
