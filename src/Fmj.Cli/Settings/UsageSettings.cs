namespace Fmj.Cli.Settings;

/// <summary>
/// Settings of `fmj usage` and `fmj invoice`, the <c>Usage</c> section: appsettings.json, then FMJ_USAGE__* variables
/// (FMJ_PVE_TOKEN for the token too), then the command line.
/// </summary>
public sealed class UsageSettings
{
    /// <summary>The SQLite file of samples. Empty: <c>.fmj/usage.&lt;stack&gt;.db</c> under the project folder.</summary>
    public string Database { get; set; } = "";

    /// <summary>The cluster's API endpoint. Empty: the stack file's <c>fmj:apiEndpoint</c>.</summary>
    public string ApiEndpoint { get; set; } = "";

    /// <summary><c>USER@REALM!TOKENID=SECRET</c>. Never printed, logged or stored by fmj.</summary>
    public string? Token { get; set; }

    /// <summary>A PEM file of the CA that signed the cluster's certificate (Proxmox's own: /etc/pve/pve-root-ca.pem).</summary>
    public string CaCertificate { get; set; } = "";

    public int Parallelism { get; set; } = 4;

    public int TimeoutSeconds { get; set; } = 30;

    public int Retries { get; set; } = 3;

    public string DatabasePath(string project, string stack) =>
        Database.Length > 0 ? Database : Path.Combine(project, ".fmj", $"usage.{stack}.db");
}
