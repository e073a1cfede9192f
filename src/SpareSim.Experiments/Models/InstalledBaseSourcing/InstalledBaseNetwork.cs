using System.Text.Json.Nodes;
using SpareSim.Analytics.DualSourcing;

namespace SpareSim.Experiments.Models.InstalledBaseSourcing;

/// <summary>
/// The installed base of Knofius et al. (2020) written as a supply-network model file: one site
/// ("base") with k systems of one part ("part", versions "cm" and "am"), one stock point and two
/// suppliers ("cm-supplier", "am-supplier"). The installed-base model and the studies that
/// validate the dual-sourcing analytics build their networks here, so there is one simulation of
/// the system: the network engine's.
/// </summary>
public static class InstalledBaseNetwork
{
    /// <summary>Name of the site, part and stock point: measures are named <c>..._base_part...</c>.</summary>
    public const string Site = "base", Part = "part", Cm = "cm", Am = "am", CmSupplier = "cm-supplier", AmSupplier = "am-supplier";

    /// <summary>The stock point's measure suffix (<c>backorders_base_part</c>, ...).</summary>
    public const string StockPointId = Site + "_" + Part;

    /// <summary>Laws of lifetimes and lead times (family and coefficient of variation; the means are the instance's).</summary>
    /// <param name="FailureFamily">Lifetime family of installed units.</param>
    /// <param name="FailureCv">Lifetime coefficient of variation.</param>
    /// <param name="LeadTimeFamily">Lead-time family of both suppliers.</param>
    /// <param name="LeadTimeCv">Lead-time coefficient of variation.</param>
    public sealed record Laws(string FailureFamily, double FailureCv, string LeadTimeFamily, double LeadTimeCv)
    {
        /// <summary>Exponential lifetimes and lead times: the analytic model's assumptions.</summary>
        public static Laws Exponential { get; } = new("exponential", 1, "exponential", 1);
    }

    /// <summary>The state the network starts from: installed units and spares on hand per version.</summary>
    /// <param name="InstalledCm">Installed CM units.</param>
    /// <param name="InstalledAm">Installed AM units.</param>
    /// <param name="StockCm">CM spares on hand.</param>
    /// <param name="StockAm">AM spares on hand.</param>
    public sealed record Start(int InstalledCm, int InstalledAm, int StockCm, int StockAm)
    {
        /// <summary>All units and spares of one version.</summary>
        public static Start AllOf(PartVersion version, int systems, int baseStock) =>
            version == PartVersion.Cm ? new Start(systems, 0, baseStock, 0) : new Start(0, systems, 0, baseStock);

        /// <summary>
        /// The most likely state of <paramref name="solution"/>'s stationary distribution with an
        /// empty pipeline: a start near steady state, so that a short warm-up suffices.
        /// </summary>
        public static Start Typical(DualSourcingSolution solution)
        {
            ArgumentNullException.ThrowIfNull(solution);
            var p = solution.StationaryDistribution;
            int best = -1;
            for (int i = 0; i < solution.Space.Count; i++)
                if (solution.Space[i].Pipeline == 0 && (best < 0 || p[i] > p[best])) best = i;
            var s = solution.Space[best];
            return new Start(s.InstalledCm, s.InstalledAm, s.StockCm, s.StockAm);
        }
    }

    /// <summary>The model file of <paramref name="instance"/> from <paramref name="start"/> under <paramref name="controller"/>.</summary>
    public static string ModelFile(DualSourcingInstance instance, Laws laws, Start start, JsonObject controller)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(laws);
        ArgumentNullException.ThrowIfNull(start);
        ArgumentNullException.ThrowIfNull(controller);
        var root = new JsonObject
        {
            ["name"] = "knofius-installed-base",
            ["parts"] = new JsonArray(new JsonObject
            {
                ["name"] = Part,
                ["versions"] = new JsonArray(Version(Cm, instance.PriceCm), Version(Am, instance.PriceAm)),
            }),
            ["sites"] = new JsonArray(new JsonObject { ["name"] = Site }),
            ["sources"] = new JsonArray(
                Supplier(CmSupplier, laws.LeadTimeFamily, 1 / instance.SupplyRateCm, laws.LeadTimeCv),
                Supplier(AmSupplier, laws.LeadTimeFamily, 1 / instance.SupplyRateAm, laws.LeadTimeCv)),
            ["installedBases"] = new JsonArray(new JsonObject
            {
                ["name"] = "fleet",
                ["site"] = Site,
                ["part"] = Part,
                ["systems"] = instance.InstalledBase,
                ["lifetime"] = new JsonObject
                {
                    [Cm] = Law(laws.FailureFamily, 1 / instance.FailureRateCm, laws.FailureCv),
                    [Am] = Law(laws.FailureFamily, 1 / instance.FailureRateAm, laws.FailureCv),
                },
                ["initial"] = new JsonObject { [Cm] = start.InstalledCm, [Am] = start.InstalledAm },
                ["costPerFailure"] = instance.MaintenanceCost,
                ["downtimeCost"] = instance.BackorderCost,
                ["savingPerInstalledUnit"] = new JsonObject { [Cm] = 0, [Am] = instance.OperationalSavingAm },
            }),
            ["stockPoints"] = new JsonArray(new JsonObject
            {
                ["site"] = Site,
                ["part"] = Part,
                ["stock"] = new JsonObject { [Cm] = start.StockCm, [Am] = start.StockAm },
                ["holdingRate"] = instance.HoldingRate,
                ["controller"] = controller,
            }),
        };
        return root.ToJsonString();
    }

    /// <summary>A base-stock controller that orders and installs <paramref name="version"/> only.</summary>
    public static JsonObject SingleSource(PartVersion version) => new()
    {
        ["kind"] = "base-stock",
        ["source"] = version == PartVersion.Cm ? CmSupplier : AmSupplier,
        ["version"] = version == PartVersion.Cm ? Cm : Am,
    };

    /// <summary>The dual-index rule: AM from the AM supplier when on hand − backorders + AM pipeline − 1 ≤ threshold, else CM; installs CM first.</summary>
    public static JsonObject DualIndex(int threshold) => new()
    {
        ["kind"] = "dual-index",
        ["threshold"] = threshold,
        ["fast"] = new JsonObject { ["source"] = AmSupplier, ["version"] = Am },
        ["slow"] = new JsonObject { ["source"] = CmSupplier, ["version"] = Cm },
        ["install"] = Cm,
    };

    /// <summary>A controller of kind <paramref name="kind"/> mapping each version to its supplier (e.g. a state-action table).</summary>
    public static JsonObject TableController(string kind) => new()
    {
        ["kind"] = kind,
        ["sources"] = new JsonObject { [Cm] = CmSupplier, [Am] = AmSupplier },
    };

    private static JsonObject Version(string name, double price) => new() { ["name"] = name, ["price"] = price };

    private static JsonObject Supplier(string name, string family, double mean, double cv) =>
        new() { ["name"] = name, ["kind"] = "supplier", ["leadTime"] = Law(family, mean, cv) };

    private static JsonObject Law(string family, double mean, double cv) => new() { ["family"] = family, ["mean"] = mean, ["cv"] = cv };
}
