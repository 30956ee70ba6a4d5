using Fmj.Core.Planning;
using Spectre.Console;

namespace Fmj.Cli.Output;

/// <summary>
/// The network gear section of a tenant in <c>fmj plan</c>: per device, how it is reached, what replaces the
/// tenant's objects there, and the exact command text. Written as plain lines, never wrapped, so it can be copied.
/// </summary>
public static class UplinkRenderer
{
    public static void Write(IAnsiConsole console, TenantPlan tenant)
    {
        if (tenant.Uplink is not { } uplink)
        {
            return;
        }

        var writer = console.Profile.Out.Writer;
        writer.WriteLine($"Network gear (uplink mode): {uplink.Devices.Count} device(s), commands over SSH, one tenant at a time per device.");
        foreach (var device in uplink.Devices)
        {
            var role = device.Role == DeviceRole.Router ? "router" : "switch";
            var hostKey = device.HostKey is null ? "host key NOT pinned" : "host key pinned";
            writer.WriteLine($"  {role} {device.Device}: {device.Dialect}, {device.User}@{device.Host}:{device.Port}, {hostKey}, credentials from secret fmj:{device.PrivateKeySecret} or fmj:{device.PasswordSecret}");
            writer.WriteLine($"    replaced (old delete first) when any changes: {string.Join(" ", device.Triggers)}");
            writer.WriteLine(device.Update == device.Create ? "    create (update runs the same):" : "    create:");
            Lines(writer, device.Create);
            if (device.Update != device.Create)
            {
                writer.WriteLine("    update:");
                Lines(writer, device.Update);
            }

            writer.WriteLine("    delete:");
            Lines(writer, device.Delete);
        }
    }

    private static void Lines(TextWriter writer, string text)
    {
        foreach (var line in text.Split('\n'))
        {
            writer.WriteLine("      " + line);
        }
    }
}
