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
        ("unknown anchor", "an alias ('*name') refers to an anchor ('&name') that is not defined before it.", "define the anchor first, or write the value out."),
        ("could not find expected ':'", "a key is not followed by ':'.", "write 'key: value', with a space after the colon."),
        ("The scanner should contain no more tokens", "a '...' (end of document) line comes before the document.", "remove the '...' line."),
        ("Operation is not valid due to the current state of the object", "a '[' or '{' above this line is not closed.", "close the list with ']' or the mapping with '}', or put a value that starts with '[' or '{' in quotes."),
        ("found invalid mapping", "this ':' ends a value that began on an earlier line: this line is indented too far, or a line above lacks its ':'.", "give every key its ':' and line each key up with the keys around it, using spaces; put a value that contains ': ' in quotes."),
        ("invalid tab as indentation", "a tab is used for indentation.", "indent with spaces, never tabs."),
        ("While scanning a block scalar", "a '|' or '>' starts a block of text, but something other than a comment follows it on its line.", "put a value that starts with '|' or '>' in quotes."),
        ("quoted scalar, found wrong indentation", "a quoted value goes on to a line that is not indented.", "close the quote on the same line, or indent the lines that continue it."),
        ("Did not find expected <document end>", "a line is indented less than the first key of the file.", "start every top-level key in the first column, using spaces."),
        ("Did not find expected <document start>", "the file goes on after a '...' (end of document) line.", "remove the '...' line."),
        ("While scanning a directive", "a line starts with '%', which YAML reads as a directive.", "put a value that starts with '%' in quotes."),
        ("While scanning an anchor or alias", "an '&' or '*' starts an anchor or alias that YAML cannot read.", "put a value that starts with '&' or '*' in quotes."),
        ("While scanning a tag", "a '!' starts a tag that YAML cannot read.", "remove the '!' or put the value in quotes."),
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
