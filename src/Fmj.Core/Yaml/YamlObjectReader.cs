using System.Globalization;
using System.Numerics;
using Fmj.Core.Diagnostics;

namespace Fmj.Core.Yaml;

/// <summary>
/// Reads the keys of one YAML mapping strictly: every read names the key as the file spells it, wrong types and
/// missing values become findings (with the key's position), and <see cref="Finish"/> reports the keys nobody read.
/// Readers return null when a value is unusable, so callers build their records only from good values.
/// </summary>
public sealed class YamlObjectReader
{
    private readonly YamlMapping _mapping;
    private readonly FindingList _findings;
    /// <summary>Which entries a read asked for, by position in the mapping (keys are unique there).</summary>
    private readonly bool[] _read;

    public YamlObjectReader(YamlMapping mapping, string path, FindingList findings)
    {
        _mapping = mapping;
        Path = path;
        _findings = findings;
        _read = new bool[mapping.Entries.Count];
    }

    /// <summary>Where this mapping is in the document, as a reader would say it: <c>machines[2]</c>, <c>identity.ldap</c>.</summary>
    public string Path { get; }

    public SourcePosition Position => _mapping.Position;

    public FindingList Findings => _findings;

    /// <summary>Reads <paramref name="node"/> as a mapping, reporting a finding when it is something else.</summary>
    public static YamlObjectReader? From(YamlNode? node, string path, string what, FindingList findings)
    {
        if (node is YamlMapping mapping)
        {
            return new YamlObjectReader(mapping, path, findings);
        }

        if (node?.Position is { } at)
        {
            findings.Error(FindingCodes.WrongType, at, $"{Describe(path)} must be a mapping of keys and values ({what}), but is {KindOf(node)}.", $"write {Describe(path)} as indented 'key: value' lines.");
        }

        return null;
    }

    public bool Has(string key) => IndexOf(key) >= 0;

    /// <summary>The keys of the mapping in file order, for mappings whose keys are names (packages, templates).</summary>
    public IEnumerable<string> Keys() => _mapping.Entries.Select(e => e.Key.Value);

    public SourcePosition PositionOf(string key) => IndexOf(key) is var i and >= 0 ? _mapping.Entries[i].Value.Position : _mapping.Position;

    public SourcePosition KeyPositionOf(string key) => IndexOf(key) is var i and >= 0 ? _mapping.Entries[i].Key.Position : _mapping.Position;

    public string PathOf(string key) => Path.Length == 0 ? key : $"{Path}.{key}";

    public YamlNode? Node(string key)
    {
        var i = IndexOf(key);
        if (i < 0)
        {
            return null;
        }

        _read[i] = true;
        return _mapping.Entries[i].Value;
    }

    public string? Text(string key, bool required)
    {
        var scalar = Scalar(key, required, "text");
        if (scalar is null)
        {
            return null;
        }

        if (scalar.Kind != YamlScalarKind.Text)
        {
            WrongType(key, scalar, "text", $"put the value in quotes: {key}: \"{scalar.Value}\"");
            return null;
        }

        return scalar.Value;
    }

    public int? WholeNumber(string key, bool required, int min = int.MinValue, int max = int.MaxValue)
    {
        var scalar = Scalar(key, required, "a whole number");
        if (scalar is null)
        {
            return null;
        }

        if (scalar.Kind != YamlScalarKind.WholeNumber || !int.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            if (scalar.Kind == YamlScalarKind.WholeNumber && BigInteger.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
            {
                // Too large for any field: it is out of range, not "not a whole number".
                _findings.Error(FindingCodes.InvalidValue, scalar.Position, $"'{PathOf(key)}' is {scalar.Value}, outside {min}..{max}.", $"choose a value from {min} to {max}.");
                return null;
            }

            // 0x1F and 0o17 are whole numbers to YAML, but FMJ reads decimal digits only.
            var expected = scalar.Kind == YamlScalarKind.WholeNumber ? "a whole number in decimal digits" : "a whole number";
            WrongType(key, scalar, expected, $"write a number without quotes or units, for example {key}: {Math.Max(min, 1)}");
            return null;
        }

        if (value < min || value > max)
        {
            _findings.Error(FindingCodes.InvalidValue, scalar.Position, $"'{PathOf(key)}' is {value}, outside {min}..{max}.", $"choose a value from {min} to {max}.");
            return null;
        }

        return value;
    }

    public decimal? Number(string key, bool required, decimal min = 0)
    {
        var scalar = Scalar(key, required, "a number");
        if (scalar is null)
        {
            return null;
        }

        // Money is read from the text as decimal, never through a binary floating-point value.
        if (scalar.Kind is not (YamlScalarKind.WholeNumber or YamlScalarKind.FractionalNumber)
            || !decimal.TryParse(scalar.Value, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            // 1e3, .inf and 0x1F are numbers to YAML, but money is written in plain decimal digits.
            var expected = scalar.Kind is YamlScalarKind.WholeNumber or YamlScalarKind.FractionalNumber ? "a number in plain decimal digits" : "a number";
            WrongType(key, scalar, expected, $"write a plain number such as {key}: 25.00");
            return null;
        }

        if (value < min)
        {
            _findings.Error(FindingCodes.InvalidValue, scalar.Position, $"'{PathOf(key)}' is {value}, below {min}.", $"choose a value of at least {min}.");
            return null;
        }

        return value;
    }

    public bool? Flag(string key, bool required)
    {
        var scalar = Scalar(key, required, "true or false");
        if (scalar is null)
        {
            return null;
        }

        if (scalar.Kind != YamlScalarKind.Boolean)
        {
            WrongType(key, scalar, "true or false", $"write {key}: true or {key}: false, without quotes");
            return null;
        }

        return scalar.Value is "true" or "True" or "TRUE";
    }

    /// <summary>Reads a text value that must be one of <paramref name="allowed"/>.</summary>
    public string? Choice(string key, bool required, params string[] allowed)
    {
        var value = Text(key, required);
        if (value is null)
        {
            return null;
        }

        if (!allowed.Contains(value, StringComparer.Ordinal))
        {
            _findings.Error(FindingCodes.InvalidValue, PositionOf(key), $"'{PathOf(key)}' is '{value}', which is not one of: {string.Join(", ", allowed)}.", $"write one of: {string.Join(", ", allowed)}.");
            return null;
        }

        return value;
    }

    public YamlObjectReader? Mapping(string key, bool required, string what)
    {
        var node = Node(key);
        if (node is null || node is YamlScalar { Kind: YamlScalarKind.Null })
        {
            if (required)
            {
                MissingOrEmpty(key, node, what);
            }

            return null;
        }

        return From(node, PathOf(key), what, _findings);
    }

    /// <summary>Reads a list; <paramref name="item"/> reads each element and may return null for a bad one.</summary>
    public IReadOnlyList<T>? List<T>(string key, bool required, string what, Func<YamlNode, string, T?> item)
        where T : class
    {
        var node = Node(key);
        if (node is null || node is YamlScalar { Kind: YamlScalarKind.Null })
        {
            if (required)
            {
                MissingOrEmpty(key, node, what);
            }

            return null;
        }

        if (node is not YamlSequence sequence)
        {
            _findings.Error(FindingCodes.WrongType, node.Position, $"'{PathOf(key)}' must be a list ({what}), but is {KindOf(node)}.", $"write each item on its own line starting with '- ', or as [a, b].");
            return null;
        }

        var items = new List<T>(sequence.Items.Count);
        var complete = true;
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            var value = item(sequence.Items[i], $"{PathOf(key)}[{i}]");
            if (value is null)
            {
                complete = false;
            }
            else
            {
                items.Add(value);
            }
        }

        return complete ? items : null;
    }

    /// <summary>Reads a list of text values.</summary>
    public IReadOnlyList<string>? StringList(string key, bool required, string what) =>
        List(key, required, what, (node, path) =>
        {
            if (node is YamlScalar { Kind: YamlScalarKind.Text } s)
            {
                return s.Value;
            }

            _findings.Error(FindingCodes.WrongType, node.Position, $"'{path}' must be text, but is {KindOf(node)}.", "put the value in quotes.");
            return null;
        });

    /// <summary>Reports every key of the mapping that no read asked for, with the keys that are allowed.</summary>
    public void Finish(IReadOnlyCollection<string> allowedKeys)
    {
        for (var i = 0; i < _read.Length; i++)
        {
            var entry = _mapping.Entries[i];
            if (!_read[i])
            {
                var suggestion = Suggest(entry.Key.Value, allowedKeys);
                var where = Path.Length == 0 ? "at the top level" : $"in '{Path}'";
                _findings.Error(
                    FindingCodes.UnknownKey,
                    entry.Key.Position,
                    $"unknown key '{entry.Key.Value}' {where}.",
                    suggestion is null
                        ? $"remove it; the keys allowed here are: {string.Join(", ", allowedKeys)}."
                        : $"did you mean '{suggestion}'? The keys allowed here are: {string.Join(", ", allowedKeys)}.");
            }
        }
    }

    public void Missing(string key, string what) =>
        _findings.Error(FindingCodes.MissingValue, _mapping.Position, $"'{PathOf(key)}' is missing: {what}.", $"add '{key}:' {(Path.Length == 0 ? "at the top level" : $"under '{Path}'")}.");

    internal static string KindOf(YamlNode? node) => node switch
    {
        YamlMapping => "a mapping",
        YamlSequence => "a list",
        YamlScalar s => s.Kind switch
        {
            YamlScalarKind.Null => "empty",
            YamlScalarKind.Boolean => $"the boolean {s.Value}",
            YamlScalarKind.WholeNumber or YamlScalarKind.FractionalNumber => $"the number {s.Value}",
            _ => $"the text '{s.Value}'",
        },
        _ => "missing",
    };

    private static string Describe(string path) => path.Length == 0 ? "the document" : $"'{path}'";

    private YamlScalar? Scalar(string key, bool required, string what)
    {
        var node = Node(key);
        if (node is null || node is YamlScalar { Kind: YamlScalarKind.Null })
        {
            if (required)
            {
                MissingOrEmpty(key, node, what);
            }

            return null;
        }

        if (node is not YamlScalar scalar)
        {
            _findings.Error(FindingCodes.WrongType, node.Position, $"'{PathOf(key)}' must be {what}, but is {KindOf(node)}.", $"write a single value after '{key}:'.");
            return null;
        }

        return scalar;
    }

    /// <summary>Reports a required key that is absent, or present with nothing after its ':'.</summary>
    private void MissingOrEmpty(string key, YamlNode? node, string what)
    {
        if (node is null)
        {
            Missing(key, what);
        }
        else
        {
            _findings.Error(FindingCodes.MissingValue, node.Position, $"'{PathOf(key)}' has no value: it needs {what}.", $"write the value after '{key}:'.");
        }
    }

    private void WrongType(string key, YamlScalar scalar, string expected, string hint) =>
        _findings.Error(FindingCodes.WrongType, scalar.Position, $"'{PathOf(key)}' must be {expected}, but is {KindOf(scalar)}.", hint + ".");

    private int IndexOf(string key)
    {
        var entries = _mapping.Entries;
        for (var i = 0; i < entries.Count; i++)
        {
            if (string.Equals(entries[i].Key.Value, key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static string? Suggest(string unknown, IEnumerable<string> allowed)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in allowed)
        {
            var distance = EditDistance.Between(unknown.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return bestDistance <= Math.Max(2, unknown.Length / 3) ? best : null;
    }
}
