using System.Text.Json.Nodes;
using SpareSim.Models.Network.Definition;
using SpareSim.Models.Network.Disruptions;

namespace SpareSim.Models.Network.File;

/// <summary>
/// Reads the <c>disruptions</c> list of a model file: each has a <c>name</c>, a <c>kind</c>, the
/// <c>element</c> it is aimed at (LIST:NAME, e.g. <c>sources:am-printer</c>,
/// <c>stockPoints:north/pump</c>), exactly one timing (<c>windows</c> [{start, duration}],
/// <c>upTime</c> + <c>downTime</c> laws, or <c>shock</c> {start, duration} laws), its size by kind
/// (<c>factor</c>, <c>delay</c>, <c>fraction</c>), for a printer's outage <c>inProgress</c>
/// (finish, resume or restart: what happens to the prints under way) and <c>enabled</c> (default true; a disabled
/// disruption keeps its measures and is never active, so a Grid can switch it). Errors name the
/// JSON path: an unknown element or one of the wrong kind, a missing or second timing, windows
/// that overlap, and fixed windows of two disruptions of one kind on one element that overlap
/// with different sizes (they contradict each other).
/// </summary>
internal static class DisruptionFile
{
    private static readonly string[] Keys = ["name", "kind", "element", "windows", "upTime", "downTime", "shock", "factor", "delay", "fraction", "inProgress", "enabled", "description"];

    public static IReadOnlyList<DisruptionDefinition> Read(JsonObjectReader top, NetworkModelFile.ReadContext context, NetworkDefinition network)
    {
        var list = new List<(DisruptionDefinition Definition, string Path)>();
        foreach (var (node, at) in context.Elements(top, "disruptions", required: false))
        {
            var r = new JsonObjectReader(node, at, Keys);
            string name = context.Name(r);
            var kind = Kind(r);
            var target = Target(r, kind, network);
            var timing = Timing(r);
            var definition = new DisruptionDefinition
            {
                Name = name, Kind = kind, Target = target, Timing = Enabled(r) ? timing : new FixedWindows([]),
                Factor = kind switch
                {
                    DisruptionKind.Slowdown => r.Number("factor", null, NumberRule.Positive),
                    DisruptionKind.DemandSurge => AtLeastOne(r),
                    _ => Unused(r, "factor", kind),
                },
                Delay = kind == DisruptionKind.ConvoyDelay ? r.Law("delay") : UnusedLaw(r, kind),
                Fraction = kind == DisruptionKind.StockLoss ? Fraction(r) : Unused(r, "fraction", kind) - 1,
                InProgress = InProgress(r, kind, target, network),
            };
            list.Add((definition, at));
        }
        CheckContradictions(list);
        return list.Select(x => x.Definition).ToList();
    }

    private static DisruptionKind Kind(JsonObjectReader r) => r.Text("kind") switch
    {
        "outage" => DisruptionKind.Outage,
        "convoy-cancellation" => DisruptionKind.ConvoyCancellation,
        "convoy-delay" => DisruptionKind.ConvoyDelay,
        "slowdown" => DisruptionKind.Slowdown,
        "demand-surge" => DisruptionKind.DemandSurge,
        "material-shortage" => DisruptionKind.MaterialShortage,
        "stock-loss" => DisruptionKind.StockLoss,
        var other => throw new NetworkModelException(r.At("kind"),
            $"unknown disruption kind '{other}'; expected outage, convoy-cancellation, convoy-delay, slowdown, demand-surge, material-shortage or stock-loss"),
    };

    private static DisruptionTarget Target(JsonObjectReader r, DisruptionKind kind, NetworkDefinition network)
    {
        string element = r.Text("element");
        string at = r.At("element");
        int colon = element.IndexOf(':', StringComparison.Ordinal);
        string list = colon < 0 ? "" : element[..colon], name = colon < 0 ? element : element[(colon + 1)..];
        int Find(IEnumerable<string> names, string what)
        {
            var all = names.ToList();
            int i = all.IndexOf(name);
            return i >= 0 ? i : throw new NetworkModelException(at, $"unknown element '{element}': no {what} named '{name}'; {what}s: {string.Join(", ", all)}");
        }
        var target = list switch
        {
            "sources" => new DisruptionTarget(DisruptedElement.Source, Find(network.Sources.Select(s => s.Name), "source"), element),
            "convoys" => new DisruptionTarget(DisruptedElement.Convoy, Find(network.Convoys.Select(c => c.Name), "convoy"), element),
            "sites" => new DisruptionTarget(DisruptedElement.Site, Find(network.Sites.Select(s => s.Name), "site"), element),
            "installedBases" => new DisruptionTarget(DisruptedElement.InstalledBase, Find(network.InstalledBases.Select(b => b.Name), "installed base"), element),
            "stockPoints" => new DisruptionTarget(DisruptedElement.StockPoint,
                Find(network.StockPoints.Select(p => $"{network.Sites[p.Site].Name}/{network.Parts[p.Part].Name}"), "stock point"), element),
            _ => throw new NetworkModelException(at, $"unknown element '{element}': write LIST:NAME with LIST one of sources, convoys, sites, installedBases, stockPoints"),
        };
        string? wrong = (kind, target.Element) switch
        {
            (DisruptionKind.Outage, DisruptedElement.Source) => null,
            (DisruptionKind.Slowdown, DisruptedElement.Source) => null,
            (DisruptionKind.Slowdown, DisruptedElement.Site) => network.Sites[target.Index].ShipTime is null ? "a slowdown of a site needs its shipTime" : null,
            (DisruptionKind.ConvoyCancellation or DisruptionKind.ConvoyDelay, DisruptedElement.Convoy) => null,
            (DisruptionKind.DemandSurge, DisruptedElement.InstalledBase) =>
                network.InstalledBases[target.Index].FailureMode == FailureMode.Poisson ? null : "a demand surge needs an installed base with failureMode poisson",
            (DisruptionKind.MaterialShortage, DisruptedElement.Source) =>
                network.Sources[target.Index].Material is null ? "a material shortage needs a printer source with material" : null,
            (DisruptionKind.StockLoss, DisruptedElement.StockPoint) => null,
            (DisruptionKind.Outage, _) => "an outage is aimed at a source (sources:NAME)",
            (DisruptionKind.Slowdown, _) => "a slowdown is aimed at a source or a site (sources:NAME, sites:NAME)",
            (DisruptionKind.ConvoyCancellation or DisruptionKind.ConvoyDelay, _) => "a convoy disruption is aimed at a convoy (convoys:NAME)",
            (DisruptionKind.DemandSurge, _) => "a demand surge is aimed at an installed base (installedBases:NAME)",
            (DisruptionKind.MaterialShortage, _) => "a material shortage is aimed at a printer source (sources:NAME)",
            _ => "a stock loss is aimed at a stock point (stockPoints:SITE/PART)",
        };
        return wrong is null ? target : throw new NetworkModelException(at, $"'{element}': {wrong}");
    }

    private static DisruptionTiming Timing(JsonObjectReader r)
    {
        int given = (r.Has("windows") ? 1 : 0) + (r.Has("upTime") || r.Has("downTime") ? 1 : 0) + (r.Has("shock") ? 1 : 0);
        if (given != 1) throw new NetworkModelException(r.Path, "give exactly one timing: windows [{start, duration}], upTime and downTime (alternating renewal), or shock {start, duration}");
        if (r.Has("shock"))
        {
            var s = new JsonObjectReader(r.Node["shock"], r.At("shock"), "start", "duration");
            return new RandomShock(s.Law("start"), s.Law("duration"));
        }
        if (!r.Has("windows")) return new AlternatingRenewal(r.Law("upTime"), r.Law("downTime"));
        var windows = new List<DisruptionWindow>();
        var array = r.Array("windows", required: true);
        for (int i = 0; i < array.Count; i++)
        {
            var w = new JsonObjectReader(array[i], $"{r.At("windows")}[{i}]", "start", "duration");
            var window = new DisruptionWindow(w.Number("start", null, NumberRule.NonNegative), w.Number("duration", null, NumberRule.Positive));
            if (windows.Count > 0 && window.Start < windows[^1].End)
                throw new NetworkModelException(w.Path, $"overlaps or precedes window {i - 1} (ends at {JsonObjectReader.Show(windows[^1].End)}): list windows in time order, disjoint");
            windows.Add(window);
        }
        if (windows.Count == 0) throw new NetworkModelException(r.At("windows"), "needs at least one window");
        return new FixedWindows(windows);
    }

    private static bool Enabled(JsonObjectReader r) => r.Node["enabled"] switch
    {
        null => true,
        JsonValue v when v.GetValueKind() is System.Text.Json.JsonValueKind.True => true,
        JsonValue v when v.GetValueKind() is System.Text.Json.JsonValueKind.False => false,
        // A scenario that sets a missing key writes text.
        JsonValue v when v.TryGetValue(out string? text) && bool.TryParse(text, out bool b) => b,
        var other => throw new NetworkModelException(r.At("enabled"), $"must be true or false, got {other.ToJsonString()}"),
    };

    // Only a printer's outage has prints under way to act on.
    private static OutageInProgress InProgress(JsonObjectReader r, DisruptionKind kind, DisruptionTarget target, NetworkDefinition network)
    {
        if (!r.Has("inProgress")) return OutageInProgress.Finish;
        if (kind != DisruptionKind.Outage || network.Sources[target.Index].Kind != SourceKind.Printer)
            throw new NetworkModelException(r.At("inProgress"), "applies only to an outage of a printer source (what happens to the prints under way)");
        return r.Text("inProgress") switch
        {
            "finish" => OutageInProgress.Finish,
            "resume" => OutageInProgress.Resume,
            "restart" => OutageInProgress.Restart,
            var other => throw new NetworkModelException(r.At("inProgress"), $"unknown value '{other}'; expected finish (default), resume or restart"),
        };
    }

    private static double AtLeastOne(JsonObjectReader r)
    {
        double f = r.Number("factor", null, NumberRule.Positive);
        return f >= 1 ? f : throw new NetworkModelException(r.At("factor"), $"a demand surge multiplies the failure rate by at least 1, got {JsonObjectReader.Show(f)}");
    }

    private static double Fraction(JsonObjectReader r)
    {
        double f = r.Number("fraction", null, NumberRule.Probability);
        return f > 0 ? f : throw new NetworkModelException(r.At("fraction"), "must be > 0 (the probability that a unit on hand is lost)");
    }

    private static double Unused(JsonObjectReader r, string key, DisruptionKind kind) =>
        r.Has(key) ? throw new NetworkModelException(r.At(key), $"does not apply to a {Logging.DecisionLog.KindName(kind)}") : 1;

    private static Core.Distributions.IDistribution? UnusedLaw(JsonObjectReader r, DisruptionKind kind) =>
        r.Has("delay") ? throw new NetworkModelException(r.At("delay"), $"does not apply to a {Logging.DecisionLog.KindName(kind)}") : null;

    // Fixed windows of one kind on one element that overlap must agree on their size.
    private static void CheckContradictions(List<(DisruptionDefinition Definition, string Path)> list)
    {
        for (int i = 0; i < list.Count; i++)
            for (int j = 0; j < i; j++)
            {
                var (a, b) = (list[i].Definition, list[j].Definition);
                if (a.Kind != b.Kind || a.Target != b.Target || a.Timing is not FixedWindows wa || b.Timing is not FixedWindows wb) continue;
                bool overlap = wa.Windows.Any(x => wb.Windows.Any(y => x.Start < y.End && y.Start < x.End));
                bool differ = a.Factor != b.Factor || a.Fraction != b.Fraction || !Equals(a.Delay, b.Delay);
                if (overlap && differ)
                    throw new NetworkModelException(list[i].Path + ".windows",
                        $"overlaps disruption '{b.Name}' ({Logging.DecisionLog.KindName(a.Kind)} of {a.Target.Name}) with a different size: they contradict each other; make the windows disjoint or the sizes equal");
            }
    }
}
