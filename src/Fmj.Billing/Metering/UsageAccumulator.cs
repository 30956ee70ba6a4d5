namespace Fmj.Billing.Metering;

/// <summary>
/// Integrates samples over time for one guest in one pool: resource × seconds, summed. Doubles while adding (a
/// month is at most a few thousand samples per guest, far inside a double's precision), decimals once finished.
/// </summary>
public sealed class UsageAccumulator
{
    private const double GiB = 1024d * 1024 * 1024;
    private const double TrafficGbBytes = 1e9;

    private double _vcpuSeconds;
    private double _usedVcpuSeconds;
    private double _memoryByteSeconds;
    private double _usedMemoryByteSeconds;
    private double _diskByteSeconds;
    private double _trafficBytes;

    public long Samples { get; private set; }

    public void Add(in UsageSample sample) =>
        Add(sample.Seconds, sample.MaxCpu, sample.Cpu, sample.MaxMem, sample.Mem, sample.MaxDisk, sample.NetIn, sample.NetOut);

    /// <summary>One step: allocation counts only while running (CPU known); storage always; traffic as rate × seconds.</summary>
    public void Add(int seconds, double? maxCpu, double? cpu, double? maxMem, double? mem, double? maxDisk, double? netIn, double? netOut)
    {
        Samples++;
        if (cpu is { } fraction)
        {
            _vcpuSeconds += (maxCpu ?? 0) * seconds;
            _usedVcpuSeconds += fraction * (maxCpu ?? 0) * seconds;
            _memoryByteSeconds += (maxMem ?? 0) * seconds;
            _usedMemoryByteSeconds += (mem ?? 0) * seconds;
        }

        _diskByteSeconds += (maxDisk ?? 0) * seconds;
        _trafficBytes += ((netIn ?? 0) + (netOut ?? 0)) * seconds;
    }

    /// <summary>The quantities, with <paramref name="monthSeconds"/> the length of the billing month.</summary>
    public UsageQuantities ToQuantities(long monthSeconds) => new(
        Quantity(_vcpuSeconds / 3600),
        Quantity(_memoryByteSeconds / GiB / 3600),
        Quantity(_diskByteSeconds / GiB / monthSeconds),
        Quantity(_trafficBytes / TrafficGbBytes),
        Quantity(_usedVcpuSeconds / 3600),
        Quantity(_usedMemoryByteSeconds / GiB / 3600));

    /// <summary>
    /// Measurements become decimals at six places (a micro-hour, a kilobyte): enough for any rate, and it drops the
    /// last bits of floating-point noise so that the same samples always give the same invoice. Money is not rounded here.
    /// </summary>
    internal static decimal Quantity(double value) => Math.Round((decimal)value, 6, MidpointRounding.ToEven);
}
