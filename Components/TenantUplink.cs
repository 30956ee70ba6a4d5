using Fmj.Core.Planning;
using Pulumi;
using Remote = Pulumi.Command.Remote;

namespace FmjInfra.Components;

/// <summary>The SSH credentials of one device, read from Pulumi secrets; the provider tries the key, then the password.</summary>
public sealed record DeviceCredentials(Output<string>? Password, Output<string>? PrivateKey);

/// <param name="Credentials">Per device name, its credentials; a device without an entry falls back to the SSH agent.</param>
/// <param name="Previous">Per device name, the command of the tenant before this one, which this tenant's waits for.</param>
public sealed record TenantUplinkDevices(IReadOnlyDictionary<string, DeviceCredentials> Credentials, IReadOnlyDictionary<string, Resource> Previous)
{
    public static TenantUplinkDevices None { get; } = new(new Dictionary<string, DeviceCredentials>(), new Dictionary<string, Resource>());
}

/// <param name="Uplink">The commands for each device, from the plan.</param>
/// <param name="Devices">Credentials, and the previous tenant's commands to serialize behind.</param>
public sealed record TenantUplinkArgs(UplinkPlan Uplink, TenantUplinkDevices Devices);

/// <summary>
/// The tenant on the network gear (uplink mode): one <c>Remote.Command</c> per device, with the create, update and
/// delete text of the plan. The identity of what it made on the device is in <c>Triggers</c>, so a changed tag,
/// port or dialect replaces it, and <c>DeleteBeforeReplace</c> makes the old delete run before the new create (the
/// other order would delete what was just made). Each command waits for the previous tenant's command to the same
/// device, so one device never gets two configuration sessions at once.
/// </summary>
public sealed class TenantUplink : ComponentResource
{
    public const string TypeToken = "fmj:tenant:TenantUplink";

    public TenantUplink(string name, TenantUplinkArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        var commands = new Dictionary<string, Remote.Command>(StringComparer.Ordinal);
        foreach (var device in args.Uplink.Devices)
        {
            var resourceOptions = new CustomResourceOptions { Parent = this, DeleteBeforeReplace = true };
            if (args.Devices.Previous.TryGetValue(device.Device, out var previous))
            {
                resourceOptions.DependsOn = new[] { previous };
            }

            commands[device.Device] = new Remote.Command($"{name}-{device.Device}", new Remote.CommandArgs
            {
                Connection = Connection(device, args.Devices.Credentials.GetValueOrDefault(device.Device)),
                Create = device.Create,
                Update = device.Update,
                Delete = device.Delete,
                Triggers = device.Triggers.Cast<object>().ToArray(),
                // The command text and the devices' replies hold no secret: credentials live only in the
                // connection, which the provider keeps secret. Network devices accept no environment variables.
                Logging = Remote.Logging.StdoutAndStderr,
                AddPreviousOutputInEnv = false,
            }, resourceOptions);
        }

        Commands = commands;
        RegisterOutputs(new Dictionary<string, object?> { ["devices"] = args.Uplink.Devices.Select(d => d.Device).ToArray() });
    }

    /// <summary>The command per device name, for the next tenant to wait for.</summary>
    public IReadOnlyDictionary<string, Remote.Command> Commands { get; }

    private static Remote.Inputs.ConnectionArgs Connection(DeviceCommandPlan device, DeviceCredentials? credentials)
    {
        var connection = new Remote.Inputs.ConnectionArgs { Host = device.Host, Port = device.Port, User = device.User };
        if (device.HostKey is { } hostKey)
        {
            connection.HostKey = hostKey;
        }

        if (credentials?.PrivateKey is { } key)
        {
            connection.PrivateKey = key;
        }

        if (credentials?.Password is { } password)
        {
            connection.Password = password;
        }

        return connection;
    }
}
