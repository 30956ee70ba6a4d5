using Fmj.Core.Planning;
using Pulumi;
using PVE = Pulumi.ProxmoxVE;

namespace FmjInfra.Components;

/// <param name="Backup">The backup job from the plan.</param>
/// <param name="Pool">The tenant's pool, whose guests the job backs up.</param>
public sealed record TenantBackupArgs(BackupJobPlan Backup, PVE.PoolLegacy Pool);

/// <summary>
/// The tenant's backup job: every guest in its pool to the cluster's backup storage, on the package's schedule and
/// retention. Deleting the job never deletes a backup.
/// </summary>
public sealed class TenantBackup : ComponentResource
{
    public const string TypeToken = "fmj:tenant:TenantBackup";

    public TenantBackup(string name, TenantBackupArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        var plan = args.Backup;
        Job = new PVE.Backup.Job($"{name}-job", new PVE.Backup.JobArgs
        {
            ResourceId = plan.Id,
            Storage = plan.Storage,
            Pool = plan.Pool,
            Schedule = plan.Schedule,
            Mode = plan.Mode,
            Compress = plan.Compress,
            PruneBackups = InputMaps.From(plan.Retention),
            Enabled = plan.Enabled,
        }, new CustomResourceOptions { Parent = this, DependsOn = new Resource[] { args.Pool } });

        RegisterOutputs(new Dictionary<string, object?> { ["jobId"] = Job.ResourceId });
    }

    public PVE.Backup.Job Job { get; }
}
