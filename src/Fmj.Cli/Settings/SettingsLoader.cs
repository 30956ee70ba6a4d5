using Microsoft.Extensions.Configuration;

namespace Fmj.Cli.Settings;

/// <summary>
/// Builds <see cref="FmjSettings"/> in layers, later ones winning: appsettings.json beside the program,
/// FMJ_* environment variables (FMJ_STACK, FMJ_TENANTS, FMJ_FORMAT, FMJ_PROJECT, FMJ_USAGE__DATABASE, ...), then the
/// options given. The API token may also come as FMJ_PVE_TOKEN, the name operators expect; it wins over FMJ_USAGE__TOKEN
/// and appsettings.json, the command line over it.
/// </summary>
public static class SettingsLoader
{
    public static FmjSettings Load(IReadOnlyDictionary<string, string?> commandLine)
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables("FMJ_")
            .AddInMemoryCollection(Environment.GetEnvironmentVariable("FMJ_PVE_TOKEN") is { Length: > 0 } token ? [new("Usage:Token", token)] : [])
            .AddInMemoryCollection(commandLine)
            .Build();

        var settings = new FmjSettings();
        configuration.Bind(settings);
        return settings;
    }
}
