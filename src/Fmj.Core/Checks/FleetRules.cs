using Fmj.Core.Addressing;
using Fmj.Core.Diagnostics;
using Fmj.Core.Planning;
using Fmj.Core.Tenants;

namespace Fmj.Core.Checks;

/// <summary>
/// Rules across the tenants of one cluster: tenant numbers and names, VLAN tags on the shared bridge, VMIDs and
/// subnets must all be unique. A clash is reported on the tenant that gave the value explicitly (a derived value
/// cannot be changed without renumbering), else on the later file by name, pointing at the other one.
/// </summary>
public static class FleetRules
{
    public static void CheckIdentity(IReadOnlyList<TenantDocument> tenants, FindingList findings)
    {
        var byNumber = new Dictionary<int, TenantDocument>();
        var byName = new Dictionary<string, TenantDocument>(StringComparer.Ordinal);
        foreach (var tenant in tenants.OrderBy(t => t.Path, StringComparer.Ordinal))
        {
            if (byNumber.TryGetValue(tenant.Spec.Number, out var holder))
            {
                findings.Error(FindingCodes.DuplicateTenantNumber, tenant.At("number"), $"tenant number {tenant.Spec.Number} is already used by '{holder.Spec.Name}' ({holder.Path}).", "give this tenant an unused number; numbers are permanent, so never reuse one.");
            }
            else
            {
                byNumber.Add(tenant.Spec.Number, tenant);
            }

            if (byName.TryGetValue(tenant.Spec.Name, out var namesake))
            {
                findings.Error(FindingCodes.DuplicateTenantName, tenant.At("name"), $"tenant name '{tenant.Spec.Name}' is already used by {namesake.Path}.", "give each tenant its own name.");
            }
            else
            {
                byName.Add(tenant.Spec.Name, tenant);
            }
        }
    }

    /// <summary>Checks the planned tenants of one cluster against each other.</summary>
    public static void CheckPlans(IReadOnlyList<(TenantDocument Document, TenantPlan Plan)> tenants, FindingList findings)
    {
        // Tenants with explicit network values come last, so the derived values hold and the explicit ones are blamed.
        var ordered = tenants.OrderBy(t => HasExplicitNetwork(t.Document)).ThenBy(t => t.Document.Path, StringComparer.Ordinal).ToList();
        // By reference: a document is a record, and hashing its whole spec per lookup is needless work.
        var rank = new Dictionary<TenantDocument, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < ordered.Count; i++)
        {
            rank.Add(ordered[i].Document, i);
        }

        var tags = new Dictionary<int, (TenantDocument Doc, string Role)>(2 * ordered.Count);
        var vmids = new Dictionary<int, (TenantDocument Doc, string Guest)>(ordered.Sum(t => t.Plan.Guests.Count));
        var subnets = new List<(Ipv4Network Network, TenantDocument Doc, string Role)>(2 * ordered.Count);
        foreach (var (document, plan) in ordered)
        {
            foreach (var (vnet, role) in new[] { (plan.Network.Public, "public"), (plan.Network.Private, "private") })
            {
                if (tags.TryGetValue(vnet.Tag, out var holder))
                {
                    findings.Error(FindingCodes.VlanClash, document.At(ExplicitOrNumber(document, role, "vlan")), $"the {role} VLAN tag {vnet.Tag} is already the {holder.Role} tag of '{holder.Doc.Spec.Name}' ({holder.Doc.Path}); VLAN zones only keep tags unique within one tenant.", "choose another tag, or drop the explicit tag so it derives from the tenant number.");
                }
                else
                {
                    tags.Add(vnet.Tag, (document, role));
                }

                subnets.Add((Ipv4Network.Parse(vnet.Subnet.Cidr), document, role));
            }

            foreach (var guest in plan.Guests)
            {
                if (vmids.TryGetValue(guest.VmId, out var holder))
                {
                    findings.Error(FindingCodes.VmidClash, document.At("number"), $"guest '{guest.Name}' would get VMID {guest.VmId}, already given to '{holder.Guest}' of {holder.Doc.Path}.", "give the tenant an unused tenant number.");
                }
                else
                {
                    vmids.Add(guest.VmId, (document, guest.Name));
                }
            }
        }

        // Sort by address and sweep: every overlap is between neighbours of a running "furthest end".
        subnets.Sort((a, b) => a.Network.Address.CompareTo(b.Network.Address) is var c && c != 0 ? c : string.CompareOrdinal(a.Doc.Path, b.Doc.Path));
        for (var i = 0; i < subnets.Count; i++)
        {
            for (var j = i + 1; j < subnets.Count && subnets[j].Network.Address <= subnets[i].Network.Last; j++)
            {
                var (a, b) = rank[subnets[i].Doc] <= rank[subnets[j].Doc] ? (subnets[i], subnets[j]) : (subnets[j], subnets[i]);
                var other = a.Doc == b.Doc ? $"its own {a.Role} subnet {a.Network}" : $"the {a.Role} subnet {a.Network} of '{a.Doc.Spec.Name}' ({a.Doc.Path})";
                findings.Error(FindingCodes.SubnetOverlap, b.Doc.At(ExplicitOrNumber(b.Doc, b.Role, "cidr")), $"the {b.Role} subnet {b.Network} of '{b.Doc.Spec.Name}' overlaps {other}.", "choose a subnet no other tenant uses, or drop the explicit CIDR so it derives from the tenant number.");
            }
        }
    }

    private static bool HasExplicitNetwork(TenantDocument document) =>
        document.Spec.Network.Public is not null || document.Spec.Network.Private is not null;

    /// <summary>Points at the explicit value in the file when there is one, else at the tenant number it derives from.</summary>
    private static string ExplicitOrNumber(TenantDocument document, string role, string key)
    {
        var given = role == "public" ? document.Spec.Network.Public : document.Spec.Network.Private;
        var isExplicit = key == "vlan" ? given?.Vlan is not null : given?.Cidr is not null;
        return isExplicit ? $"network.{role}.{key}" : "number";
    }
}
