using Fmj.Core.Clusters;
using Fmj.Core.Diagnostics;
using Fmj.Core.Gear;
using Pulumi;

namespace FmjInfra.Components;

/// <summary>
/// The network gear's side of the program: each device's credentials from the secrets fmj:deviceKey-&lt;device&gt;
/// and fmj:devicePassword-&lt;device&gt; (at least one is required), and the chain that serializes the commands to
/// each device across tenants.
/// </summary>
public static class NetworkGearSecrets
{
    public static IReadOnlyDictionary<string, DeviceCredentials> Read(Config fmj, ClusterSpec? cluster, SourcePosition stackFile, FindingList findings)
    {
        var credentials = new Dictionary<string, DeviceCredentials>(StringComparer.Ordinal);
        foreach (var device in cluster?.Network.Devices ?? [])
        {
            var keyName = UplinkPlanner.PrivateKeySecret(device.Name);
            var passwordName = UplinkPlanner.PasswordSecret(device.Name);
            var key = fmj.GetSecret(keyName);
            var password = fmj.GetSecret(passwordName);
            if (key is null && password is null)
            {
                findings.Error(FindingCodes.MissingValue, stackFile, $"network device '{device.Name}' has no credentials: neither 'fmj:{keyName}' nor 'fmj:{passwordName}' is set.", $"run: pulumi config set --secret fmj:{keyName} < key-file, or: pulumi config set --secret fmj:{passwordName} <password>");
                continue;
            }

            credentials[device.Name] = new DeviceCredentials(password, key);
        }

        return credentials;
    }
}

/// <summary>Hands each tenant the last command to every device, so the commands to one device run one after another.</summary>
public sealed class DeviceCommandChain(IReadOnlyDictionary<string, DeviceCredentials> credentials)
{
    private readonly Dictionary<string, Resource> _last = new(StringComparer.Ordinal);

    /// <summary>The devices' credentials and the commands the next tenant must wait for.</summary>
    public TenantUplinkDevices Next() => new(credentials, new Dictionary<string, Resource>(_last, StringComparer.Ordinal));

    /// <summary>Records the tenant's commands as the ones the next tenant waits for.</summary>
    public void Advance(TenantUplink? uplink)
    {
        foreach (var (device, command) in uplink?.Commands ?? new Dictionary<string, Pulumi.Command.Remote.Command>())
        {
            _last[device] = command;
        }
    }
}
