namespace Fmj.Cli;

/// <summary>What `fmj` exits with, so scripts and CI can tell a bad tenant from a bad command line.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int Findings = 1;
    public const int Usage = 2;
}
