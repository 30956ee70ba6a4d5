using FmjInfra.Components;

return await Pulumi.Deployment.RunAsync(FmjProgram.Run);
