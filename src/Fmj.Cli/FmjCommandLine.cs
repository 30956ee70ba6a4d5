using System.CommandLine;
using Fmj.Cli.Commands;

namespace Fmj.Cli;

/// <summary>The `fmj` command line: its commands and options, and how usage errors become exit code 2.</summary>
public static class FmjCommandLine
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = Build(stdout, stderr);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                stderr.WriteLine($"fmj: {error.Message}");
            }

            stderr.WriteLine("Run 'fmj --help' for the commands and their options.");
            return ExitCodes.Usage;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }

    public static RootCommand Build(TextWriter stdout, TextWriter stderr)
    {
        var options = new CommonOptions();
        return new RootCommand("FMJ Infra: check and plan the tenants of a Proxmox VE cluster, offline; meter their usage and invoice them.")
        {
            ValidateCommand.Build(options, stdout, stderr),
            PlanCommand.Build(options, stdout, stderr),
            CapacityCommand.Build(options, stdout, stderr),
            BenchCommand.Build(stdout, stderr),
            UsageCommand.Build(options, stdout, stderr),
            InvoiceCommand.Build(options, new UsageOptions(), stdout, stderr),
        };
    }
}
