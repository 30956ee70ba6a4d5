namespace Fmj.Core.Catalogue;

/// <summary>What a package allows: whole vCPU, GB of RAM and GB of storage.</summary>
public sealed record ResourceAllocation(int Vcpu, int MemoryGb, int StorageGb)
{
    public int MemoryMb => MemoryGb * 1024;
}
