using Fmj.Core.Catalogue;
using Fmj.Core.Clusters;
using Fmj.Core.Diagnostics;
using Fmj.Core.Planning;
using Fmj.Core.Tenants;
using Pulumi;
using PVE = Pulumi.ProxmoxVE;

namespace FmjInfra.Components;

/// <summary>
/// The whole stack: read the cluster from Pulumi config, load this cluster's tenant files, run the same checks as
/// `fmj validate`, and either fail with every finding before any resource exists, or build one
/// <see cref="TenantEnvironment"/> per tenant with an explicit Proxmox provider.
/// </summary>
public static class FmjProgram
{
    public static IDictionary<string, object?> Run()
    {
        var stack = Deployment.Instance.StackName;
        var fmj = new Config("fmj");
        var proxmox = new Config("proxmoxve");
        var findings = new FindingList();

        var cluster = ClusterConfigReader.ReadPulumiConfig(stack, fmj.Get, findings);
        var tenantsFolder = Path.GetFullPath(fmj.Get("tenants") ?? "Tenants");
        var tenants = TenantFolder.Load(tenantsFolder, findings);
        var plan = cluster is null
            ? null
            : FleetPlanner.Plan(cluster, PackageCatalogue.Default, tenants, StackFileLoader.KnownClusters(Path.GetDirectoryName(tenantsFolder)!), findings).Plan;

        var stackFile = SourcePosition.StartOf(StackFileLoader.FileName(stack));
        var apiToken = proxmox.GetSecret("apiToken");
        if (apiToken is null)
        {
            findings.Error(FindingCodes.MissingValue, stackFile, "the Proxmox API token 'proxmoxve:apiToken' is not set.", "run: pulumi config set --secret proxmoxve:apiToken 'USER@REALM!TOKENID=SECRET'");
        }

        var bindPasswords = new Dictionary<string, Output<string>>(StringComparer.Ordinal);
        foreach (var tenant in plan?.Tenants.Where(t => t.Access.Realm is not null) ?? [])
        {
            var key = tenant.Access.Realm!.BindPasswordSecret;
            if (fmj.GetSecret(key) is { } password)
            {
                bindPasswords[tenant.Name] = password;
            }
            else
            {
                findings.Error(FindingCodes.MissingValue, stackFile, $"tenant '{tenant.Name}' links a directory but the bind password 'fmj:{key}' is not set.", $"run: pulumi config set --secret fmj:{key} <password>");
            }
        }

        var deviceCredentials = NetworkGearSecrets.Read(fmj, cluster?.Spec, stackFile, findings);
        foreach (var warning in findings.Items.Where(f => !f.IsError))
        {
            Log.Warn(warning.ToCompilerFormat());
        }

        if (findings.HasErrors || cluster is null || plan is null)
        {
            throw new RunException(
                $"FMJ refused stack '{stack}': {findings.Items.Count(f => f.IsError)} error(s); nothing was created or changed.{Environment.NewLine}"
                + string.Join(Environment.NewLine, findings.Items.Where(f => f.IsError).Select(f => f.ToCompilerFormat())));
        }

        var sshKey = fmj.GetSecret("sshPrivateKey");
        var proxyKey = fmj.GetSecret(PlatformServicesConfig.ReverseProxyPrivateKeyKey[ClusterConfigReader.Namespace.Length..]);
        var provider = new PVE.Provider("proxmoxve", new PVE.ProviderArgs
        {
            Endpoint = cluster.Spec.ApiEndpoint,
            ApiToken = apiToken!,
            Insecure = proxmox.GetBoolean("insecure") ?? false,
            MinTls = proxmox.Get("minTls") ?? "1.3",
            Ssh = ProviderSsh(cluster.Spec, sshKey),
        });
        var role = new TenantOperatorRole("tenant-operator", new TenantOperatorRoleArgs(plan.TenantRole), new ComponentResourceOptions { Providers = { provider } });
        var outputs = new Dictionary<string, object?>(StringComparer.Ordinal);
        var deviceCommands = new DeviceCommandChain(deviceCredentials);
        // Each environment gets the plan the fleet's checks just passed, rather than planning its tenant again.
        var tenantPlans = plan.Tenants.ToDictionary(t => t.Name, StringComparer.Ordinal);
        foreach (var tenant in tenants.Where(t => t.Spec.Cluster == cluster.Spec.Name).OrderBy(t => t.Spec.Number))
        {
            var environment = new TenantEnvironment(tenant.Spec.Name, new TenantEnvironmentArgs(
                cluster.Spec,
                PackageCatalogue.Default,
                tenant,
                role.Role,
                bindPasswords.GetValueOrDefault(tenant.Spec.Name),
                sshKey,
                proxyKey) { Devices = deviceCommands.Next(), Plan = tenantPlans.GetValueOrDefault(tenant.Spec.Name) }, new ComponentResourceOptions { Providers = { provider } });
            deviceCommands.Advance(environment.Uplink);
            outputs[tenant.Spec.Name] = environment.Outputs;
        }

        return new Dictionary<string, object?> { ["cluster"] = cluster.Spec.Name, ["tenants"] = outputs };
    }

    private static PVE.Inputs.ProviderSshArgs ProviderSsh(ClusterSpec cluster, Output<string>? privateKey)
    {
        var ssh = new PVE.Inputs.ProviderSshArgs
        {
            Username = cluster.SshUser,
            Nodes = cluster.Nodes.Select(n => new PVE.Inputs.ProviderSshNodeArgs { Name = n.Name, Address = n.Address }).ToArray(),
        };
        if (privateKey is not null)
        {
            ssh.PrivateKey = privateKey;
        }

        return ssh;
    }
}
