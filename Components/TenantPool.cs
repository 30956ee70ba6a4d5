using Fmj.Core.Planning;
using Pulumi;
using PVE = Pulumi.ProxmoxVE;

namespace FmjInfra.Components;

public sealed record TenantPoolArgs(PoolPlan Pool, PVE.Storage.Zfspool Storage);

/// <summary>
/// The tenant's resource pool, with its storage as a member. Guests join it without the two membership mechanisms
/// fighting: VMs through their own PoolId (created straight into the pool), containers through a Pool.Membership
/// each (a container's PoolId forces a replacement and is not read back).
/// </summary>
public sealed class TenantPool : ComponentResource
{
    public const string TypeToken = "fmj:tenant:TenantPool";

    public TenantPool(string name, TenantPoolArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        Pool = new PVE.PoolLegacy($"{name}-pool", new PVE.PoolLegacyArgs
        {
            PoolId = args.Pool.Id,
            Comment = args.Pool.Comment,
        }, new CustomResourceOptions { Parent = this });

        _ = new PVE.Pool.Membership($"{name}-pool-storage", new PVE.Pool.MembershipArgs
        {
            PoolId = Pool.PoolId,
            StorageId = args.Storage.ResourceId,
        }, new CustomResourceOptions { Parent = this });

        RegisterOutputs(new Dictionary<string, object?> { ["poolId"] = Pool.PoolId });
    }

    public PVE.PoolLegacy Pool { get; }
}
