namespace Fmj.Billing.Invoicing;

/// <summary>What billing needs of a tenant: its names and its fixed monthly price (a package's, or a custom engagement's agreed one).</summary>
public sealed record TenantAccount(string Name, string DisplayName, string Package, decimal MonthlyPrice);
