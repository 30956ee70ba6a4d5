namespace Fmj.Core.Planning;

/// <summary>What one tenant gets on the network gear in uplink mode: one command set per device, router first.</summary>
public sealed record UplinkPlan(IReadOnlyList<DeviceCommandPlan> Devices);

public enum DeviceRole
{
    Router,
    Switch,
}

/// <summary>
/// The commands for one tenant on one device, and how to reach the device. The credentials are never here: only
/// the names of the Pulumi config secrets (under <c>fmj:</c>) that hold a password or a private key.
/// </summary>
public sealed record DeviceCommandPlan
{
    public required string Device { get; init; }

    public required DeviceRole Role { get; init; }

    public required string Dialect { get; init; }

    public required string Host { get; init; }

    public required int Port { get; init; }

    public required string User { get; init; }

    /// <summary>The pinned SSH host key, or null when the stack file gives none (then the key is not checked).</summary>
    public string? HostKey { get; init; }

    public required string PasswordSecret { get; init; }

    public required string PrivateKeySecret { get; init; }

    /// <summary>What identifies the objects on the device; a change replaces them (the old delete runs first).</summary>
    public required IReadOnlyList<string> Triggers { get; init; }

    public required string Create { get; init; }

    public required string Update { get; init; }

    public required string Delete { get; init; }
}
