using System.Globalization;
using System.Text;
using SpareSim.Models.Network.Controllers;
using SpareSim.Models.Network.Definition;
using SpareSim.Models.Network.Disruptions;
using SpareSim.Models.Network.Engine;

namespace SpareSim.Models.Network.Logging;

/// <summary>
/// The decision log of one replication, bounded by <see cref="MaxRows"/>: rows past the limit are
/// counted in <see cref="Dropped"/>, not kept. Rows are recorded from <see cref="From"/> on (the
/// end of the warm-up, say), in the order they happen.
/// </summary>
public sealed class DecisionLog
{
    private readonly NetworkDefinition _network;
    private readonly List<DecisionRecord> _rows = [];

    /// <summary>A log of at most <paramref name="maxRows"/> rows of <paramref name="network"/>'s decisions from time <paramref name="from"/> on.</summary>
    public DecisionLog(NetworkDefinition network, int maxRows, double from = 0)
    {
        _network = network ?? throw new ArgumentNullException(nameof(network));
        if (maxRows < 1) throw new ArgumentOutOfRangeException(nameof(maxRows), maxRows, "a decision log needs a size limit of at least one row");
        MaxRows = maxRows;
        From = from;
    }

    /// <summary>The size limit.</summary>
    public int MaxRows { get; }

    /// <summary>Rows before this time are not recorded.</summary>
    public double From { get; }

    /// <summary>The rows kept.</summary>
    public IReadOnlyList<DecisionRecord> Rows => _rows;

    /// <summary>Rows not kept because the limit was reached.</summary>
    public long Dropped { get; private set; }

    internal void Decision(StockPointNode point, DemandKind kind, ReplenishmentDecision decision, string reason)
    {
        if (!Accepts(point.Now)) return;
        string state = State(point, kind);
        string action = $"install {point.VersionNames[decision.Install]}; order {point.VersionNames[decision.Version]} from {point.SourceNames[decision.Source]}";
        Add(new DecisionRecord(point.Now, "decision", point.Site, point.Part, _network.StockPoints[point.Index].Controller.Kind, state, action, reason));
    }

    internal void Emergency(StockPointNode point, int version)
    {
        if (!Accepts(point.Now)) return;
        Add(new DecisionRecord(point.Now, "decision", point.Site, point.Part, _network.StockPoints[point.Index].Controller.Kind,
            State(point, DemandKind.Failure), $"emergency shipment of {point.VersionNames[version]}; no order", "emergency"));
    }

    internal void Disruption(DisruptionProcess disruption, double now, bool started)
    {
        if (!Accepts(now)) return;
        var d = disruption.Definition;
        string kind = KindName(d.Kind);
        Add(new DecisionRecord(now, started ? "disruption-start" : "disruption-end", "", "", d.Name, "", $"{kind} of {d.Target.Name}", kind));
    }

    /// <summary>The model-file spelling of a disruption kind (e.g. "convoy-cancellation").</summary>
    public static string KindName(DisruptionKind kind) => kind switch
    {
        DisruptionKind.Outage => "outage",
        DisruptionKind.ConvoyCancellation => "convoy-cancellation",
        DisruptionKind.ConvoyDelay => "convoy-delay",
        DisruptionKind.Slowdown => "slowdown",
        DisruptionKind.DemandSurge => "demand-surge",
        DisruptionKind.MaterialShortage => "material-shortage",
        _ => "stock-loss",
    };

    private bool Accepts(double now)
    {
        if (now < From) return false;
        if (_rows.Count < MaxRows) return true;
        Dropped++;
        return false;
    }

    private void Add(DecisionRecord row) => _rows.Add(row);

    private static string State(StockPointNode point, DemandKind kind)
    {
        var sb = new StringBuilder("on_hand");
        int n = point.VersionNames.Count;
        for (int v = 0; v < n; v++) sb.Append(CultureInfo.InvariantCulture, $" {point.VersionNames[v]}={point.OnHand(v)}");
        sb.Append("; pipeline");
        for (int v = 0; v < n; v++) sb.Append(CultureInfo.InvariantCulture, $" {point.VersionNames[v]}={point.Pipeline(v)}");
        sb.Append(CultureInfo.InvariantCulture, $"; backorders {point.Backorders}");
        if (kind == DemandKind.Failure && point.FailedVersion >= 0) sb.Append($"; failed {point.VersionNames[point.FailedVersion]}");
        return sb.ToString();
    }
}
