using Fmj.Core.Planning;
using Pulumi;
using PVE = Pulumi.ProxmoxVE;

namespace FmjInfra.Components;

public sealed record TenantNetworkArgs(NetworkPlan Network);

/// <summary>
/// The tenant's SDN VLAN zone, its public and private VNets and their subnets, and the SDN apply that makes them
/// real. SDN edits stay pending until applied, so: a finalizer applier that every SDN object depends on (deleted
/// last, its delete applies removals), and an applier after the objects that runs again whenever one of them is
/// replaced or updated. Guests depend on <see cref="Applied"/>.
/// </summary>
public sealed class TenantNetwork : ComponentResource
{
    public const string TypeToken = "fmj:tenant:TenantNetwork";

    public TenantNetwork(string name, TenantNetworkArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        var plan = args.Network;
        var finalizer = new PVE.Sdn.Applier($"{name}-sdn-finalizer", new PVE.Sdn.ApplierArgs(), Child());

        var zone = new PVE.Sdn.Zone.Vlan($"{name}-zone", new PVE.Sdn.Zone.VlanArgs
        {
            ResourceId = plan.Zone.Id,
            Bridge = plan.Zone.Bridge,
            Nodes = plan.Zone.Nodes.ToArray(),
            Ipam = plan.Zone.Ipam,
        }, Child(finalizer));

        PublicVnet = Vnet(name, "public", plan.Public, zone, finalizer);
        PrivateVnet = Vnet(name, "private", plan.Private, zone, finalizer);
        var publicSubnet = Subnet(name, "public", plan.Public, PublicVnet, finalizer);
        var privateSubnet = Subnet(name, "private", plan.Private, PrivateVnet, finalizer);

        Resource[] sdnObjects = [zone, PublicVnet, PrivateVnet, publicSubnet, privateSubnet];
        Applied = new PVE.Sdn.Applier($"{name}-sdn-apply", new PVE.Sdn.ApplierArgs { OnDestroy = false }, new CustomResourceOptions
        {
            Parent = this,
            DependsOn = sdnObjects,
            // Re-apply when an SDN object is replaced, and when the plan of any of them changes in place.
            ReplaceWith = sdnObjects,
            ReplacementTrigger = PlanJson.Serialize(plan),
        });

        ZoneId = zone.ResourceId;
        RegisterOutputs(new Dictionary<string, object?>
        {
            ["zoneId"] = ZoneId,
            ["publicVnetId"] = PublicVnet.ResourceId,
            ["privateVnetId"] = PrivateVnet.ResourceId,
        });
    }

    public Output<string> ZoneId { get; }

    public PVE.Sdn.Vnet PublicVnet { get; }

    public PVE.Sdn.Vnet PrivateVnet { get; }

    /// <summary>The apply every guest on these VNets waits for: the VNet bridges exist on the nodes only once applied.</summary>
    public PVE.Sdn.Applier Applied { get; }

    private PVE.Sdn.Vnet Vnet(string name, string role, VnetPlan plan, PVE.Sdn.Zone.Vlan zone, Resource finalizer) =>
        new($"{name}-vnet-{role}", new PVE.Sdn.VnetArgs
        {
            ResourceId = plan.Id,
            Zone = zone.ResourceId,
            Tag = plan.Tag,
            Alias = plan.Alias,
        }, Child(finalizer));

    private PVE.Sdn.Subnet Subnet(string name, string role, VnetPlan plan, PVE.Sdn.Vnet vnet, Resource finalizer) =>
        new($"{name}-subnet-{role}", new PVE.Sdn.SubnetArgs
        {
            Vnet = vnet.ResourceId,
            Cidr = plan.Subnet.Cidr,
            Gateway = plan.Subnet.Gateway,
        }, Child(finalizer));

    private CustomResourceOptions Child(params Resource[] dependsOn) => new() { Parent = this, DependsOn = dependsOn };
}
