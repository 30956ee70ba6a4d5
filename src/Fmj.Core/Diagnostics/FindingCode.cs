namespace Fmj.Core.Diagnostics;

/// <summary>A stable finding code (FMJnnn) and the one-line title the README lists it under.</summary>
public sealed record FindingCode(string Id, string Title)
{
    public override string ToString() => Id;
}
