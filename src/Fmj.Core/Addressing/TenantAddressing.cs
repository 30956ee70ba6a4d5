namespace Fmj.Core.Addressing;

/// <summary>Everything about a tenant's place on the cluster that derives from its number, unless its file says otherwise.</summary>
public sealed record TenantAddressing(
    int PublicVlan,
    int PrivateVlan,
    Ipv4Network PublicSubnet,
    Ipv4Network PrivateSubnet,
    int VmidBase,
    IReadOnlyList<string> Nodes)
{
    public int Vmid(int slot) => VmidBase + slot;
}
