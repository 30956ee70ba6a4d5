using Fmj.Core.Catalogue;
using Fmj.Core.Planning;
using Pulumi;
using PVE = Pulumi.ProxmoxVE;

namespace FmjInfra.Components;

/// <param name="Firewall">The IP set, security group and per-guest settings from the plan.</param>
/// <param name="Guests">Guest key → the VM or container whose firewall is set.</param>
public sealed record TenantFirewallArgs(FirewallPlan Firewall, IReadOnlyDictionary<string, CustomResource> Guests);

/// <summary>
/// The platform's firewall defaults for one tenant: a cluster IP set of every other tenant's networks, a security
/// group that drops traffic from and to them, and on every guest the firewall switched on with that group as its
/// only rule. The provider cannot declare VNet firewall rules, which tenants could not edit; guest firewalls are
/// the next best thing: a tenant with VM.Config.Network can edit its own, which the next `pulumi up` (and the
/// nightly drift check) puts back.
/// </summary>
public sealed class TenantFirewall : ComponentResource
{
    public const string TypeToken = "fmj:tenant:TenantFirewall";

    public TenantFirewall(string name, TenantFirewallArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        var plan = args.Firewall;
        var others = new PVE.Firewall.IpsetLegacy($"{name}-others", new PVE.Firewall.IpsetLegacyArgs
        {
            Name = plan.OtherTenants.Name,
            Comment = plan.OtherTenants.Comment,
            Cidrs = plan.OtherTenants.Entries.Select(e => new PVE.Firewall.Inputs.IpsetLegacyCidrArgs { Name = e.Cidr, Nomatch = e.NoMatch, Comment = e.Comment }).ToArray(),
        }, new CustomResourceOptions
        {
            Parent = this,
            // Any change to the entries replaces the IP set, under the same name: the old one must go first.
            DeleteBeforeReplace = true,
        });

        var group = new PVE.Cluster.Firewall.Security.GroupLegacy($"{name}-group", new PVE.Cluster.Firewall.Security.GroupLegacyArgs
        {
            Name = plan.Group.Name,
            Comment = plan.Group.Comment,
            Rules = plan.Group.Rules.Select(Rule).ToArray(),
        }, new CustomResourceOptions { Parent = this, DependsOn = new Resource[] { others } });

        foreach (var guest in plan.Guests)
        {
            var dependsOn = new CustomResourceOptions { Parent = this, DependsOn = new Resource[] { args.Guests[guest.GuestKey], group } };
            var firewallOptions = new PVE.Firewall.OptionsLegacyArgs
            {
                NodeName = guest.Node,
                Enabled = true,
                InputPolicy = guest.InputPolicy,
                OutputPolicy = guest.OutputPolicy,
                Macfilter = guest.MacFilter,
            };
            var rules = new PVE.Firewall.RulesLegacyArgs
            {
                NodeName = guest.Node,
                Rules = guest.SecurityGroups.Select(g => new PVE.Firewall.Inputs.RulesLegacyRuleArgs { SecurityGroup = g, Comment = plan.Group.Comment }).ToArray(),
            };
            if (guest.Kind == GuestKind.Vm)
            {
                (firewallOptions.VmId, rules.VmId) = (guest.VmId, guest.VmId);
            }
            else
            {
                (firewallOptions.ContainerId, rules.ContainerId) = (guest.VmId, guest.VmId);
            }

            _ = new PVE.Firewall.OptionsLegacy($"{name}-{guest.GuestKey}-options", firewallOptions, dependsOn);
            _ = new PVE.Firewall.RulesLegacy($"{name}-{guest.GuestKey}-rules", rules, dependsOn);
        }

        RegisterOutputs(new Dictionary<string, object?> { ["securityGroup"] = group.Name });
    }

    private static PVE.Cluster.Firewall.Security.Inputs.GroupLegacyRuleArgs Rule(FirewallRulePlan rule)
    {
        var args = new PVE.Cluster.Firewall.Security.Inputs.GroupLegacyRuleArgs { Type = rule.Direction, Action = rule.Action, Comment = rule.Comment };
        if (rule.Source is { } source)
        {
            args.Source = source;
        }

        if (rule.Destination is { } destination)
        {
            args.Dest = destination;
        }

        return args;
    }
}
