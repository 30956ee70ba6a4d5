namespace Fmj.Core.Yaml;

/// <summary>YamlDotNet's parser messages, rewritten in plain words with a hint on what to do.</summary>
internal static class YamlErrorText
{
    private static readonly (string Fragment, string Message, string Hint)[] Known =
    [
        ("found character that cannot start any token", "this line has a character YAML cannot start a value with (often a tab, '@' or '`').", "indent with spaces, never tabs, and put values that start with a special character in quotes."),
        ("Mapping values are not allowed in this context", "a ':' appears where a value was expected.", "put the value in quotes if it contains ': ', or fix the indentation of the line."),
        ("did not find expected key", "the indentation does not line up, or a line is not 'key: value'.", "align every key of a mapping at the same indentation, using spaces."),
        ("did not find expected '-' indicator", "a list item is not indented like the others.", "start every item of a list with '- ' at the same indentation."),
        ("did not find expected node content", "a value is missing or starts with a character YAML does not accept.", "write a value after ':' or put it in quotes."),
        ("found unexpected end of stream", "the file ends inside a quoted value or a bracket.", "close the quote or bracket that is left open."),
        ("did not find expected ',' or ']'", "a '[...]' list is not closed.", "close the list with ']' and separate items with ','."),
        ("did not find expected ',' or '}'", "a '{...}' mapping is not closed.", "close the mapping with '}' and separate entries with ','."),
        ("found a tab character", "a tab is used where YAML needs spaces.", "replace the tab by spaces."),
        ("found invalid tab as indentation", "a tab is used where YAML needs spaces.", "replace the tab by spaces."),
        ("found invalid mapping", "a line is indented further than the key above it, or a value contains ': '.", "align the key with the keys above it, or put the value in quotes."),
        ("double-quoted scalar, found wrong indentation", "a quoted value is not closed on its line.", "close the quote, or indent the value's next line further than its key."),
        ("unknown anchor", "an alias ('*name') refers to an anchor ('&name') that is not defined before it.", "define the anchor first, or write the value out."),
        ("could not find expected ':'", "a key is not followed by ':'.", "write 'key: value', with a space after the colon."),
        ("found undefined tag handle", "a '!' tag is used that YAML does not know.", "remove the '!' tag or put the value in quotes."),
    ];

    public static string Rewrite(string message)
    {
        foreach (var (fragment, text, _) in Known)
        {
            if (message.Contains(fragment, StringComparison.OrdinalIgnoreCase))
            {
                return text;
            }
        }

        return $"the YAML cannot be read ({message.TrimEnd('.')}).";
    }

    public static string Hint(string message)
    {
        foreach (var (fragment, _, hint) in Known)
        {
            if (message.Contains(fragment, StringComparison.OrdinalIgnoreCase))
            {
                return hint;
            }
        }

        return "check the indentation and quoting around this position.";
    }
}
