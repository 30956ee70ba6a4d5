namespace Fmj.Cli;

/// <summary>What `fmj` exits with, so scripts and CI can tell a bad tenant from a bad command line.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int Findings = 1;
    public const int Usage = 2;

    /// <summary>The cluster could not be read, or not all of it: authentication, permission, timeouts, errors. What was read is kept.</summary>
    public const int ClusterFailure = 3;
}
