using System.Text.RegularExpressions;

namespace Fmj.Core.Yaml;

/// <summary>Resolves plain scalars by the YAML 1.2 core schema; quoted scalars are always strings.</summary>
public static partial class YamlScalarResolver
{
    public static YamlScalarKind Resolve(string value, bool isPlain)
    {
        if (!isPlain)
        {
            return YamlScalarKind.Text;
        }

        var v = value;
        if (v.Length == 0 || v is "~" or "null" or "Null" or "NULL")
        {
            return YamlScalarKind.Null;
        }

        if (v is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
        {
            return YamlScalarKind.Boolean;
        }

        // Every number starts with a digit, a sign or a point: most values (and every key) need no pattern at all.
        if (!(char.IsAsciiDigit(v[0]) || v[0] is '-' or '+' or '.'))
        {
            return YamlScalarKind.Text;
        }

        if (IntegerPattern().IsMatch(v))
        {
            return YamlScalarKind.WholeNumber;
        }

        return FloatPattern().IsMatch(v) ? YamlScalarKind.FractionalNumber : YamlScalarKind.Text;
    }

    [GeneratedRegex(@"^([-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^([-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$", RegexOptions.CultureInvariant)]
    private static partial Regex FloatPattern();
}
