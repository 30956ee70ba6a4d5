namespace Fmj.Core.Catalogue;

/// <summary>The size FMJ provisions one base service at, and the cluster template it is made from.</summary>
public sealed record BaseServiceSize(GuestKind Kind, string Template, int Vcpu, int MemoryMb, int DiskGb);
