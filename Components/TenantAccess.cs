using Fmj.Core.Planning;
using Pulumi;
using PVE = Pulumi.ProxmoxVE;

namespace FmjInfra.Components;

/// <param name="Access">Realm, group and ACLs from the plan.</param>
/// <param name="BindPassword">The realm's bind password, a Pulumi secret; null when the tenant has no directory.</param>
/// <param name="Targets">The role, pool, zone and storage the ACLs name: they must exist before an ACL can.</param>
public sealed record TenantAccessArgs(AccessPlan Access, Output<string>? BindPassword, IReadOnlyList<Resource> Targets);

/// <summary>
/// Who may do what: the tenant's directory linked as an LDAP realm (Active Directory included, with its own
/// settings in the plan), the realm sync once the directory is live, the administrators' group and its ACLs on the
/// tenant's own pool, SDN zone and storage — and nothing else.
/// </summary>
public sealed class TenantAccess : ComponentResource
{
    public const string TypeToken = "fmj:tenant:TenantAccess";

    public TenantAccess(string name, TenantAccessArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        var plan = args.Access;
        if (plan.Realm is { } realm)
        {
            var ldapArgs = new PVE.Realm.LdapArgs
            {
                Realm = realm.Id,
                Server1 = realm.Server1,
                Port = realm.Port,
                Mode = realm.Mode,
                Verify = realm.Verify,
                BaseDn = realm.BaseDn,
                BindDn = realm.BindDn,
                UserAttr = realm.UserAttribute,
                CaseSensitive = realm.CaseSensitive,
                GroupFilter = realm.GroupFilter,
                Comment = realm.Comment,
            };
            if (realm.Server2 is { } server2)
            {
                ldapArgs.Server2 = server2;
            }

            if (realm.GroupDn is { } groupDn)
            {
                ldapArgs.GroupDn = groupDn;
            }

            if (args.BindPassword is { } password)
            {
                ldapArgs.BindPassword = password;
            }

            var ldap = new PVE.Realm.Ldap($"{name}-realm", ldapArgs, new CustomResourceOptions { Parent = this });

            if (realm.Sync is { } sync)
            {
                _ = new PVE.Realm.Sync($"{name}-realm-sync", new PVE.Realm.SyncArgs
                {
                    Realm = ldap.Realm,
                    Scope = sync.Scope,
                    EnableNew = sync.EnableNew,
                    RemoveVanished = sync.RemoveVanished,
                }, new CustomResourceOptions
                {
                    Parent = this,
                    // A sync runs at create only; a new revision in the tenant file replaces it, which syncs again.
                    ReplacementTrigger = sync.Revision.ToString(System.Globalization.CultureInfo.InvariantCulture),
                });
            }
        }

        Group = new PVE.GroupLegacy($"{name}-admins", new PVE.GroupLegacyArgs
        {
            GroupId = plan.AdminGroup.Id,
            Comment = plan.AdminGroup.Comment,
        }, new CustomResourceOptions { Parent = this });

        foreach (var acl in plan.Acls)
        {
            _ = new PVE.Acl($"{name}-acl-{acl.Key}", new PVE.AclArgs
            {
                Path = acl.Path,
                RoleId = acl.RoleId,
                GroupId = Group.GroupId,
                Propagate = acl.Propagate,
            }, new CustomResourceOptions { Parent = this, DependsOn = args.Targets.ToArray() });
        }

        RegisterOutputs(new Dictionary<string, object?> { ["adminGroupId"] = Group.GroupId });
    }

    public PVE.GroupLegacy Group { get; }
}
