namespace SpareSim.Analytics.DualSourcing;

/// <summary>
/// Starting policies for policy iteration, one per (k, S): the optimum of the last instance solved
/// with that state space; and the optimal base stock of the last instance solved per k, where the
/// base-stock search starts. Instances that differ in one cost or rate parameter have nearly the
/// same optimal policy and base stock, so solving them in sequence with one warm start saves most
/// iterations and most base stocks. Not thread-safe: one per sequence of instances.
/// </summary>
public sealed class PolicyWarmStart
{
    private readonly Dictionary<(int K, int S), DualSourcingAction[]> _policies = new();

    internal DualSourcingAction[]? Get(DualSourcingStateSpace space) =>
        _policies.TryGetValue((space.InstalledBase, space.BaseStock), out var a) ? a : null;

    private readonly Dictionary<int, int> _baseStocks = new();

    internal int? BaseStock(int installedBase) => _baseStocks.TryGetValue(installedBase, out int s) ? s : null;

    internal void SetBaseStock(int installedBase, int baseStock) => _baseStocks[installedBase] = baseStock;

    internal void Set(DualSourcingStateSpace space, DualSourcingAction[] actions) =>
        _policies[(space.InstalledBase, space.BaseStock)] = (DualSourcingAction[])actions.Clone();
}
