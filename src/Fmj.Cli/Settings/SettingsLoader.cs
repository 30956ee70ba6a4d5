using Microsoft.Extensions.Configuration;

namespace Fmj.Cli.Settings;

/// <summary>
/// Builds <see cref="FmjSettings"/> in layers, later ones winning: appsettings.json beside the program,
/// FMJ_* environment variables (FMJ_STACK, FMJ_TENANTS, FMJ_FORMAT, FMJ_PROJECT), then the options given.
/// </summary>
public static class SettingsLoader
{
    public static FmjSettings Load(IReadOnlyDictionary<string, string?> commandLine)
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables("FMJ_")
            .AddInMemoryCollection(commandLine)
            .Build();

        var settings = new FmjSettings();
        configuration.Bind(settings);
        return settings;
    }
}
