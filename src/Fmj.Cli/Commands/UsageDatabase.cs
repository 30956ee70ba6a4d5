using Fmj.Billing.Storage;
using Microsoft.Data.Sqlite;

namespace Fmj.Cli.Commands;

/// <summary>Opens the usage database for a command, turning what can go wrong into one line on stderr.</summary>
internal static class UsageDatabase
{
    public static UsageStore? Open(string path, string command, TextWriter stderr, bool mustExist = false)
    {
        if (mustExist && !File.Exists(path))
        {
            stderr.WriteLine($"fmj {command}: there is no usage database at {path}. Run 'fmj usage collect' (or 'fmj usage generate' for a demo) first, or pass --database.");
            return null;
        }

        try
        {
            return UsageStore.Open(path);
        }
        catch (Exception e) when (e is InvalidOperationException or SqliteException or IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"fmj {command}: the usage database {path} cannot be used: {e.Message}");
            return null;
        }
    }
}
