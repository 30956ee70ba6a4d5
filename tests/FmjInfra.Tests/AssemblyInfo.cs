// Pulumi's test deployments share process-wide state (PULUMI_CONFIG, the deployment instance): run them one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
