namespace Fmj.Core.Diagnostics;

public enum Severity
{
    Error,
    Warning,
}
