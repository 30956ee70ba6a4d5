using Fmj.Core.Planning;
using Pulumi;
using Remote = Pulumi.Command.Remote;

namespace FmjInfra.Components;

/// <param name="Account">The account, its connection and its commands, from the plan.</param>
/// <param name="PrivateKey">The key for the proxy's SSH user, a Pulumi secret; null to use the SSH agent.</param>
public sealed record TenantReverseProxyArgs(ReverseProxyAccountPlan Account, Output<string>? PrivateKey);

/// <summary>
/// The tenant's account on the shared reverse proxy, kept by the plan's commands over SSH. A new host or account
/// name replaces it delete-first, so the old delete never removes what the new create just made.
/// </summary>
public sealed class TenantReverseProxy : ComponentResource
{
    public const string TypeToken = "fmj:tenant:TenantReverseProxy";

    public TenantReverseProxy(string name, TenantReverseProxyArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        var plan = args.Account;
        var connection = new Remote.Inputs.ConnectionArgs { Host = plan.Connection.Host, Port = plan.Connection.Port, User = plan.Connection.User };
        if (args.PrivateKey is { } key)
        {
            connection.PrivateKey = key;
        }

        if (plan.Connection.HostKey is { } hostKey)
        {
            connection.HostKey = hostKey;
        }

        Command = new Remote.Command($"{name}-account", new Remote.CommandArgs
        {
            Connection = connection,
            Create = plan.Commands.Create,
            Update = plan.Commands.Update,
            Delete = plan.Commands.Delete,
            Triggers = new object[] { plan.Connection.Host, plan.Account },
            AddPreviousOutputInEnv = false,
        }, new CustomResourceOptions { Parent = this, DeleteBeforeReplace = true });

        RegisterOutputs(new Dictionary<string, object?> { ["account"] = plan.Account });
    }

    public Remote.Command Command { get; }
}
