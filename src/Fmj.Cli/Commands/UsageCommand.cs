using System.CommandLine;

namespace Fmj.Cli.Commands;

/// <summary>`fmj usage`: collect usage from the cluster, generate a demo month, or benchmark invoices.</summary>
public static class UsageCommand
{
    public static Command Build(CommonOptions options, TextWriter stdout, TextWriter stderr)
    {
        var usage = new UsageOptions();
        return new Command("usage", "Usage metering for usage-based billing: collect from the Proxmox API, or generate a demo month.")
        {
            UsageCollectCommand.Build(options, usage, stdout, stderr),
            UsageGenerateCommand.Build(options, usage, stdout, stderr),
            UsageBenchCommand.Build(stdout, stderr),
        };
    }
}
