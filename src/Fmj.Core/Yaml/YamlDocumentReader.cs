using Fmj.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Fmj.Core.Yaml;

/// <summary>
/// Reads one YAML document into a <see cref="YamlNode"/> tree with positions. YamlDotNet does the parsing; this
/// class turns its events into the tree, reports duplicate keys, and rewrites YamlDotNet's errors in plain words.
/// It never throws on bad input: every problem becomes a finding.
/// </summary>
public static class YamlDocumentReader
{
    public static YamlNode? Read(string file, string text, FindingList findings)
    {
        // A byte order mark may start a YAML stream; YamlDotNet would read it as part of the first key.
        var scanner = new Scanner(new StringReader(text.StartsWith('\uFEFF') ? text[1..] : text));
        var parser = new Parser(scanner);
        var anchors = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                findings.Error(FindingCodes.MissingValue, SourcePosition.StartOf(file), "the file is empty.", "write the document, starting from a copy of a demonstration file.");
                return null;
            }

            parser.Consume<DocumentStart>();
            var root = ReadNode(parser, file, anchors, findings);
            parser.Consume<DocumentEnd>();
            if (parser.Accept<DocumentStart>(out var second))
            {
                findings.Error(FindingCodes.YamlSyntax, At(file, second.Start), "the file holds more than one YAML document.", "keep one document per file: remove the '---' line and what follows it.");
                return null;
            }

            return root;
        }
        catch (YamlException e)
        {
            findings.Error(FindingCodes.YamlSyntax, Where(file, text, e), YamlErrorText.Rewrite(e.Message), YamlErrorText.Hint(e.Message));
            return null;
        }
        catch (ArgumentException)
        {
            // YamlDotNet 16.3 throws this rather than a YamlException for a tag that is not a valid URI ("!!in[t").
            findings.Error(FindingCodes.YamlSyntax, At(file, parser.Current?.End ?? Mark.Empty), "the YAML cannot be read after this point; look for a '{' or '[' that is not closed, or a '!' tag.", "close every '{' with '}' and every '[' with ']', and put values that start with '!' in quotes.");
            return null;
        }
        catch (InvalidOperationException e)
        {
            // YamlDotNet 16 throws this instead of a YamlException on two kinds of broken input: a '...' line before
            // the document (only the stream start has been read), and a '[' or '{' left open across lines
            // (aaubry/YamlDotNet#541; the scanner stops at the start of the line after it, which the message names).
            var at = parser.Current is null or StreamStart ? DocumentEndLine(file, text) : At(file, scanner.CurrentPosition);
            findings.Error(FindingCodes.YamlSyntax, at, YamlErrorText.Rewrite(e.Message), YamlErrorText.Hint(e.Message));
            return null;
        }
    }

    private static SourcePosition DocumentEndLine(string file, string text)
    {
        var lines = text.Split('\n');
        var index = Array.FindIndex(lines, l => l.TrimEnd() == "..." || l.StartsWith("... ", StringComparison.Ordinal));
        return index < 0 ? SourcePosition.StartOf(file) : new SourcePosition(file, index + 1, 1);
    }

    private static YamlNode ReadNode(IParser parser, string file, Dictionary<string, YamlNode> anchors, FindingList findings)
    {
        if (parser.TryConsume<AnchorAlias>(out var alias))
        {
            if (anchors.TryGetValue(alias.Value.Value, out var target))
            {
                return target;
            }

            throw new YamlException(alias.Start, alias.End, $"unknown anchor '{alias.Value}'");
        }

        YamlNode node;
        AnchorName anchor;
        if (parser.TryConsume<Scalar>(out var scalar))
        {
            anchor = scalar.Anchor;
            node = new YamlScalar(At(file, scalar.Start), scalar.Value, scalar.Style == ScalarStyle.Plain);
        }
        else if (parser.TryConsume<SequenceStart>(out var sequenceStart))
        {
            anchor = sequenceStart.Anchor;
            var items = new List<YamlNode>();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                items.Add(ReadNode(parser, file, anchors, findings));
            }

            node = new YamlSequence(At(file, sequenceStart.Start), items);
        }
        else
        {
            var mappingStart = parser.Consume<MappingStart>();
            anchor = mappingStart.Anchor;
            node = ReadMapping(parser, file, At(file, mappingStart.Start), anchors, findings);
        }

        if (!anchor.IsEmpty)
        {
            anchors[anchor.Value] = node;
        }

        return node;
    }

    private static YamlMapping ReadMapping(IParser parser, string file, SourcePosition position, Dictionary<string, YamlNode> anchors, FindingList findings)
    {
        var entries = new List<YamlEntry>();
        Dictionary<string, YamlScalar>? index = null;
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var keyStart = parser.Current?.Start ?? Mark.Empty;
            var keyNode = ReadNode(parser, file, anchors, findings);
            var value = ReadNode(parser, file, anchors, findings);
            if (keyNode is not YamlScalar key)
            {
                findings.Error(FindingCodes.YamlSyntax, At(file, keyStart), "a key must be a plain name, not a list or a mapping.", "write the key as a single word followed by ':'.");
                continue;
            }

            if (FindKey(entries, ref index, key.Value) is { } first)
            {
                findings.Error(FindingCodes.DuplicateKey, key.Position, $"'{key.Value}' appears twice in this mapping (first at line {first.Position.Line}).", $"keep one '{key.Value}' and delete the other.");
                continue;
            }

            entries.Add(new YamlEntry(key, value));
            index?.Add(key.Value, key);
        }

        return new YamlMapping(position, entries);
    }

    /// <summary>
    /// The key already in the mapping with this name, if any. Mappings in FMJ's files hold a handful of keys, where
    /// a scan is cheaper than a dictionary per mapping; a large mapping gets its dictionary once it grows.
    /// </summary>
    private static YamlScalar? FindKey(List<YamlEntry> entries, ref Dictionary<string, YamlScalar>? index, string name)
    {
        const int ScanLimit = 16;
        if (index is null && entries.Count > ScanLimit)
        {
            index = new Dictionary<string, YamlScalar>(StringComparer.Ordinal);
            foreach (var entry in entries)
            {
                index.Add(entry.Key.Value, entry.Key);
            }
        }

        if (index is not null)
        {
            return index.GetValueOrDefault(name);
        }

        foreach (var entry in entries)
        {
            if (string.Equals(entry.Key.Value, name, StringComparison.Ordinal))
            {
                return entry.Key;
            }
        }

        return null;
    }

    /// <summary>
    /// Where the error is. For a tab, that is the tab itself: YamlDotNet puts it at the error's end when a tab breaks a
    /// value's indentation, and gives no position at all (line 1, column 1) when a tab indents a mapping.
    /// </summary>
    private static SourcePosition Where(string file, string text, YamlException e)
    {
        if (!e.Message.Contains(" tab ", StringComparison.Ordinal))
        {
            return At(file, e.Start);
        }

        if (!e.End.Equals(Mark.Empty))
        {
            return At(file, e.End);
        }

        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var indentation = line.Length - line.TrimStart(' ', '\t').Length;
            var tab = line.IndexOf('\t', 0, indentation);
            if (tab >= 0 && indentation < line.Length)
            {
                return new SourcePosition(file, i + 1, tab + 1);
            }
        }

        return At(file, e.Start);
    }

    private static SourcePosition At(string file, Mark mark) =>
        new(file, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));
}
