using System.Globalization;
using System.Numerics;
using System.Text.Json.Nodes;
using Fmj.Core.Yaml;

namespace Fmj.Core.Tests.Support;

/// <summary>
/// Turns the project's own YAML tree into the JSON an editor's schema validator sees: scalars typed by the YAML 1.2
/// core schema (<see cref="YamlScalar.Kind"/>), so a quoted "4" is a string and a plain 4 an integer.
/// </summary>
public static class YamlToJson
{
    public static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMapping mapping => Mapping(mapping),
        YamlSequence sequence => new JsonArray([.. sequence.Items.Select(Convert)]),
        YamlScalar scalar => Scalar(scalar),
        _ => throw new ArgumentOutOfRangeException(nameof(node), node, "unknown YAML node"),
    };

    private static JsonObject Mapping(YamlMapping mapping)
    {
        var json = new JsonObject();
        foreach (var entry in mapping.Entries)
        {
            // The reader already reports and drops duplicate keys, so every key is new here.
            json.Add(entry.Key.Value, Convert(entry.Value));
        }

        return json;
    }

    private static JsonNode? Scalar(YamlScalar scalar) => scalar.Kind switch
    {
        YamlScalarKind.Null => null,
        YamlScalarKind.Boolean => JsonValue.Create(scalar.Value is "true" or "True" or "TRUE"),
        YamlScalarKind.WholeNumber => JsonNode.Parse(WholeNumber(scalar.Value).ToString(CultureInfo.InvariantCulture)),
        YamlScalarKind.FractionalNumber => FractionalNumber(scalar.Value),
        _ => JsonValue.Create(scalar.Value),
    };

    /// <summary>Decimal, 0o octal or 0x hexadecimal, of any size (JSON numbers have no size limit).</summary>
    private static BigInteger WholeNumber(string text)
    {
        var negative = text.StartsWith('-');
        var digits = text.TrimStart('+', '-');
        BigInteger value;
        if (digits.StartsWith("0x", StringComparison.Ordinal))
        {
            value = BigInteger.Parse("0" + digits[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        }
        else if (digits.StartsWith("0o", StringComparison.Ordinal))
        {
            value = digits[2..].Aggregate(BigInteger.Zero, (sum, digit) => (sum * 8) + (digit - '0'));
        }
        else
        {
            value = BigInteger.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        }

        return negative ? -value : value;
    }

    /// <summary>JSON has no infinity or NaN, so those (and values beyond double) stay text, which no number accepts.</summary>
    private static JsonNode FractionalNumber(string text)
    {
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? JsonValue.Create(value)
            : JsonValue.Create(text);
    }
}
