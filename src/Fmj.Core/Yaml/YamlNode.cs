using Fmj.Core.Diagnostics;

namespace Fmj.Core.Yaml;

/// <summary>
/// A YAML value with the position it was read from. FMJ reads YAML into this small tree rather than straight into
/// objects so that every value keeps its line and column, duplicate keys are seen, and all problems are reported.
/// </summary>
public abstract record YamlNode(SourcePosition Position);

/// <summary>A scalar as written; <see cref="IsPlain"/> is false for quoted and block scalars, which are always text.</summary>
public sealed record YamlScalar(SourcePosition Position, string Value, bool IsPlain) : YamlNode(Position)
{
    /// <summary>Resolved once: checks ask for it often, and resolution runs regular expressions.</summary>
    public YamlScalarKind Kind { get; } = YamlScalarResolver.Resolve(Value, IsPlain);
}

public sealed record YamlEntry(YamlScalar Key, YamlNode Value);

public sealed record YamlMapping(SourcePosition Position, IReadOnlyList<YamlEntry> Entries) : YamlNode(Position);

public sealed record YamlSequence(SourcePosition Position, IReadOnlyList<YamlNode> Items) : YamlNode(Position);
