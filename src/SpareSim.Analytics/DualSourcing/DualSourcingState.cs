namespace SpareSim.Analytics.DualSourcing;

/// <summary>
/// A state (nC, nA, rC, rA, sC, sA) of the dual-sourcing chain: parts installed, in resupply
/// (the pipeline) and in stock, per version.
/// </summary>
public readonly record struct DualSourcingState(int InstalledCm, int InstalledAm, int PipelineCm, int PipelineAm, int StockCm, int StockAm)
{
    /// <summary>R = rC + rA, the level of the chain: every transition moves it by ±1.</summary>
    public int Pipeline => PipelineCm + PipelineAm;

    /// <summary>sC + sA.</summary>
    public int Stock => StockCm + StockAm;

    /// <summary>nC + nA.</summary>
    public int Installed => InstalledCm + InstalledAm;

    /// <inheritdoc />
    public override string ToString() => $"(nC={InstalledCm}, nA={InstalledAm}, rC={PipelineCm}, rA={PipelineAm}, sC={StockCm}, sA={StockAm})";
}
