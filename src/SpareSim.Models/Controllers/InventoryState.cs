namespace SpareSim.Models.Controllers;

/// <summary>
/// What a controller sees at a decision point: parts installed, in resupply (the pipeline) and in
/// stock, per version — the state (nC, nA, rC, rA, sC, sA) of Knofius et al. §3.2.
/// </summary>
public readonly record struct InventoryState(int InstalledCm, int InstalledAm, int PipelineCm, int PipelineAm, int StockCm, int StockAm)
{
    /// <summary>nC + nA.</summary>
    public int Installed => InstalledCm + InstalledAm;

    /// <summary>rC + rA.</summary>
    public int Pipeline => PipelineCm + PipelineAm;

    /// <summary>sC + sA.</summary>
    public int Stock => StockCm + StockAm;

    /// <summary>
    /// The state packed into one 64-bit key, 10 bits per count (each must be below 1024), for
    /// table lookups that allocate nothing.
    /// </summary>
    public long Key
    {
        get
        {
            const int bits = 10;
            return (long)InstalledCm | ((long)InstalledAm << bits) | ((long)PipelineCm << (2 * bits))
                | ((long)PipelineAm << (3 * bits)) | ((long)StockCm << (4 * bits)) | ((long)StockAm << (5 * bits));
        }
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"(nC={InstalledCm}, nA={InstalledAm}, rC={PipelineCm}, rA={PipelineAm}, sC={StockCm}, sA={StockAm})";
}
