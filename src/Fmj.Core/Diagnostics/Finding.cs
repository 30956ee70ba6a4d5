using System.Text;

namespace Fmj.Core.Diagnostics;

/// <summary>One problem found in the input: a stable code, where it is, what is wrong and how to fix it.</summary>
public sealed record Finding(FindingCode Code, Severity Severity, SourcePosition Position, string Message, string Hint)
{
    public bool IsError => Severity == Severity.Error;

    /// <summary>The canonical compiler format that editors and CI annotate: <c>file(line,col): error FMJ101: message</c>.</summary>
    public string ToCompilerFormat()
    {
        var severity = Severity == Severity.Error ? "error" : "warning";
        return OneLine($"{Position.File}({Position.Line},{Position.Column}): {severity} {Code.Id}: {Message} Fix: {Hint}");
    }

    /// <summary>
    /// Messages quote the values they refuse. A quoted newline would split the finding over two lines, and the second
    /// could pass for another finding or a CI command (<c>::error::</c>); control characters are written as escapes.
    /// </summary>
    private static string OneLine(string text)
    {
        if (!text.Any(char.IsControl))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    public override string ToString() => ToCompilerFormat();
}
