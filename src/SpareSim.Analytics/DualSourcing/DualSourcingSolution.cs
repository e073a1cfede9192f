namespace SpareSim.Analytics.DualSourcing;

/// <summary>
/// The optimal dual-sourcing policy at one base stock: its long-run cost (the gain of policy
/// evaluation), and, computed on first use, the stationary distribution over the state space and
/// the cost by component; plus the policy table.
/// </summary>
public sealed class DualSourcingSolution
{
    private readonly Lazy<double[]> _stationary;
    private readonly Lazy<SourcingCost> _cost;

    internal DualSourcingSolution(DualSourcingChain chain, DualSourcingAction[] actions, double gain, Func<double[]> stationary, int iterations,
        double suboptimalityBound, string? precisionNote)
    {
        Space = chain.Space;
        Actions = actions;
        TotalCost = gain + chain.Instance.DesignCostAm;
        Iterations = iterations;
        SuboptimalityBound = suboptimalityBound;
        PrecisionNote = precisionNote;
        _stationary = new Lazy<double[]>(stationary);
        _cost = new Lazy<SourcingCost>(() => chain.Expectation(_stationary.Value));
    }

    /// <summary>
    /// An upper bound on <see cref="TotalCost"/> − (optimal cost at this S) from the last
    /// improvement step: improvements smaller than the round-off of the values compared (0 when
    /// none was left).
    /// </summary>
    public double SuboptimalityBound { get; }

    /// <summary>Null when the cost is optimal to a relative 1e-9; otherwise says how close it is.</summary>
    public string? PrecisionNote { get; }

    /// <summary>True when <see cref="PrecisionNote"/> is set.</summary>
    public bool PrecisionLimited => PrecisionNote is not null;

    /// <summary>The state space (k, S).</summary>
    public DualSourcingStateSpace Space { get; }

    /// <summary>S.</summary>
    public int BaseStock => Space.BaseStock;

    /// <summary>
    /// Long-run average cost per time unit from policy evaluation (the gain, plus design cost).
    /// Equal to <see cref="Cost"/>.Total up to round-off (the solves are componentwise accurate).
    /// </summary>
    public double TotalCost { get; }

    /// <summary>Long-run average cost per time unit by component, from the stationary distribution.</summary>
    public SourcingCost Cost => _cost.Value;

    /// <summary>Stationary probability of each state, indexed as <see cref="Space"/>.</summary>
    public IReadOnlyList<double> StationaryDistribution => _stationary.Value;

    /// <summary>Policy-iteration steps used (evaluations).</summary>
    public int Iterations { get; }

    internal DualSourcingAction[] Actions { get; }

    /// <summary>The action in state index <paramref name="state"/>.</summary>
    public DualSourcingAction ActionAt(int state) => Actions[state];

    /// <summary>The policy as a state → action table.</summary>
    public DualSourcingPolicy Policy() =>
        new(Space.InstalledBase, Space.BaseStock, Enumerable.Range(0, Space.Count).Select(i => KeyValuePair.Create(Space[i], Actions[i])));
}
