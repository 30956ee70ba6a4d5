namespace Fmj.Cli.Settings;

/// <summary>The CLI's own settings, layered: appsettings.json, then FMJ_ environment variables, then the command line.</summary>
public sealed class FmjSettings
{
    /// <summary>The folder holding Pulumi.&lt;stack&gt;.yaml files.</summary>
    public string Project { get; set; } = ".";

    public string Stack { get; set; } = "dev";

    public string Tenants { get; set; } = "Tenants";

    /// <summary>table or json.</summary>
    public string Format { get; set; } = "table";

    public UsageSettings Usage { get; set; } = new();
}
