namespace SpareSim.Analytics.RemotePrinting;

/// <summary>
/// The solution of the full remote-site MDP (<see cref="RemoteSiteMdp"/>): the optimal order-up-to
/// level in every replenishment state, the optimal (expedite, print) quantities in every in-cycle
/// state, and the values. Under <see cref="CostCriterion.Discounted"/> the values are V(n,I,P);
/// under <see cref="CostCriterion.AveragePerPeriod"/> they are relative values (V(0,0,0) = 0) and
/// <see cref="AverageCostPerPeriod"/> is the optimal long-run average cost.
/// </summary>
public sealed class RemoteSiteMdpSolution
{
    private readonly int[] _orderUpTo;
    private readonly (int Expedite, int Print)[][,] _actions;
    private readonly double[] _replenishmentValues;
    private readonly double[][,] _values;

    internal RemoteSiteMdpSolution(RemoteSiteInstance instance, CostCriterion criterion, int maxInventory, int[] orderUpTo,
        (int, int)[][,] actions, double[] replenishmentValues, double[][,] values, double averageCost, int iterations)
    {
        Instance = instance;
        Criterion = criterion;
        MaxInventory = maxInventory;
        _orderUpTo = orderUpTo;
        _actions = actions;
        _replenishmentValues = replenishmentValues;
        _values = values;
        AverageCostPerPeriod = averageCost;
        PolicyIterations = iterations;
    }

    /// <summary>The instance solved.</summary>
    public RemoteSiteInstance Instance { get; }

    /// <summary>The criterion minimized.</summary>
    public CostCriterion Criterion { get; }

    /// <summary>The truncation of the net inventory (I ≤ this).</summary>
    public int MaxInventory { get; }

    /// <summary>Policy-improvement steps until the policy stopped changing.</summary>
    public int PolicyIterations { get; }

    /// <summary>g*, the optimal average cost per period (NaN under the discounted criterion).</summary>
    public double AverageCostPerPeriod { get; }

    /// <summary>S: the order-up-to level from an empty stock (the base stock when the policy is base stock).</summary>
    public int BaseStock => OrderUpTo(0);

    /// <summary>The optimal I + r at n = 0 in state (0, I, 0).</summary>
    public int OrderUpTo(int inventory) => _orderUpTo[Index(inventory)];

    /// <summary>V(0, I, 0) (relative under the average criterion).</summary>
    public double ReplenishmentValue(int inventory) => _replenishmentValues[Index(inventory)];

    /// <summary>V(n, I, P) for 1 ≤ n ≤ L−1, or V(0, I, 0) for n = 0.</summary>
    public double Value(int periodsRemaining, int inventory, int printed)
    {
        if (periodsRemaining == 0) return printed == 0 ? ReplenishmentValue(inventory) : throw new ArgumentOutOfRangeException(nameof(printed), printed, "no printed parts at n = 0");
        return _values[CheckPeriod(periodsRemaining)][Index(inventory), CheckPrinted(inventory, printed)];
    }

    /// <summary>The optimal (expedite, print) quantities in state (n, I, P), 1 ≤ n ≤ L−1.</summary>
    public (int Expedite, int Print) Action(int periodsRemaining, int inventory, int printed) =>
        _actions[CheckPeriod(periodsRemaining)][Index(inventory), CheckPrinted(inventory, printed)];

    /// <summary>
    /// The per-period emergency policy if every backorder state of a period takes the same
    /// all-or-nothing action (what Lemmas 3.2 and 3.3 predict); null otherwise.
    /// </summary>
    public EmergencyPolicy? UniformEmergencyPolicy()
    {
        int n0 = Instance.InstalledBase;
        var actions = new EmergencyAction[Instance.CycleLength - 1];
        for (int n = 1; n < Instance.CycleLength; n++)
        {
            EmergencyAction? common = null;
            for (int i = -n0; i < 0; i++)
                for (int p = 0; p <= n0 + i; p++)
                {
                    var (e, q) = Action(n, i, p);
                    EmergencyAction? a = e == 0 && q == 0 ? EmergencyAction.Wait : e == -i && q == 0 ? EmergencyAction.Expedite : q == -i && e == 0 ? EmergencyAction.Print : null;
                    if (a is null || (common is not null && common != a)) return null;
                    common = a;
                }
            actions[n - 1] = common ?? EmergencyAction.Wait;
        }
        return new EmergencyPolicy(actions);
    }

    private int Index(int inventory)
    {
        int n0 = Instance.InstalledBase;
        if (inventory < -n0 || inventory > MaxInventory) throw new ArgumentOutOfRangeException(nameof(inventory), inventory, $"must be in [{-n0}, {MaxInventory}]");
        return inventory + n0;
    }

    private int CheckPeriod(int n) =>
        n >= 1 && n < Instance.CycleLength ? n : throw new ArgumentOutOfRangeException(nameof(n), n, $"must be in [1, {Instance.CycleLength - 1}]");

    private int CheckPrinted(int inventory, int printed) =>
        printed >= 0 && printed <= Instance.InstalledBase - Math.Max(0, -inventory) && (inventory <= 0 || printed == 0)
            ? printed
            : throw new ArgumentOutOfRangeException(nameof(printed), printed, $"({inventory}, {printed}) is not a state");
}
