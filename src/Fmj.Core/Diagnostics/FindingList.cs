namespace Fmj.Core.Diagnostics;

/// <summary>Collects findings while reading or checking, so that every problem is reported at once.</summary>
public sealed class FindingList
{
    private readonly List<Finding> _items = [];

    public IReadOnlyList<Finding> Items => _items;

    public bool HasErrors => _items.Exists(f => f.IsError);

    public void Error(FindingCode code, SourcePosition at, string message, string hint) =>
        _items.Add(new Finding(code, Severity.Error, at, OneLineText.Of(message), OneLineText.Of(hint)));

    public void Warning(FindingCode code, SourcePosition at, string message, string hint) =>
        _items.Add(new Finding(code, Severity.Warning, at, OneLineText.Of(message), OneLineText.Of(hint)));

    public void AddRange(IEnumerable<Finding> findings) => _items.AddRange(findings);
}
