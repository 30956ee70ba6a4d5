using Fmj.Core.Planning;
using Pulumi;
using PVE = Pulumi.ProxmoxVE;

namespace FmjInfra.Components;

public sealed record TenantOperatorRoleArgs(TenantRolePlan Role);

/// <summary>
/// The one custom role all tenants' administrators hold on their own pool: operate and reconfigure, never create,
/// clone, migrate or resize. Roles are cluster-wide, so the stack declares it once, not per tenant.
/// </summary>
public sealed class TenantOperatorRole : ComponentResource
{
    public const string TypeToken = "fmj:platform:TenantOperatorRole";

    public TenantOperatorRole(string name, TenantOperatorRoleArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        Role = new PVE.RoleLegacy($"{name}-role", new PVE.RoleLegacyArgs
        {
            RoleId = args.Role.RoleId,
            Privileges = args.Role.Privileges.ToArray(),
        }, new CustomResourceOptions { Parent = this });

        RegisterOutputs(new Dictionary<string, object?> { ["roleId"] = Role.RoleId });
    }

    public PVE.RoleLegacy Role { get; }
}
