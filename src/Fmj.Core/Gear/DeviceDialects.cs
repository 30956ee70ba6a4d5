namespace Fmj.Core.Gear;

/// <summary>The dialects a stack file can name in a device's <c>dialect:</c>.</summary>
public static class DeviceDialects
{
    public static IReadOnlyList<IDeviceDialect> All { get; } = [IosDialect.Instance, VyosDialect.Instance];

    public static string[] Names { get; } = [.. All.Select(d => d.Name)];

    public static IDeviceDialect Get(string name) =>
        All.FirstOrDefault(d => d.Name == name) ?? throw new ArgumentException($"unknown device dialect '{name}'; the checks should have refused it.", nameof(name));
}
