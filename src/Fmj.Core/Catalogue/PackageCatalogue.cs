using Fmj.Core.Diagnostics;

namespace Fmj.Core.Catalogue;

/// <summary>The packages FMJ sells, the base environment they include, and the usage rates.</summary>
public sealed record PackageCatalogue(
    string Version,
    string Currency,
    IReadOnlyDictionary<string, ServicePackage> Packages,
    BaseEnvironment BaseEnvironment,
    UsageRates UsageRates)
{
    /// <summary>Backups and replication of custom engagements whose tenant file gives none.</summary>
    public required CustomDefaults CustomDefaults { get; init; }

    private const string ResourceName = "Fmj.Core.catalogue.yaml";

    private static readonly Lazy<PackageCatalogue> Embedded = new(LoadEmbedded);

    /// <summary>The catalogue shipped inside this library (src/Fmj.Core/Catalogue/catalogue.yaml).</summary>
    public static PackageCatalogue Default => Embedded.Value;

    public static string DefaultText()
    {
        using var stream = typeof(PackageCatalogue).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from Fmj.Core.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static PackageCatalogue LoadEmbedded()
    {
        var findings = new FindingList();
        var catalogue = CatalogueLoader.Load("catalogue.yaml", DefaultText(), findings);
        return catalogue ?? throw new InvalidOperationException(
            "The embedded package catalogue is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, findings.Items));
    }
}
