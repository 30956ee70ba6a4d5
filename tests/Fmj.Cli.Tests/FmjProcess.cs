using System.Diagnostics;
using System.Reflection;

namespace Fmj.Cli.Tests;

/// <summary>Runs the built `fmj` as a real process from the repository root and captures what it prints.</summary>
public static class FmjProcess
{
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>fmj.dll in the CLI project's own output folder (see FmjCliDirectory in the project file).</summary>
    public static string FmjDll { get; } = Path.GetFullPath(Path.Combine(
        typeof(FmjProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "FmjCliDirectory").Value!,
        "fmj.dll"));

    public static Result Run(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(FmjDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("FMJ_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(key);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("fmj did not finish within two minutes: " + string.Join(' ', args));
        }

        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }

    public static Result Run(params string[] args) => Run(RepositoryRoot, null, args);

    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Fmj.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Fmj.slnx not found above " + AppContext.BaseDirectory);
    }
}
