namespace SpareSim.Analytics.DualSourcing;

/// <summary>
/// Starting policies for policy iteration, one per (k, S): the optimum of the last instance solved
/// with that state space. Instances that differ in one cost or rate parameter have nearly the same
/// optimal policy, so solving them in sequence with one warm start saves most iterations. Not
/// thread-safe: one per sequence of instances.
/// </summary>
public sealed class PolicyWarmStart
{
    private readonly Dictionary<(int K, int S), DualSourcingAction[]> _policies = new();

    internal DualSourcingAction[]? Get(DualSourcingStateSpace space) =>
        _policies.TryGetValue((space.InstalledBase, space.BaseStock), out var a) ? a : null;

    internal void Set(DualSourcingStateSpace space, DualSourcingAction[] actions) =>
        _policies[(space.InstalledBase, space.BaseStock)] = (DualSourcingAction[])actions.Clone();
}
