namespace SpareSim.Models.RemotePrinting;

/// <summary>
/// The chapter's optimal policy form as a controller: base stock S for the convoy and one
/// <see cref="ShortageResponse"/> per day of the cycle, applied to all down systems. On days when
/// the convoy is overdue (delays are outside the chapter's model) it applies
/// <see cref="OverdueResponse"/>, by default the response of the last day (n = 1).
/// </summary>
public sealed class CyclePolicyController : IRemoteSiteController
{
    private readonly ShortageResponse[] _byPeriod;

    /// <summary>Creates the controller.</summary>
    /// <param name="baseStock">S ≥ 0.</param>
    /// <param name="responsesFromPeriodOne">Responses for n = 1 … L−1 (index 0 is n = 1).</param>
    /// <param name="overdueResponse">Response while the convoy is overdue; null for that of n = 1.</param>
    public CyclePolicyController(int baseStock, IReadOnlyList<ShortageResponse> responsesFromPeriodOne, ShortageResponse? overdueResponse = null)
    {
        ArgumentNullException.ThrowIfNull(responsesFromPeriodOne);
        if (baseStock < 0) throw new ArgumentOutOfRangeException(nameof(baseStock), baseStock, "base stock must be non-negative");
        if (responsesFromPeriodOne.Count < 1) throw new ArgumentException("at least one in-cycle day is needed", nameof(responsesFromPeriodOne));
        BaseStock = baseStock;
        _byPeriod = responsesFromPeriodOne.ToArray();
        OverdueResponse = overdueResponse ?? _byPeriod[0];
    }

    /// <summary>S.</summary>
    public int BaseStock { get; }

    /// <summary>The response while the convoy is overdue.</summary>
    public ShortageResponse OverdueResponse { get; }

    /// <summary>A print threshold policy: print for n ≥ <paramref name="printThreshold"/>, backorder below.</summary>
    public static CyclePolicyController PrintThreshold(int baseStock, int cycleLength, int printThreshold, ShortageResponse? overdueResponse = null)
    {
        if (cycleLength < 2) throw new ArgumentOutOfRangeException(nameof(cycleLength), cycleLength, "must be at least 2");
        return new CyclePolicyController(baseStock, Enumerable.Range(1, cycleLength - 1)
            .Select(n => n >= printThreshold ? ShortageResponse.Print : ShortageResponse.Backorder).ToArray(), overdueResponse);
    }

    /// <inheritdoc />
    public int OrderUpTo(int netInventory) => Math.Max(BaseStock, netInventory);

    /// <inheritdoc />
    public EmergencyOrder Decide(int periodsRemaining, int netInventory, int printedInstalled)
    {
        int shortage = Math.Max(0, -netInventory);
        if (shortage == 0) return EmergencyOrder.None;
        var response = periodsRemaining < 1 ? OverdueResponse : _byPeriod[Math.Min(periodsRemaining, _byPeriod.Length) - 1];
        return response switch
        {
            ShortageResponse.Print => new EmergencyOrder(0, shortage),
            ShortageResponse.Expedite => new EmergencyOrder(shortage, 0),
            _ => EmergencyOrder.None,
        };
    }
}
