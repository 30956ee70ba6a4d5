namespace Fmj.Core.Diagnostics;

/// <summary>One problem found in the input: a stable code, where it is, what is wrong and how to fix it.</summary>
public sealed record Finding(FindingCode Code, Severity Severity, SourcePosition Position, string Message, string Hint)
{
    public bool IsError => Severity == Severity.Error;

    /// <summary>The canonical compiler format that editors and CI annotate: <c>file(line,col): error FMJ101: message</c>.</summary>
    public string ToCompilerFormat()
    {
        var severity = Severity == Severity.Error ? "error" : "warning";
        return OneLineText.Of($"{Position.File}({Position.Line},{Position.Column}): {severity} {Code.Id}: {Message} Fix: {Hint}");
    }

    public override string ToString() => ToCompilerFormat();
}
