namespace Fmj.Core.Yaml;

/// <summary>The type a scalar resolves to under the YAML 1.2 core schema, which is also what JSON Schema sees.</summary>
public enum YamlScalarKind
{
    Null,
    Boolean,
    WholeNumber,
    FractionalNumber,
    Text,
}
