namespace SpareSim.Analytics.DualSourcing;

/// <summary>
/// The states Ω of the dual-sourcing chain for installed base k and base stock S (Knofius et al.
/// §3.2), ordered by pipeline level R = rC + rA, with the successor of every state under every
/// event and action precomputed. It depends only on (k, S), not on rates or costs, so one object
/// serves every instance with the same (k, S).
/// </summary>
public sealed class DualSourcingStateSpace
{
    /// <summary>Default limit on |Ω|: about 0.3 kB per state are held by the solver.</summary>
    public const long DefaultMaxStates = 2_000_000;

    private readonly DualSourcingState[] _states;
    private readonly Dictionary<long, int> _index;
    private readonly int[] _failCm;
    private readonly int[] _failAm;
    private readonly int[] _arriveCm;
    private readonly int[] _arriveAm;

    /// <summary>Enumerates Ω; throws before allocating if |Ω| exceeds <paramref name="maxStates"/>.</summary>
    public DualSourcingStateSpace(int installedBase, int baseStock, long maxStates = DefaultMaxStates)
    {
        long size = EnsureWithinLimit(installedBase, baseStock, maxStates);
        InstalledBase = installedBase;
        BaseStock = baseStock;
        _states = Enumerate(installedBase, baseStock, (int)size);
        _index = new Dictionary<long, int>(_states.Length);
        for (int i = 0; i < _states.Length; i++) _index.Add(Key(_states[i]), i);
        int n = _states.Length;
        _failCm = new int[4 * n];
        _failAm = new int[4 * n];
        _arriveCm = new int[n];
        _arriveAm = new int[n];
        for (int i = 0; i < n; i++)
        {
            var s = _states[i];
            for (int a = 0; a < 4; a++)
            {
                var action = (DualSourcingAction)(a + 1);
                _failCm[4 * i + a] = s.InstalledCm > 0 ? IndexOf(AfterFailure(s, PartVersion.Cm, action)) : -1;
                _failAm[4 * i + a] = s.InstalledAm > 0 ? IndexOf(AfterFailure(s, PartVersion.Am, action)) : -1;
            }
            _arriveCm[i] = s.PipelineCm > 0 ? IndexOf(AfterArrival(s, PartVersion.Cm)) : -1;
            _arriveAm[i] = s.PipelineAm > 0 ? IndexOf(AfterArrival(s, PartVersion.Am)) : -1;
        }
    }

    /// <summary>k.</summary>
    public int InstalledBase { get; }

    /// <summary>S.</summary>
    public int BaseStock { get; }

    /// <summary>|Ω|.</summary>
    public int Count => _states.Length;

    /// <summary>The state with index <paramref name="index"/>.</summary>
    public DualSourcingState this[int index] => _states[index];

    /// <summary>
    /// |Ω| = C(S+3,3)(k+1) + Σ_{a=1..k} a(k+S+2−a) (§3.2): states without backlog, then states with
    /// a = k − (backlog) … systems running. Computed without enumerating anything.
    /// </summary>
    public static long Size(int installedBase, int baseStock)
    {
        if (installedBase < 1) throw new ArgumentOutOfRangeException(nameof(installedBase), installedBase, "installed base k must be at least 1");
        ArgumentOutOfRangeException.ThrowIfNegative(baseStock);
        long s = baseStock, k = installedBase;
        long size = checked((s + 3) * (s + 2) * (s + 1) / 6 * (k + 1));
        for (long a = 1; a <= k; a++) size = checked(size + a * (k + s + 2 - a));
        return size;
    }

    /// <summary>
    /// |Ω| for (k, S), or a clear error when it exceeds <paramref name="maxStates"/>: the guard that
    /// runs before anything is allocated.
    /// </summary>
    public static long EnsureWithinLimit(int installedBase, int baseStock, long maxStates)
    {
        long size = Size(installedBase, baseStock);
        if (size > maxStates)
            throw new ArgumentOutOfRangeException(nameof(baseStock),
                $"the dual-sourcing state space for k = {installedBase}, S = {baseStock} has {size:N0} states, more than the limit {maxStates:N0}; aggregate the installed base (smaller k with scaled failure rates) or raise the limit");
        return size;
    }

    /// <summary>The index of <paramref name="state"/>; throws if it is not in Ω.</summary>
    public int IndexOf(DualSourcingState state) =>
        TryIndexOf(state, out int i) ? i : throw new ArgumentException($"{state} is not a state for k = {InstalledBase}, S = {BaseStock}", nameof(state));

    /// <summary>The index of <paramref name="state"/>, if it is in Ω.</summary>
    public bool TryIndexOf(DualSourcingState state, out int index) => _index.TryGetValue(Key(state), out index) && _states[index] == state;

    /// <summary>Successor after a failure of an installed CM part under <paramref name="action"/>, or −1 when nC = 0.</summary>
    public int AfterCmFailure(int state, DualSourcingAction action) => _failCm[4 * state + (int)action - 1];

    /// <summary>Successor after a failure of an installed AM part under <paramref name="action"/>, or −1 when nA = 0.</summary>
    public int AfterAmFailure(int state, DualSourcingAction action) => _failAm[4 * state + (int)action - 1];

    /// <summary>Successor after a CM delivery, or −1 when rC = 0.</summary>
    public int AfterCmArrival(int state) => _arriveCm[state];

    /// <summary>Successor after an AM delivery, or −1 when rA = 0.</summary>
    public int AfterAmArrival(int state) => _arriveAm[state];

    /// <summary>
    /// Whether the install half of the decision matters in <paramref name="state"/>: only when both
    /// versions are in stock (otherwise the available version, or none, is installed).
    /// </summary>
    public bool InstallChoiceMatters(int state) => _states[state].StockCm > 0 && _states[state].StockAm > 0;

    /// <summary>
    /// The action written the canonical way: when the install choice does not matter, the install
    /// half names the version actually installed (CM, the paper's default, when the stock is empty).
    /// </summary>
    public DualSourcingAction Canonical(int state, DualSourcingAction action)
    {
        if (InstallChoiceMatters(state)) return action;
        var s = _states[state];
        var install = s.StockAm > 0 ? PartVersion.Am : PartVersion.Cm;
        return DualSourcingActions.Of(install, action.Order());
    }

    /// <summary>The state after a failure of a <paramref name="failed"/> part under <paramref name="action"/>.</summary>
    public static DualSourcingState AfterFailure(DualSourcingState s, PartVersion failed, DualSourcingAction action)
    {
        int nC = s.InstalledCm, nA = s.InstalledAm, rC = s.PipelineCm, rA = s.PipelineAm, sC = s.StockCm, sA = s.StockAm;
        if (failed == PartVersion.Cm) nC--; else nA--;
        if (action.Order() == PartVersion.Cm) rC++; else rA++;
        if (sC + sA > 0)
        {
            var install = sC > 0 && sA > 0 ? action.Install() : sC > 0 ? PartVersion.Cm : PartVersion.Am;
            if (install == PartVersion.Cm) { sC--; nC++; } else { sA--; nA++; }
        }
        return new DualSourcingState(nC, nA, rC, rA, sC, sA);
    }

    /// <summary>The state after a delivery of a <paramref name="arrived"/> part: it fills a backorder if any, else the stock.</summary>
    public DualSourcingState AfterArrival(DualSourcingState s, PartVersion arrived)
    {
        int nC = s.InstalledCm, nA = s.InstalledAm, rC = s.PipelineCm, rA = s.PipelineAm, sC = s.StockCm, sA = s.StockAm;
        bool backlog = nC + nA < InstalledBase;
        if (arrived == PartVersion.Cm) { rC--; if (backlog) nC++; else sC++; }
        else { rA--; if (backlog) nA++; else sA++; }
        return new DualSourcingState(nC, nA, rC, rA, sC, sA);
    }

    private long Key(DualSourcingState s)
    {
        long b = InstalledBase + BaseStock + 1;
        return (((((long)s.InstalledCm * b + s.InstalledAm) * b + s.PipelineCm) * b + s.PipelineAm) * b + s.StockCm) * b + s.StockAm;
    }

    private static DualSourcingState[] Enumerate(int k, int baseStock, int size)
    {
        var states = new DualSourcingState[size];
        int n = k + baseStock, count = 0;
        for (int r = 0; r <= n; r++)
        {
            int stock = Math.Max(baseStock - r, 0);
            int installed = n - r - stock;
            for (int rC = 0; rC <= r; rC++)
                for (int nC = 0; nC <= installed; nC++)
                    for (int sC = 0; sC <= stock; sC++)
                        states[count++] = new DualSourcingState(nC, installed - nC, rC, r - rC, sC, stock - sC);
        }
        if (count != size) throw new InvalidOperationException($"enumerated {count} states, the closed form gives {size}");
        return states;
    }
}
