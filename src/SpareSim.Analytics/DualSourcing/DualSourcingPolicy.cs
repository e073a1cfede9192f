using System.Globalization;
using System.Text;

namespace SpareSim.Analytics.DualSourcing;

/// <summary>
/// A stationary deterministic dual-sourcing policy: for every state (nC, nA, rC, rA, sC, sA) of
/// installed base k and base stock S, the action taken on a failure. This is what a simulation
/// controller loads: look up the current state, install and order as told. Serialized as CSV with
/// a fixed header and the states in a fixed order, so the same policy always gives the same bytes.
/// </summary>
public sealed class DualSourcingPolicy
{
    private const string Header = "nC,nA,rC,rA,sC,sA,c,install,order";
    private readonly Dictionary<DualSourcingState, DualSourcingAction> _actions;
    private readonly DualSourcingState[] _order;

    /// <summary>A policy for installed base <paramref name="installedBase"/> and base stock <paramref name="baseStock"/>.</summary>
    public DualSourcingPolicy(int installedBase, int baseStock, IEnumerable<KeyValuePair<DualSourcingState, DualSourcingAction>> actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        if (installedBase < 1) throw new ArgumentOutOfRangeException(nameof(installedBase), installedBase, "installed base k must be at least 1");
        ArgumentOutOfRangeException.ThrowIfNegative(baseStock);
        InstalledBase = installedBase;
        BaseStock = baseStock;
        _actions = new Dictionary<DualSourcingState, DualSourcingAction>();
        var order = new List<DualSourcingState>();
        foreach (var (state, action) in actions)
        {
            if (!Enum.IsDefined(action)) throw new ArgumentException($"state {state}: action {(int)action} is not one of c = 1..4", nameof(actions));
            if (!IsFeasible(state)) throw new ArgumentException($"{state} is not a state for k = {installedBase}, S = {baseStock}", nameof(actions));
            if (!_actions.TryAdd(state, action)) throw new ArgumentException($"state {state} given twice", nameof(actions));
            order.Add(state);
        }
        _order = [.. order];
    }

    /// <summary>k.</summary>
    public int InstalledBase { get; }

    /// <summary>S.</summary>
    public int BaseStock { get; }

    /// <summary>Number of states covered.</summary>
    public int Count => _order.Length;

    /// <summary>The states in their stored order.</summary>
    public IReadOnlyList<DualSourcingState> States => _order;

    /// <summary>The action in <paramref name="state"/>; throws if the policy does not cover it.</summary>
    public DualSourcingAction this[DualSourcingState state] =>
        _actions.TryGetValue(state, out var a) ? a : throw new KeyNotFoundException($"the policy (k = {InstalledBase}, S = {BaseStock}) has no action for {state}");

    /// <summary>The version to order when a part fails in <paramref name="state"/>.</summary>
    public PartVersion OrderIn(DualSourcingState state) => this[state].Order();

    /// <summary>
    /// The version to install from stock when a part fails in <paramref name="state"/>: the policy's
    /// choice when both are in stock, the one available otherwise; null when the stock is empty.
    /// </summary>
    public PartVersion? InstallIn(DualSourcingState state)
    {
        var action = this[state];
        if (state.StockCm > 0 && state.StockAm > 0) return action.Install();
        if (state.StockCm > 0) return PartVersion.Cm;
        if (state.StockAm > 0) return PartVersion.Am;
        return null;
    }

    /// <summary>Writes the policy as CSV: a comment line with k and S, the header, one row per state.</summary>
    public void WriteCsv(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(string.Create(CultureInfo.InvariantCulture, $"# dual-sourcing policy k={InstalledBase} S={BaseStock}\n"));
        writer.Write(Header + "\n");
        var line = new StringBuilder();
        foreach (var s in _order)
        {
            var a = _actions[s];
            line.Clear();
            line.Append(CultureInfo.InvariantCulture, $"{s.InstalledCm},{s.InstalledAm},{s.PipelineCm},{s.PipelineAm},{s.StockCm},{s.StockAm},{(int)a},");
            line.Append(a.Install() == PartVersion.Am ? "am" : "cm").Append(',').Append(a.Order() == PartVersion.Am ? "am" : "cm").Append('\n');
            writer.Write(line);
        }
    }

    /// <summary>Reads a policy written by <see cref="WriteCsv"/>; the c column is authoritative.</summary>
    public static DualSourcingPolicy ReadCsv(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        string first = reader.ReadLine() ?? throw new FormatException("empty policy file");
        var parts = first.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 5 || parts[0] != "#" || !parts[3].StartsWith("k=", StringComparison.Ordinal) || !parts[4].StartsWith("S=", StringComparison.Ordinal))
            throw new FormatException($"first line must be '# dual-sourcing policy k=K S=S', got '{first}'");
        int k = int.Parse(parts[3].AsSpan(2), CultureInfo.InvariantCulture);
        int baseStock = int.Parse(parts[4].AsSpan(2), CultureInfo.InvariantCulture);
        if (reader.ReadLine() != Header) throw new FormatException($"second line must be the header '{Header}'");
        var entries = new List<KeyValuePair<DualSourcingState, DualSourcingAction>>();
        int lineNumber = 2;
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNumber++;
            var f = line.Split(',');
            if (f.Length != 9) throw new FormatException($"line {lineNumber}: expected 9 fields, got {f.Length}");
            int Field(int i) => int.TryParse(f[i], NumberStyles.Integer, CultureInfo.InvariantCulture, out int v)
                ? v : throw new FormatException($"line {lineNumber}: field {i + 1} '{f[i]}' is not an integer");
            var state = new DualSourcingState(Field(0), Field(1), Field(2), Field(3), Field(4), Field(5));
            entries.Add(new(state, (DualSourcingAction)Field(6)));
        }
        return new DualSourcingPolicy(k, baseStock, entries);
    }

    private bool IsFeasible(DualSourcingState s)
    {
        if (s.InstalledCm < 0 || s.InstalledAm < 0 || s.PipelineCm < 0 || s.PipelineAm < 0 || s.StockCm < 0 || s.StockAm < 0) return false;
        int n = InstalledBase + BaseStock;
        return s.Installed + s.Pipeline + s.Stock == n && s.Stock == Math.Max(n - InstalledBase - s.Pipeline, 0) && s.Installed <= InstalledBase;
    }
}
