using System.Globalization;
using System.Text.Json.Nodes;

namespace SpareSim.Models.Network.Controllers;

/// <summary>
/// Probabilistic routing: each demand draws one uniform from the stock point's decision stream
/// and orders from the route it falls in (for example local repair with probability ρ, else the
/// parent; CP or AM with probabilities 1 − φ and φ). Orders from child sites may have routes of
/// their own. At a stock point with a pool per version, a demand draws from (and waits for) the
/// pool of its route's version. Model file: <c>{ "kind": "routing", "routes": [ { "source": "repair", "version": "cp",
/// "probability": 0.4 }, { "source": "parent", "probability": 0.6 } ], "childRoutes": [ ... ] }</c>.
/// </summary>
public sealed class RoutingController : IReplenishmentController
{
    private readonly double[] _cumulative, _childCumulative;
    private readonly ReplenishmentDecision[] _decisions, _childDecisions;

    /// <summary>Routes for failures and (possibly other) routes for child orders, each (decision, probability).</summary>
    public RoutingController(IReadOnlyList<(ReplenishmentDecision Decision, double Probability)> routes,
        IReadOnlyList<(ReplenishmentDecision Decision, double Probability)>? childRoutes = null)
    {
        (_decisions, _cumulative) = Prepare(routes, nameof(routes));
        (_childDecisions, _childCumulative) = childRoutes is null ? (_decisions, _cumulative) : Prepare(childRoutes, nameof(childRoutes));
    }

    /// <inheritdoc />
    public ReplenishmentDecision Decide(IStockPointView view, DemandKind kind)
    {
        var (decisions, cumulative) = kind == DemandKind.ChildOrder ? (_childDecisions, _childCumulative) : (_decisions, _cumulative);
        double u = view.DecisionStream.NextDouble();
        for (int i = 0; i < cumulative.Length - 1; i++)
            if (u < cumulative[i]) return decisions[i];
        return decisions[^1];
    }

    private static (ReplenishmentDecision[], double[]) Prepare(IReadOnlyList<(ReplenishmentDecision Decision, double Probability)> routes, string name)
    {
        ArgumentNullException.ThrowIfNull(routes, name);
        if (routes.Count == 0) throw new ArgumentException("at least one route is needed", name);
        var cumulative = new double[routes.Count];
        double sum = 0;
        for (int i = 0; i < routes.Count; i++)
        {
            double p = routes[i].Probability;
            if (!(p >= 0 && p <= 1)) throw new ArgumentOutOfRangeException(name, p, "a route's probability must be in [0, 1]");
            sum += p;
            cumulative[i] = sum;
        }
        if (Math.Abs(sum - 1) > 1e-9) throw new ArgumentException($"route probabilities sum to {sum.ToString(CultureInfo.InvariantCulture)}, not 1", name);
        return (routes.Select(r => r.Decision).ToArray(), cumulative);
    }
}

internal sealed class RoutingControllerFactory : IControllerFactory
{
    public string Kind => "routing";

    public string Description => "probabilistic routing of each demand over (source, version) routes";

    public IReplenishmentController Create(ControllerContext context)
    {
        context.AllowKeys("routes", "childRoutes", "install");
        int install = context.Version("install", fallback: 0);
        var routes = Routes(context, "routes", install) ?? throw context.Error("routes", "is required");
        return new RoutingController(routes, Routes(context, "childRoutes", install));
    }

    private static List<(ReplenishmentDecision, double)>? Routes(ControllerContext context, string key, int install)
    {
        if (context.Settings[key] is null) return null;
        if (context.Settings[key] is not JsonArray array || array.Count == 0) throw context.Error(key, "must be a non-empty list of routes");
        var routes = new List<(ReplenishmentDecision, double)>();
        double sum = 0;
        for (int i = 0; i < array.Count; i++)
        {
            string at = string.Create(CultureInfo.InvariantCulture, $"{context.Path}.{key}[{i}]");
            if (array[i] is not JsonObject route) throw new File.NetworkModelException(at, "must be an object { \"source\", \"version\", \"probability\" }");
            foreach (var (k, _) in route)
                if (k is not ("source" or "version" or "probability")) throw context.Error(k, "unknown key; allowed here: source, version, probability", at);
            double p = context.Number("probability", null, route, at);
            if (!(p >= 0 && p <= 1)) throw context.Error("probability", $"is a probability and must be in [0, 1], got {p.ToString(CultureInfo.InvariantCulture)}", at);
            sum += p;
            int version = context.Version("version", 0, route, at);
            // With a pool per version the route's version is the pool the demand draws from.
            routes.Add((new ReplenishmentDecision(context.StockPoint.PoolPerVersion ? version : install, version, context.Source("source", route, at)), p));
        }
        if (Math.Abs(sum - 1) > 1e-9) throw context.Error(key, $"probabilities must sum to 1, got {sum.ToString(CultureInfo.InvariantCulture)}");
        return routes;
    }
}
