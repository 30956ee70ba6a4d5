namespace Fmj.Core.Diagnostics;

/// <summary>Where a value sits in a file: 1-based line and column, as editors count them.</summary>
public readonly record struct SourcePosition(string File, int Line, int Column)
{
    public static SourcePosition StartOf(string file) => new(file, 1, 1);

    public override string ToString() => $"{File}({Line},{Column})";
}
