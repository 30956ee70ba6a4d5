using Fmj.Core.Planning;
using Pulumi;
using PVE = Pulumi.ProxmoxVE;

namespace FmjInfra.Components;

/// <param name="HighAvailability">HA resources, rules or group, and replication jobs, from the plan.</param>
/// <param name="Guests">Guest key → the VM or container; HA and replication wait for their guest.</param>
public sealed record TenantHighAvailabilityArgs(HighAvailabilityPlan HighAvailability, IReadOnlyDictionary<string, CustomResource> Guests);

/// <summary>
/// The tenant's HA guests under Proxmox HA: one HA resource each; the placement rules (PVE 9) or the HA group
/// (PVE 8) the plan chose; and a storage replication job per HA guest to its partner node. PVE reverses a
/// replication job's direction when the guest moves to its target, so the target's drift is ignored rather than
/// replacing the job.
/// </summary>
public sealed class TenantHighAvailability : ComponentResource
{
    public const string TypeToken = "fmj:tenant:TenantHighAvailability";

    public TenantHighAvailability(string name, TenantHighAvailabilityArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        var plan = args.HighAvailability;
        PVE.Hagroup? group = null;
        if (plan.Group is { } groupPlan)
        {
            group = new PVE.Hagroup($"{name}-group", new PVE.HagroupArgs
            {
                Group = groupPlan.Id,
                Nodes = InputMaps.From(groupPlan.Nodes),
                Restricted = groupPlan.Restricted,
                NoFailback = groupPlan.NoFailback,
                Comment = groupPlan.Comment,
            }, new CustomResourceOptions { Parent = this });
        }

        var resources = new Dictionary<string, PVE.Haresource>(StringComparer.Ordinal);
        foreach (var resource in plan.Resources)
        {
            var resourceArgs = new PVE.HaresourceArgs { ResourceId = resource.ResourceId, State = resource.State, Comment = resource.Comment };
            if (resource.Group is { } groupId)
            {
                resourceArgs.Group = groupId;
            }

            if (resource.Failback is { } failback)
            {
                resourceArgs.Failback = failback;
            }

            Resource[] dependsOn = group is null ? [args.Guests[resource.GuestKey]] : [args.Guests[resource.GuestKey], group];
            resources[resource.ResourceId] = new PVE.Haresource($"{name}-{resource.GuestKey}", resourceArgs, new CustomResourceOptions { Parent = this, DependsOn = dependsOn });
        }

        foreach (var rule in plan.Rules)
        {
            var ruleArgs = new PVE.HaruleArgs { Rule = rule.Id, Type = rule.Type, Resources = rule.Resources.ToArray(), Comment = rule.Comment };
            if (rule.Nodes is { } nodes)
            {
                ruleArgs.Nodes = InputMaps.From(nodes);
            }

            if (rule.Strict is { } strict)
            {
                ruleArgs.Strict = strict;
            }

            if (rule.Affinity is { } affinity)
            {
                ruleArgs.Affinity = affinity;
            }

            // A rule may only name resources HA already manages.
            _ = new PVE.Harule($"{name}-rule-{rule.Key}", ruleArgs, new CustomResourceOptions
            {
                Parent = this,
                DependsOn = rule.Resources.Select(id => (Resource)resources[id]).ToArray(),
            });
        }

        foreach (var replication in plan.Replications)
        {
            _ = new PVE.Replication($"{name}-replication-{replication.GuestKey}", new PVE.ReplicationArgs
            {
                ResourceId = replication.Id,
                Target = replication.Target,
                Type = replication.Type,
                Schedule = replication.Schedule,
                Comment = replication.Comment,
            }, new CustomResourceOptions
            {
                Parent = this,
                DependsOn = new Resource[] { args.Guests[replication.GuestKey] },
                IgnoreChanges = { "target" },
            });
        }

        RegisterOutputs(new Dictionary<string, object?> { ["resources"] = plan.Resources.Select(r => r.ResourceId).ToArray() });
    }
}
