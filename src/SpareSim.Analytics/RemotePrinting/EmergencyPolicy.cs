namespace SpareSim.Analytics.RemotePrinting;

/// <summary>
/// The emergency part of a remote-site policy: for each in-cycle period n = L−1, …, 1 (periods
/// remaining in the cycle), whether to print, expedite or backorder all shortages. Lemmas 3.2 and
/// 3.3 of the chapter show that the optimal action in a backorder state is all-or-nothing and the
/// same for every (I, P), so this per-period table is the whole optimal emergency policy.
/// </summary>
public sealed class EmergencyPolicy
{
    private readonly EmergencyAction[] _actions;

    /// <summary>Creates the policy from the actions for n = 1 … L−1 (index 0 is n = 1).</summary>
    public EmergencyPolicy(IReadOnlyList<EmergencyAction> actionsFromPeriodOne)
    {
        ArgumentNullException.ThrowIfNull(actionsFromPeriodOne);
        if (actionsFromPeriodOne.Count < 1) throw new ArgumentException("at least one in-cycle period (L ≥ 2) is needed", nameof(actionsFromPeriodOne));
        _actions = actionsFromPeriodOne.ToArray();
    }

    /// <summary>L, the cycle length this policy covers.</summary>
    public int CycleLength => _actions.Length + 1;

    /// <summary>The action with <paramref name="periodsRemaining"/> = n ∈ [1, L−1] periods left.</summary>
    public EmergencyAction this[int periodsRemaining] =>
        periodsRemaining >= 1 && periodsRemaining < CycleLength
            ? _actions[periodsRemaining - 1]
            : throw new ArgumentOutOfRangeException(nameof(periodsRemaining), periodsRemaining, $"must be in [1, {CycleLength - 1}]");

    /// <summary>A print-only threshold policy: print for n ≥ <paramref name="printThreshold"/>, wait below (≥ L: never print).</summary>
    public static EmergencyPolicy PrintThreshold(int cycleLength, int printThreshold)
    {
        if (cycleLength < 2) throw new ArgumentOutOfRangeException(nameof(cycleLength), cycleLength, "must be at least 2");
        if (printThreshold < 1) throw new ArgumentOutOfRangeException(nameof(printThreshold), printThreshold, "must be at least 1");
        return new EmergencyPolicy(Enumerable.Range(1, cycleLength - 1)
            .Select(n => n >= printThreshold ? EmergencyAction.Print : EmergencyAction.Wait).ToArray());
    }

    /// <summary>The policy that never acts: single sourcing from the convoy.</summary>
    public static EmergencyPolicy Never(int cycleLength) => PrintThreshold(cycleLength, Math.Max(1, cycleLength));

    /// <summary>n*_p: the lowest period n that prints (L if the policy never prints).</summary>
    public int PrintThresholdPeriod => LowestPeriod(EmergencyAction.Print);

    /// <summary>n*_e: the lowest period with expediting (L if none); Theorem 3.4(ii) expedites for n ≥ n*_e.</summary>
    public int ExpediteThresholdPeriod => LowestPeriod(EmergencyAction.Expedite);

    /// <summary>n*_b: the highest period that waits below every acting period (0 if the policy acts at n = 1).</summary>
    public int BackorderThresholdPeriod
    {
        get
        {
            int n = 0;
            while (n + 1 < CycleLength && this[n + 1] == EmergencyAction.Wait) n++;
            return n;
        }
    }

    /// <summary>The actions from n = L−1 down to 1, e.g. "E E E P P W".</summary>
    public string Describe() => string.Join(' ', Enumerable.Range(1, CycleLength - 1).Reverse().Select(n => this[n] switch
    {
        EmergencyAction.Print => "P",
        EmergencyAction.Expedite => "E",
        _ => "W",
    }));

    /// <inheritdoc />
    public override string ToString() => Describe();

    private int LowestPeriod(EmergencyAction action)
    {
        for (int n = 1; n < CycleLength; n++)
            if (this[n] == action) return n;
        return CycleLength;
    }
}
