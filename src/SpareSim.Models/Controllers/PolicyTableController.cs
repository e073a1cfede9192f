namespace SpareSim.Models.Controllers;

/// <summary>
/// A stationary state-action table (such as the optimal dual-sourcing policy of the analytical
/// core, loaded through an adapter): the decision on a failure is looked up by the state before
/// the failure. A state the table does not cover stops the run, naming the state.
/// </summary>
public sealed class PolicyTableController : ISourcingController
{
    private readonly Dictionary<long, FailureDecision> _table;

    /// <summary>A controller that follows <paramref name="table"/> (each state once).</summary>
    public PolicyTableController(IEnumerable<KeyValuePair<InventoryState, FailureDecision>> table)
    {
        ArgumentNullException.ThrowIfNull(table);
        _table = new Dictionary<long, FailureDecision>();
        foreach (var (state, decision) in table)
        {
            if (state.InstalledCm < 0 || state.InstalledAm < 0 || state.PipelineCm < 0 || state.PipelineAm < 0 || state.StockCm < 0 || state.StockAm < 0
                || state.InstalledCm > 1023 || state.InstalledAm > 1023 || state.PipelineCm > 1023 || state.PipelineAm > 1023 || state.StockCm > 1023 || state.StockAm > 1023)
                throw new ArgumentException($"state {state}: every count must be in [0, 1023]", nameof(table));
            if (!_table.TryAdd(state.Key, decision)) throw new ArgumentException($"state {state} is given twice", nameof(table));
        }
        if (_table.Count == 0) throw new ArgumentException("the policy table is empty", nameof(table));
    }

    /// <summary>Number of states in the table.</summary>
    public int Count => _table.Count;

    /// <inheritdoc />
    public FailureDecision OnFailure(in InventoryState state, InstalledBases.PartVersion failedVersion) =>
        _table.TryGetValue(state.Key, out var decision)
            ? decision
            : throw new KeyNotFoundException($"the policy table has no decision for state {state}");
}
