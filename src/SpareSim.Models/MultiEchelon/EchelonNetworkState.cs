using SpareSim.Core.Kernel;
using SpareSim.Core.Statistics;

namespace SpareSim.Models.MultiEchelon;

/// <summary>
/// Network-wide counts: N_sys = units in CMC replenishment + in RMC local repair + RMC orders
/// outstanding. Its mean is the pipeline M of Abidar &amp; Chaabane's computation (Little's law), and
/// E[(N_sys − s)+] with s the CMC pool stock is the simulated analogue of their reported EBO.
/// </summary>
internal sealed class EchelonNetworkState(Simulation simulation, int proxyStock)
{
    private int _count;

    public TimeWeightedStatistic SystemPipeline { get; } = new();

    public TimeWeightedStatistic PaperProxy { get; } = new();

    public void PipelineChanged(int delta)
    {
        _count += delta;
        double now = simulation.Now;
        SystemPipeline.Update(now, _count);
        PaperProxy.Update(now, Math.Max(0, _count - proxyStock));
    }

    public void Reset(double now)
    {
        SystemPipeline.Reset(now);
        PaperProxy.Reset(now);
    }
}
