namespace Fmj.Core.Planning;

/// <summary>
/// POSIX single-quoting for values placed on a command line. The checks already refuse anything but safe
/// characters; quoting anyway means one missed check cannot turn a value into a command.
/// </summary>
public static class ShellQuote
{
    public static string Quote(string value) => "'" + value.Replace("'", "'\"'\"'", StringComparison.Ordinal) + "'";
}
