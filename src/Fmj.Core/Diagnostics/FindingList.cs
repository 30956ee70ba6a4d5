using System.Globalization;
using System.Text;

namespace Fmj.Core.Diagnostics;

/// <summary>Collects findings while reading or checking, so that every problem is reported at once.</summary>
public sealed class FindingList
{
    private readonly List<Finding> _items = [];

    public IReadOnlyList<Finding> Items => _items;

    public bool HasErrors => _items.Exists(f => f.IsError);

    public void Error(FindingCode code, SourcePosition at, string message, string hint) =>
        _items.Add(new Finding(code, Severity.Error, at, OneLine(message), OneLine(hint)));

    public void Warning(FindingCode code, SourcePosition at, string message, string hint) =>
        _items.Add(new Finding(code, Severity.Warning, at, OneLine(message), OneLine(hint)));

    public void AddRange(IEnumerable<Finding> findings) => _items.AddRange(findings);

    /// <summary>
    /// A finding is one line in the compiler format. Messages quote values from the files, so a newline or other
    /// control character in a value is escaped: it could otherwise break the line or forge a second diagnostic.
    /// </summary>
    private static string OneLine(string text)
    {
        if (!text.Any(IsLineBreaking))
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
                _ when IsLineBreaking(c) => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    private static bool IsLineBreaking(char c) => char.IsControl(c) || c is '\u2028' or '\u2029';
}
