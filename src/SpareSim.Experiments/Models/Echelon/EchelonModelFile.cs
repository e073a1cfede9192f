using System.Text.Json.Nodes;

namespace SpareSim.Experiments.Models.Echelon;

/// <summary>
/// Writes an <see cref="EchelonSpec"/> as a supply-network model file, so that the CMC/RMC network
/// is simulated by the one network engine. One part "item" with versions "cp" and "am"; the CMC is
/// the root site, each RMC its child with the order-and-ship law; per site a repair source
/// "SITE-repair" (CP) and "SITE-am" (AM, ample capacity), a Poisson installed base "SITE-customers"
/// and a stock point with a routing controller: an RMC failure goes to local CP repair with
/// probability ρ(1 − φ), local AM with ρφ, else to the CMC; at the CMC own failures and RMC orders
/// are replenished by AM with φ_own and φ_regional. With split pools the CMC's stock point has a
/// pool per version, and each request draws from the pool of its route's version.
/// </summary>
public static class EchelonModelFile
{
    /// <summary>The part, its versions and the suffix of the per-site sources.</summary>
    public const string Part = "item", Cp = "cp", Am = "am";

    /// <summary>
    /// Systems of a Poisson installed base when the fleet is not given: so many that every waiting
    /// customer is one down system, and <c>down_systems_SITE</c> counts the site's own waiting
    /// customers exactly (at the CMC, apart from the RMC orders that also wait there).
    /// </summary>
    public const int AmpleSystems = 1_000_000;

    /// <summary>Name of a site's source of <paramref name="version"/> (<paramref name="site"/> as in the model file).</summary>
    public static string Source(string site, string version) => site + (version == Am ? "-am" : "-repair");

    /// <summary>
    /// The model-file name of a site (model files name elements in lower case, a-z, 0-9, '-' and
    /// '_', starting with a letter, because the names make measure names): "RMC 1" becomes "rmc-1".
    /// </summary>
    public static string SiteName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var sb = new System.Text.StringBuilder();
        foreach (char ch in name.Trim().ToLowerInvariant()) sb.Append(ch is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_' or '-' ? ch : '-');
        string id = sb.ToString();
        if (id.Length == 0 || id[0] is not (>= 'a' and <= 'z')) id = "site-" + id;
        return id.Length > 48 ? id[..48] : id;
    }

    /// <summary>
    /// The model file of <paramref name="spec"/>; every time is divided by <paramref name="timeUnit"/>
    /// (in units of the spec's time unit; 1 keeps it). <paramref name="systems"/> (CMC first) and
    /// <paramref name="unitsPerSystem"/> give each site's fleet; null gives <see cref="AmpleSystems"/>.
    /// </summary>
    public static JsonObject Build(EchelonSpec spec, double timeUnit = 1, IReadOnlyList<int>? systems = null, int unitsPerSystem = 1, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (!(timeUnit > 0) || !double.IsFinite(timeUnit)) throw new ArgumentOutOfRangeException(nameof(timeUnit), timeUnit, "must be finite and > 0");
        if (systems is not null && systems.Count != spec.Network.SiteCount) throw new ArgumentException($"expected {spec.Network.SiteCount} fleet sizes (CMC first), got {systems.Count}", nameof(systems));
        var network = spec.Network;
        var c = network.Central;
        var siteNames = network.SiteNames.Select(SiteName).ToArray();
        if (siteNames.Distinct().Count() != siteNames.Length) throw new ArgumentException($"the site names {string.Join(", ", network.SiteNames)} are not distinct as model-file names ({string.Join(", ", siteNames)})");
        string cmc = siteNames[0];
        var sites = new JsonArray(new JsonObject { ["name"] = cmc });
        var sources = new JsonArray(Repair(cmc, Cp, spec.Laws[0].Repair, timeUnit), Repair(cmc, Am, spec.Laws[0].Am, timeUnit));
        var bases = new JsonArray();
        AddCustomers(bases, cmc, c.DemandRate, timeUnit, systems?[0] ?? AmpleSystems, unitsPerSystem);
        var cmcPoint = new JsonObject
        {
            ["site"] = cmc,
            ["part"] = Part,
            ["stock"] = new JsonObject { [Cp] = spec.Stocks[0], [Am] = spec.SplitPools ? spec.AmPoolStock : 0 },
            ["controller"] = new JsonObject
            {
                ["kind"] = "routing",
                ["routes"] = new JsonArray(Route(Source(cmc, Cp), Cp, 1 - c.AmProbabilityOwn), Route(Source(cmc, Am), Am, c.AmProbabilityOwn)),
                ["childRoutes"] = new JsonArray(Route(Source(cmc, Cp), Cp, 1 - c.AmProbabilityRegional), Route(Source(cmc, Am), Am, c.AmProbabilityRegional)),
            },
        };
        if (spec.SplitPools) cmcPoint["pools"] = "per-version";
        var points = new JsonArray(cmcPoint);
        for (int j = 0; j < network.Regions.Count; j++)
        {
            var r = network.Regions[j];
            var laws = spec.Laws[j + 1];
            string rmc = siteNames[j + 1];
            sites.Add(new JsonObject { ["name"] = rmc, ["parent"] = cmc, ["shipTime"] = laws.Ship!.Json(timeUnit) });
            sources.Add(Repair(rmc, Cp, laws.Repair, timeUnit));
            sources.Add(Repair(rmc, Am, laws.Am, timeUnit));
            AddCustomers(bases, rmc, r.DemandRate, timeUnit, systems?[j + 1] ?? AmpleSystems, unitsPerSystem);
            double rho = r.LocalRepairProbability, phi = r.AmProbability;
            points.Add(new JsonObject
            {
                ["site"] = rmc,
                ["part"] = Part,
                ["stock"] = new JsonObject { [Cp] = spec.Stocks[j + 1], [Am] = 0 },
                ["controller"] = new JsonObject
                {
                    ["kind"] = "routing",
                    ["routes"] = new JsonArray(Route(Source(rmc, Cp), Cp, rho * (1 - phi)), Route(Source(rmc, Am), Am, rho * phi), Route("parent", Cp, 1 - rho)),
                },
            });
        }
        return new JsonObject
        {
            ["name"] = spec.Name,
            ["description"] = description ?? $"{spec.Name}: a CMC and {network.Regions.Count} RMCs (Abidar & Chaabane's structure), written by SpareSim's echelon model-file builder.",
            ["timeUnit"] = timeUnit == 1 ? spec.TimeUnit : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{timeUnit:G6} {spec.TimeUnit}"),
            ["parts"] = new JsonArray(new JsonObject
            {
                ["name"] = Part,
                ["versions"] = new JsonArray(new JsonObject { ["name"] = Cp, ["price"] = network.UnitPrice }, new JsonObject { ["name"] = Am, ["price"] = network.UnitPrice }),
            }),
            ["sites"] = sites,
            ["sources"] = sources,
            ["installedBases"] = bases,
            ["stockPoints"] = points,
        };
    }

    private static void AddCustomers(JsonArray bases, string site, double rate, double timeUnit, int systems, int unitsPerSystem)
    {
        if (rate <= 0) return;
        // Poisson failures at rate units / mean lifetime: the site's demand rate, in the file's time unit.
        double mean = systems * (double)unitsPerSystem / (rate * timeUnit);
        var lifetime = new JsonObject { ["family"] = "exponential", ["mean"] = mean, ["cv"] = 1 };
        bases.Add(new JsonObject
        {
            ["name"] = site + "-customers",
            ["site"] = site,
            ["part"] = Part,
            ["systems"] = systems,
            ["unitsPerSystem"] = unitsPerSystem,
            ["failureMode"] = "poisson",
            ["lifetime"] = new JsonObject { [Cp] = lifetime, [Am] = lifetime.DeepClone() },
        });
    }

    private static JsonObject Repair(string site, string version, EchelonLaw law, double timeUnit) => new()
    {
        ["name"] = Source(site, version),
        ["kind"] = "repair",
        ["site"] = site,
        ["repairTime"] = law.Json(timeUnit),
    };

    private static JsonObject Route(string source, string version, double probability) => new()
    {
        ["source"] = source,
        ["version"] = version,
        ["probability"] = probability,
    };
}
