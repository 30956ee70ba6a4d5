using Fmj.Core.Planning;
using Pulumi;
using PVE = Pulumi.ProxmoxVE;
using Remote = Pulumi.Command.Remote;

namespace FmjInfra.Components;

/// <param name="Storage">The dataset, its quota, the storage id and the nodes, from the plan.</param>
/// <param name="SshUser">The user the dataset commands run as on each node.</param>
/// <param name="SshPrivateKey">The key for <paramref name="SshUser"/> (a secret); null to use the SSH agent.</param>
public sealed record TenantStorageArgs(StoragePlan Storage, string SshUser, Output<string>? SshPrivateKey);

/// <summary>
/// The tenant's ZFS dataset with its quota on every node that hosts the tenant (there is no dataset resource in
/// the provider, so: idempotent commands over SSH), registered as zfspool storage for disks and container roots.
/// Both are protected until the tenant is retired: tenant data never leaves through a deleted file or a refactoring.
/// </summary>
public sealed class TenantStorage : ComponentResource
{
    public const string TypeToken = "fmj:tenant:TenantStorage";

    public TenantStorage(string name, TenantStorageArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        var plan = args.Storage;
        var datasets = plan.Hosts.Select(host => (Resource)new Remote.Command($"{name}-dataset-{host.Name}", new Remote.CommandArgs
        {
            Connection = Connection(host.Address, args),
            Create = plan.Commands.Create,
            Update = plan.Commands.Update,
            Delete = plan.Commands.Delete,
        }, new CustomResourceOptions { Parent = this, Protect = plan.Protected })).ToArray();

        Storage = new PVE.Storage.Zfspool($"{name}-storage", new PVE.Storage.ZfspoolArgs
        {
            ResourceId = plan.StorageId,
            ZfsPool = plan.Dataset,
            Nodes = plan.Nodes.ToArray(),
            Contents = plan.Contents.ToArray(),
            ThinProvision = plan.ThinProvision,
            Blocksize = plan.BlockSize,
        }, new CustomResourceOptions { Parent = this, DependsOn = datasets, Protect = plan.Protected });

        RegisterOutputs(new Dictionary<string, object?> { ["storageId"] = Storage.ResourceId });
    }

    public PVE.Storage.Zfspool Storage { get; }

    private static Remote.Inputs.ConnectionArgs Connection(string address, TenantStorageArgs args)
    {
        var connection = new Remote.Inputs.ConnectionArgs { Host = address, User = args.SshUser };
        if (args.SshPrivateKey is { } key)
        {
            connection.PrivateKey = key;
        }

        return connection;
    }
}
