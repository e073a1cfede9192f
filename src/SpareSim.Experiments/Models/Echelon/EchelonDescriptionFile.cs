using System.Globalization;
using System.Text.Json;
using SpareSim.Analytics.MultiEchelon;

namespace SpareSim.Experiments.Models.Echelon;

/// <summary>
/// Reads an echelon network description (see models/abidar-162-decentralized.json): the input of
/// the multi-echelon studies, which need its means for METRIC and its laws and stocks for the
/// simulation, which runs on the network engine as the supply-network model file
/// <see cref="EchelonModelFile"/> writes from it:
/// <code>
/// { "name": "...", "timeUnit": "year", "unitPrice": 400, "mode": "single-pool",
///   "central": { "name": "CMC", "demandRate": 10, "stock": 1, "amPoolStock": 0,
///                "repairTime": { "family": "exponential", "mean": 0.065753 },
///                "amTime": { "family": "exponential", "mean": 0.032877 },
///                "amProbabilityOwn": 0.9, "amProbabilityRegional": 0 },
///   "regions": [ { "name": "RMC1", "demandRate": 10, "localRepairProbability": 0.4, "stock": 1,
///                  "repairTime": {...}, "amTime": {...}, "amProbability": 0.9,
///                  "shipTime": { "family": "deterministic", "mean": 0.054795 } }, ... ] }
/// </code>
/// Any number of regions. A law is a family with a mean and a cv (the cv defaults to 1 for the
/// exponential and 0 for the deterministic family; other families need it). Unknown keys, missing
/// keys and bad values are errors naming the file and the JSON path.
/// </summary>
public static class EchelonDescriptionFile
{
    private static readonly string[] TopKeys = ["name", "description", "timeUnit", "unitPrice", "mode", "central", "regions"];
    private static readonly string[] CentralKeys = ["name", "demandRate", "stock", "amPoolStock", "repairTime", "amTime", "amProbabilityOwn", "amProbabilityRegional"];
    private static readonly string[] RegionKeys = ["name", "demandRate", "localRepairProbability", "stock", "repairTime", "amTime", "amProbability", "shipTime"];
    private static readonly string[] LawKeys = ["family", "mean", "cv"];

    /// <summary>The largest mean time and demand rate a file may give: beyond it pipelines and event counts do not fit any run.</summary>
    public const double MaxValue = 1e9;

    /// <summary>A network read from <paramref name="path"/>, with its name and unit price.</summary>
    public static EchelonSpec Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path)) throw new FileNotFoundException($"network model file '{path}' does not exist", path);
        using var document = ParseJson(path);
        return Read(document.RootElement, path);
    }

    /// <summary>A network read from JSON text; <paramref name="source"/> names it in error messages.</summary>
    public static EchelonSpec Parse(string json, string source = "network")
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            return Read(document.RootElement, source);
        }
        catch (JsonException e)
        {
            throw new ArgumentException($"{source}: not valid JSON ({e.Message})", e);
        }
    }

    private static JsonDocument ParseJson(string path)
    {
        try
        {
            return JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new ArgumentException($"{path}: not valid JSON ({e.Message})", e);
        }
    }

    private static EchelonSpec Read(JsonElement root, string source)
    {
        var top = Object(root, "$", TopKeys, source);
        string name = top.TryGetValue("name", out var n) ? Text(n, "$.name", source) : Path.GetFileNameWithoutExtension(source);
        double price = top.TryGetValue("unitPrice", out var p) ? Number(p, "$.unitPrice", source) : 1;
        string timeUnit = top.TryGetValue("timeUnit", out var t) ? Text(t, "$.timeUnit", source) : "year";
        bool split = false;
        if (top.TryGetValue("mode", out var m))
            split = Text(m, "$.mode", source).ToLowerInvariant() switch
            {
                "single-pool" => false,
                "split-pools" => true,
                var other => throw new ArgumentException($"{source}: $.mode '{other}' is unknown; expected single-pool or split-pools"),
            };

        var c = Object(Required(top, "central", "$", source), "$.central", CentralKeys, source);
        var centralRepair = Law(Required(c, "repairTime", "$.central", source), "$.central.repairTime", source);
        var centralAm = Law(Required(c, "amTime", "$.central", source), "$.central.amTime", source);
        string centralName = Text(Required(c, "name", "$.central", source), "$.central.name", source);
        double centralRate = Number(Required(c, "demandRate", "$.central", source), "$.central.demandRate", source);
        var central = new CentralSite(centralName, centralRate, centralRepair.Mean, centralAm.Mean,
            c.TryGetValue("amProbabilityOwn", out var po) ? Number(po, "$.central.amProbabilityOwn", source) : 0,
            c.TryGetValue("amProbabilityRegional", out var pr) ? Number(pr, "$.central.amProbabilityRegional", source) : 0);
        var stocks = new List<int> { Integer(Required(c, "stock", "$.central", source), "$.central.stock", source) };
        int amPool = c.TryGetValue("amPoolStock", out var ap) ? Integer(ap, "$.central.amPoolStock", source) : 0;
        var laws = new List<EchelonSiteLaws> { new(centralRepair, centralAm, null) };

        var regionsElement = Required(top, "regions", "$", source);
        if (regionsElement.ValueKind != JsonValueKind.Array) throw new ArgumentException($"{source}: $.regions must be an array");
        var regions = new List<RegionalSite>();
        int index = 0;
        foreach (var element in regionsElement.EnumerateArray())
        {
            string at = $"$.regions[{index++}]";
            var r = Object(element, at, RegionKeys, source);
            var repair = Law(Required(r, "repairTime", at, source), at + ".repairTime", source);
            var am = Law(Required(r, "amTime", at, source), at + ".amTime", source);
            var ship = Law(Required(r, "shipTime", at, source), at + ".shipTime", source);
            regions.Add(new RegionalSite(
                Text(Required(r, "name", at, source), at + ".name", source),
                Number(Required(r, "demandRate", at, source), at + ".demandRate", source),
                Number(Required(r, "localRepairProbability", at, source), at + ".localRepairProbability", source),
                repair.Mean, am.Mean,
                r.TryGetValue("amProbability", out var pa) ? Number(pa, at + ".amProbability", source) : 0,
                ship.Mean));
            laws.Add(new EchelonSiteLaws(repair, am, ship));
            stocks.Add(Integer(Required(r, "stock", at, source), at + ".stock", source));
        }

        if (central.DemandRate > MaxValue || regions.Any(r => r.DemandRate > MaxValue))
            throw new ArgumentException($"{source}: a demandRate above {MaxValue:G0} per time unit cannot be simulated; change the time unit");
        if (central.DemandRate == 0 && regions.All(r => r.DemandRate == 0))
            throw new ArgumentException($"{source}: $.central.demandRate and every $.regions[i].demandRate are 0: the network has no demand to stock for");
        try
        {
            return new EchelonSpec(name, timeUnit, new EchelonNetwork(central, regions, price), laws, stocks, split, amPool);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"{source}: {e.Message}", e);
        }
    }

    private static Dictionary<string, JsonElement> Object(JsonElement element, string at, string[] allowed, string source)
    {
        if (element.ValueKind != JsonValueKind.Object) throw new ArgumentException($"{source}: {at} must be an object");
        var result = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (!allowed.Contains(property.Name, StringComparer.Ordinal))
                throw new ArgumentException($"{source}: unknown key {at}.{property.Name} (expected one of: {string.Join(", ", allowed)})");
            result[property.Name] = property.Value;
        }
        return result;
    }

    private static JsonElement Required(Dictionary<string, JsonElement> obj, string key, string at, string source) =>
        obj.TryGetValue(key, out var value) ? value : throw new ArgumentException($"{source}: missing key {at}.{key}");

    private static string Text(JsonElement e, string at, string source) =>
        e.ValueKind == JsonValueKind.String ? e.GetString()! : throw new ArgumentException($"{source}: {at} must be a string");

    private static double Number(JsonElement e, string at, string source) =>
        e.ValueKind == JsonValueKind.Number ? e.GetDouble() : throw new ArgumentException($"{source}: {at} must be a number");

    private static int Integer(JsonElement e, string at, string source) =>
        e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out int v) ? v : throw new ArgumentException($"{source}: {at} must be an integer");

    private static EchelonLaw Law(JsonElement e, string at, string source)
    {
        var law = Object(e, at, LawKeys, source);
        string family = Text(Required(law, "family", at, source), at + ".family", source);
        double mean = Number(Required(law, "mean", at, source), at + ".mean", source);
        if (!(mean > 0 && mean <= MaxValue))
            throw new ArgumentException($"{source}: {at}.mean must be > 0 and at most {MaxValue:G0} time units, got {mean.ToString(CultureInfo.InvariantCulture)}");
        double cv = law.TryGetValue("cv", out var cvElement) ? Number(cvElement, at + ".cv", source)
            : family.Equals("exponential", StringComparison.OrdinalIgnoreCase) ? 1
            : family.Equals("deterministic", StringComparison.OrdinalIgnoreCase) ? 0
            : throw new ArgumentException($"{source}: {at}.cv is required for the {family} family");
        var result = new EchelonLaw(family, mean, cv);
        try
        {
            _ = result.Distribution();
        }
        catch (ArgumentException ex)
        {
            throw new ArgumentException($"{source}: {at}: {ex.Message} (mean {mean.ToString(CultureInfo.InvariantCulture)}, cv {cv.ToString(CultureInfo.InvariantCulture)})", ex);
        }
        return result;
    }
}
