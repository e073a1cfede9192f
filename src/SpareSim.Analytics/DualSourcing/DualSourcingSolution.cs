namespace SpareSim.Analytics.DualSourcing;

/// <summary>
/// The optimal dual-sourcing policy at one base stock: its long-run cost by component, the
/// stationary distribution over the state space, and the policy table.
/// </summary>
public sealed class DualSourcingSolution
{
    internal DualSourcingSolution(DualSourcingStateSpace space, DualSourcingAction[] actions, SourcingCost cost,
        double[] stationary, int iterations)
    {
        Space = space;
        Actions = actions;
        Cost = cost;
        StationaryDistribution = stationary;
        Iterations = iterations;
    }

    /// <summary>The state space (k, S).</summary>
    public DualSourcingStateSpace Space { get; }

    /// <summary>S.</summary>
    public int BaseStock => Space.BaseStock;

    /// <summary>Long-run average cost per time unit by component.</summary>
    public SourcingCost Cost { get; }

    /// <summary>Stationary probability of each state, indexed as <see cref="Space"/>.</summary>
    public IReadOnlyList<double> StationaryDistribution { get; }

    /// <summary>Policy-iteration steps used (evaluations).</summary>
    public int Iterations { get; }

    internal DualSourcingAction[] Actions { get; }

    /// <summary>The action in state index <paramref name="state"/>.</summary>
    public DualSourcingAction ActionAt(int state) => Actions[state];

    /// <summary>The policy as a state → action table.</summary>
    public DualSourcingPolicy Policy() =>
        new(Space.InstalledBase, Space.BaseStock, Enumerable.Range(0, Space.Count).Select(i => KeyValuePair.Create(Space[i], Actions[i])));
}
