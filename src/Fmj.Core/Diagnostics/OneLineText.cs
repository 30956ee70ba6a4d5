using System.Globalization;
using System.Text;

namespace Fmj.Core.Diagnostics;

/// <summary>
/// A finding is one line in the compiler format. Messages quote values from the files, so a newline or other control
/// character in a value is escaped: it could otherwise break the line or forge a second diagnostic (or a CI command
/// such as <c>::error::</c>).
/// </summary>
internal static class OneLineText
{
    public static string Of(string text)
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
