namespace Fmj.Core.Tests.Support;

/// <summary>Edits of checked-in text for test cases: each edit must match exactly once, so a case never edits the wrong spot.</summary>
public static class Edit
{
    public static string ReplaceOnce(this string text, string from, string to)
    {
        var first = text.IndexOf(from, StringComparison.Ordinal);
        if (first < 0)
        {
            throw new ArgumentException($"'{from}' does not occur in the text.", nameof(from));
        }

        if (text.IndexOf(from, first + 1, StringComparison.Ordinal) >= 0)
        {
            throw new ArgumentException($"'{from}' occurs more than once in the text.", nameof(from));
        }

        return string.Concat(text.AsSpan(0, first), to, text.AsSpan(first + from.Length));
    }

    /// <summary>Applies edits given as pairs (from, to, from, to, ...), each matching exactly once.</summary>
    public static string Edits(this string text, params string[] pairs)
    {
        if (pairs.Length % 2 != 0)
        {
            throw new ArgumentException("Edits come in from/to pairs.", nameof(pairs));
        }

        for (var i = 0; i < pairs.Length; i += 2)
        {
            text = text.ReplaceOnce(pairs[i], pairs[i + 1]);
        }

        return text;
    }
}
