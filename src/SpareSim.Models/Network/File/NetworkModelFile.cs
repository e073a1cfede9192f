using System.Text.Json;
using System.Text.Json.Nodes;
using SpareSim.Core.Distributions;
using SpareSim.Models.Network.Definition;

namespace SpareSim.Models.Network.File;

/// <summary>
/// Reads a supply network from a JSON model file: flat lists of elements that refer to each other
/// by name (<c>parts</c>, <c>sites</c>, <c>convoys</c>, <c>sources</c>, <c>installedBases</c>,
/// <c>stockPoints</c>, <c>disruptions</c> read by <see cref="DisruptionFile"/>); the format is documented in the README ("Supply-network model files").
/// Every bad value — unknown key, missing key, negative rate, probability outside [0, 1], unknown
/// reference, a cycle in the site tree, a stock point without a source — throws
/// <see cref="NetworkModelException"/> naming the JSON path, before anything runs.
/// </summary>
public static class NetworkModelFile
{
    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>Reads <paramref name="path"/>, with <paramref name="overrides"/> (path → value, see <see cref="ModelFileOverrides"/>) applied first.</summary>
    public static NetworkModel Load(string path, IReadOnlyDictionary<string, string>? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path)) throw new NetworkModelException("$", $"model file '{path}' is a directory");
        if (!System.IO.File.Exists(path)) throw new NetworkModelException("$", $"model file '{path}' does not exist");
        string directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path)) ?? ".";
        return Parse(System.IO.File.ReadAllText(path), path, directory, overrides);
    }

    /// <summary>Reads JSON text; <paramref name="source"/> names it in messages, <paramref name="baseDirectory"/> resolves file names.</summary>
    public static NetworkModel Parse(string json, string source, string baseDirectory, IReadOnlyDictionary<string, string>? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonNode root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: Options) ?? throw new NetworkModelException("$", "the model file is empty");
        }
        catch (JsonException e)
        {
            throw new NetworkModelException("$", $"not valid JSON: {e.Message.Split(" Path:", 2)[0]} (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1})");
        }
        if (overrides is { Count: > 0 }) ModelFileOverrides.Apply(root, overrides);
        var top = new JsonObjectReader(root, "$", "name", "description", "timeUnit", "costBooking", "parts", "sites", "convoys", "sources", "installedBases", "stockPoints", "disruptions");
        var context = new ReadContext();
        var parts = ReadParts(top, context);
        var convoys = ReadConvoys(top, context);
        var sites = ReadSites(top, context, convoys);
        var sources = ReadSources(top, context, sites, convoys);
        var bases = ReadInstalledBases(top, context, sites, parts);
        var stockPoints = ReadStockPoints(top, context, sites, parts, sources);
        var booking = (top.OptionalText("costBooking") ?? "continuous") switch
        {
            "continuous" => CostBooking.Continuous,
            "period-end" => CostBooking.PeriodEnd,
            var other => throw new NetworkModelException(top.At("costBooking"), $"must be continuous or period-end, got '{other}'"),
        };
        var definition = new NetworkDefinition
        {
            Name = top.OptionalText("name") ?? System.IO.Path.GetFileNameWithoutExtension(source),
            TimeUnit = top.OptionalText("timeUnit") ?? "time unit", CostBooking = booking,
            Parts = parts, Sites = sites, Convoys = convoys, Sources = sources, InstalledBases = bases, StockPoints = stockPoints,
        };
        NetworkValidator.Check(definition);
        definition = definition with { Disruptions = DisruptionFile.Read(top, context, definition) };
        return new NetworkModel(definition, source, baseDirectory, top.OptionalText("description") ?? "");
    }

    private static List<PartDefinition> ReadParts(JsonObjectReader top, ReadContext context)
    {
        var parts = new List<PartDefinition>();
        foreach (var (p, at) in context.Elements(top, "parts", required: true))
        {
            var r = new JsonObjectReader(p, at, "name", "versions", "description");
            var versions = new List<PartVersionDefinition>();
            foreach (var (v, vat) in context.Elements(r, "versions", required: true))
            {
                var vr = new JsonObjectReader(v, vat, "name", "price", "temporary");
                versions.Add(new PartVersionDefinition(context.Name(vr), vr.Number("price", 0, NumberRule.NonNegative), vr.Boolean("temporary", false)));
            }
            if (versions.Count == 0) throw new NetworkModelException(r.At("versions"), "a part needs at least one version");
            if (versions.Count > 10) throw new NetworkModelException(r.At("versions"), "at most 10 versions per part");
            if (versions.All(v => v.Temporary)) throw new NetworkModelException(r.At("versions"), "a part needs a version that is not temporary (stopgaps stand in for one)");
            parts.Add(new PartDefinition(context.Name(r), versions));
        }
        if (parts.Count == 0) throw new NetworkModelException("$.parts", "at least one part is needed");
        return parts;
    }

    private static List<ConvoyDefinition> ReadConvoys(JsonObjectReader top, ReadContext context)
    {
        var convoys = new List<ConvoyDefinition>();
        foreach (var (c, at) in context.Elements(top, "convoys", required: false))
        {
            var r = new JsonObjectReader(c, at, "name", "period", "offset", "transitTime", "delay", "cancellationProbability", "costPerDeparture");
            double p = r.Number("cancellationProbability", 0, NumberRule.Probability);
            if (p >= 1) throw new NetworkModelException(r.At("cancellationProbability"), "must be below 1 (some convoy must leave)");
            convoys.Add(new ConvoyDefinition(context.Name(r), r.Number("period", null, NumberRule.Positive), r.Number("offset", 0, NumberRule.NonNegative),
                r.OptionalLaw("transitTime"), r.OptionalLaw("delay"), p, r.Number("costPerDeparture", 0, NumberRule.NonNegative)));
        }
        return convoys;
    }

    private static List<SiteDefinition> ReadSites(JsonObjectReader top, ReadContext context, List<ConvoyDefinition> convoys)
    {
        var raw = new List<(JsonObjectReader R, string Name)>();
        foreach (var (s, at) in context.Elements(top, "sites", required: true))
        {
            var r = new JsonObjectReader(s, at, "name", "parent", "shipTime", "convoy", "costPerShipment", "description");
            raw.Add((r, context.Name(r)));
        }
        if (raw.Count == 0) throw new NetworkModelException("$.sites", "at least one site is needed");
        var names = raw.Select(x => x.Name).ToList();
        var sites = new List<SiteDefinition>();
        foreach (var (r, name) in raw)
        {
            int parent = -1;
            if (r.OptionalText("parent") is { } parentName)
            {
                parent = names.IndexOf(parentName);
                if (parent < 0) throw new NetworkModelException(r.At("parent"), $"unknown site '{parentName}'; sites: {string.Join(", ", names)}");
            }
            int convoy = -1;
            if (r.OptionalText("convoy") is { } convoyName)
            {
                convoy = convoys.FindIndex(c => c.Name == convoyName);
                if (convoy < 0) throw new NetworkModelException(r.At("convoy"), $"unknown convoy '{convoyName}'; convoys: {string.Join(", ", convoys.Select(c => c.Name))}");
            }
            var ship = r.OptionalLaw("shipTime");
            if (parent < 0 && (ship is not null || r.Has("costPerShipment")))
                throw new NetworkModelException(r.At(ship is not null ? "shipTime" : "costPerShipment"), "a site without a parent has no shipping from it");
            if (ship is not null && convoy >= 0) throw new NetworkModelException(r.At("shipTime"), "a site supplied by convoy takes the convoy's transit time; give shipTime or convoy, not both");
            sites.Add(new SiteDefinition(name, parent, ship, convoy, r.Number("costPerShipment", 0, NumberRule.NonNegative)));
        }
        return sites;
    }

    private static List<SourceDefinition> ReadSources(JsonObjectReader top, ReadContext context, List<SiteDefinition> sites, List<ConvoyDefinition> convoys)
    {
        var sources = new List<SourceDefinition>();
        foreach (var (s, at) in context.Elements(top, "sources", required: false))
        {
            var kindReader = s as JsonObject ?? throw new NetworkModelException(at, "must be an object");
            string kind = kindReader["kind"] is JsonValue k && k.TryGetValue(out string? text) ? text : throw new NetworkModelException(at + ".kind", "is required: supplier, repair or printer");
            switch (kind)
            {
                case "supplier":
                {
                    var r = new JsonObjectReader(s, at, "name", "kind", "leadTime", "costPerUnit");
                    sources.Add(new SourceDefinition { Name = SourceName(context, r), Kind = SourceKind.Supplier, LeadTime = r.Law("leadTime"), CostPerUnit = Cost(r) });
                    break;
                }
                case "repair":
                {
                    var r = new JsonObjectReader(s, at, "name", "kind", "site", "repairTime", "costPerUnit");
                    sources.Add(new SourceDefinition { Name = SourceName(context, r), Kind = SourceKind.Repair, Site = SiteIndex(r, "site", sites), LeadTime = r.Law("repairTime"), CostPerUnit = r.Number("costPerUnit", 0, NumberRule.NonNegative) });
                    break;
                }
                case "printer":
                {
                    var r = new JsonObjectReader(s, at, "name", "kind", "site", "printers", "printTime", "failedPrintProbability", "postProcessingTime", "material", "shipTime", "costPerUnit", "printsPerPeriod");
                    double failed = r.Number("failedPrintProbability", 0, NumberRule.Probability);
                    if (failed >= 1) throw new NetworkModelException(r.At("failedPrintProbability"), "must be below 1 (some print must succeed)");
                    sources.Add(new SourceDefinition
                    {
                        Name = SourceName(context, r), Kind = SourceKind.Printer, Site = SiteIndex(r, "site", sites), LeadTime = r.Law("printTime"),
                        Printers = r.Integer("printers", null, 0), FailedPrintProbability = failed, PostProcessingTime = r.OptionalLaw("postProcessingTime"),
                        Material = r.Has("material") ? Material(r, convoys) : null, ShipTime = r.OptionalLaw("shipTime"), CostPerUnit = Cost(r),
                        PrintsPerPeriod = r.Integer("printsPerPeriod", 0, 0),
                    });
                    break;
                }
                default:
                    throw new NetworkModelException(at + ".kind", $"unknown source kind '{kind}'; expected supplier, repair or printer");
            }
        }
        return sources;
    }

    private static MaterialDefinition Material(JsonObjectReader printer, List<ConvoyDefinition> convoys)
    {
        var r = new JsonObjectReader(printer.Node["material"], printer.At("material"), "perPrint", "capacity", "resupplyTime", "convoy");
        double perPrint = r.Number("perPrint", null, NumberRule.Positive), capacity = r.Number("capacity", null, NumberRule.Positive);
        if (capacity < perPrint) throw new NetworkModelException(r.At("capacity"), $"must hold at least one print ({JsonObjectReader.Show(perPrint)})");
        var resupply = r.OptionalLaw("resupplyTime");
        int convoy = -1;
        if (r.OptionalText("convoy") is { } name)
        {
            convoy = convoys.FindIndex(c => c.Name == name);
            if (convoy < 0) throw new NetworkModelException(r.At("convoy"), $"unknown convoy '{name}'");
        }
        if ((resupply is null) == (convoy < 0)) throw new NetworkModelException(r.Path, "give exactly one of resupplyTime (one-for-one resupply) and convoy (topped up at each arrival)");
        return new MaterialDefinition(perPrint, capacity, resupply, convoy);
    }

    private static List<InstalledBaseDefinition> ReadInstalledBases(JsonObjectReader top, ReadContext context, List<SiteDefinition> sites, List<PartDefinition> parts)
    {
        var bases = new List<InstalledBaseDefinition>();
        foreach (var (b, at) in context.Elements(top, "installedBases", required: false))
        {
            var r = new JsonObjectReader(b, at, "name", "site", "part", "systems", "unitsPerSystem", "failureMode", "lifetime", "failureProbability", "initial", "costPerFailure", "downtimeCost", "savingPerInstalledUnit");
            int part = PartIndex(r, parts);
            var versions = parts[part].Versions;
            string mode = r.OptionalText("failureMode") ?? "renewal";
            var failureMode = mode switch
            {
                "renewal" => FailureMode.Renewal,
                "poisson" => FailureMode.Poisson,
                "per-period" => FailureMode.PerPeriod,
                _ => throw new NetworkModelException(r.At("failureMode"), $"unknown failure mode '{mode}'; expected renewal, poisson or per-period"),
            };
            List<IDistribution> laws;
            List<double>? probabilities = null;
            if (failureMode == FailureMode.PerPeriod)
            {
                if (r.Has("lifetime")) throw new NetworkModelException(r.At("lifetime"), "per-period failures take failureProbability (per version), not a lifetime law");
                var pr = new JsonObjectReader(r.Node["failureProbability"] ?? throw new NetworkModelException(r.At("failureProbability"), "is required: a probability per period per version"),
                    r.At("failureProbability"), versions.Select(v => v.Name).ToArray());
                probabilities = versions.Select(v => pr.Number(v.Name, null, NumberRule.Probability)).ToList();
                for (int v = 0; v < probabilities.Count; v++)
                    if (probabilities[v] == 0) throw new NetworkModelException(pr.At(versions[v].Name), "must be > 0 (a unit that never fails needs no spare)");
                // Mean lifetimes (1/p periods) for estimates; the engine draws per-period failures itself.
                laws = probabilities.Select(p => (IDistribution)Exponential.FromMean(1 / p)).ToList();
            }
            else
            {
                if (r.Has("failureProbability")) throw new NetworkModelException(r.At("failureProbability"), "is for failureMode per-period; give a lifetime law per version");
                var lifetimes = new JsonObjectReader(r.Node["lifetime"] ?? throw new NetworkModelException(r.At("lifetime"), "is required: a law per version"), r.At("lifetime"), versions.Select(v => v.Name).ToArray());
                laws = versions.Select(v => lifetimes.Law(v.Name)).ToList();
                for (int v = 0; v < laws.Count; v++)
                    if (!(laws[v].Mean > 0)) throw new NetworkModelException(lifetimes.At(versions[v].Name), "a lifetime must have a positive mean");
            }
            int systems = r.Integer("systems", null, 1), units = r.Integer("unitsPerSystem", 1, 1);
            if ((long)systems * units > 10_000_000) throw new NetworkModelException(r.At("systems"), "systems × unitsPerSystem must be at most 10,000,000");
            var initial = Counts(r, "initial", versions, fallbackFirst: systems * units);
            if (initial.Sum() != systems * units) throw new NetworkModelException(r.At("initial"), $"installed units must sum to systems × unitsPerSystem = {systems * units}, got {initial.Sum()}");
            IReadOnlyList<double>? saving = null;
            if (r.Has("savingPerInstalledUnit"))
            {
                var sr = new JsonObjectReader(r.Node["savingPerInstalledUnit"], r.At("savingPerInstalledUnit"), versions.Select(v => v.Name).ToArray());
                saving = versions.Select(v => sr.Number(v.Name, 0, NumberRule.NonNegative)).ToList();
            }
            bases.Add(new InstalledBaseDefinition
            {
                Name = context.Name(r), Site = SiteIndex(r, "site", sites), Part = part, Systems = systems, UnitsPerSystem = units,
                FailureMode = failureMode, Lifetimes = laws, FailureProbabilities = probabilities, InitialInstalled = initial,
                CostPerFailure = r.Number("costPerFailure", 0, NumberRule.NonNegative), DowntimeCost = r.Number("downtimeCost", 0, NumberRule.NonNegative),
                SavingPerInstalledUnit = saving,
            });
        }
        return bases;
    }

    private static List<StockPointDefinition> ReadStockPoints(JsonObjectReader top, ReadContext context, List<SiteDefinition> sites, List<PartDefinition> parts,
        List<SourceDefinition> sources)
    {
        var points = new List<StockPointDefinition>();
        var seen = new HashSet<(int, int)>();
        foreach (var (s, at) in context.Elements(top, "stockPoints", required: true, named: false))
        {
            var r = new JsonObjectReader(s, at, "site", "part", "stock", "holdingRate", "pools", "shortage", "controller", "review");
            int site = SiteIndex(r, "site", sites), part = PartIndex(r, parts);
            if (!seen.Add((site, part))) throw new NetworkModelException(at, $"a second stock point of part '{parts[part].Name}' at site '{sites[site].Name}'");
            var stock = Counts(r, "stock", parts[part].Versions, fallbackFirst: 0);
            if (stock.Sum() > 1_000_000) throw new NetworkModelException(r.At("stock"), "at most 1,000,000 units per stock point");
            var controllerNode = r.Node["controller"] as JsonObject ?? throw new NetworkModelException(r.At("controller"), "is required: an object with a \"kind\"");
            string kind = controllerNode["kind"] is JsonValue k && k.TryGetValue(out string? text) ? text : throw new NetworkModelException(r.At("controller") + ".kind", "is required");
            string pools = r.OptionalText("pools") ?? "shared";
            if (pools is not ("shared" or "per-version")) throw new NetworkModelException(r.At("pools"), $"must be shared or per-version, got '{pools}'");
            var shortage = (r.OptionalText("shortage") ?? "backorder") switch
            {
                "backorder" => ShortageRule.Backorder,
                "emergency" => ShortageRule.Emergency,
                var other => throw new NetworkModelException(r.At("shortage"), $"must be backorder or emergency, got '{other}'"),
            };
            if (shortage == ShortageRule.Emergency && pools == "per-version")
                throw new NetworkModelException(r.At("shortage"), "emergency shipments need a shared pool (pools: shared)");
            for (int v = 0; v < stock.Length; v++)
                if (stock[v] > 0 && parts[part].Versions[v].Temporary)
                    throw new NetworkModelException(r.At("stock") + "." + parts[part].Versions[v].Name, "a temporary version is printed for a waiting failure, never stocked");
            var review = r.Has("review") ? ReviewReader.Read(r, parts[part], sources, sites[site]) : null;
            if (review is not null && (pools != "shared" || shortage != ShortageRule.Backorder))
                throw new NetworkModelException(r.At("review"), "a review needs a shared pool and the backorder shortage rule");
            points.Add(new StockPointDefinition(site, part, stock, r.Number("holdingRate", 0, NumberRule.NonNegative),
                new ControllerDefinition(kind, controllerNode, r.At("controller")), pools == "per-version", shortage, review));
        }
        return points;
    }

    private static int[] Counts(JsonObjectReader r, string key, IReadOnlyList<PartVersionDefinition> versions, int fallbackFirst)
    {
        if (!r.Has(key))
        {
            var counts = new int[versions.Count];
            counts[0] = fallbackFirst;
            return counts;
        }
        var cr = new JsonObjectReader(r.Node[key], r.At(key), versions.Select(v => v.Name).ToArray());
        return versions.Select(v => cr.Integer(v.Name, 0, 0)).ToArray();
    }

    private static string SourceName(ReadContext context, JsonObjectReader r)
    {
        string name = context.Name(r);
        if (name == "parent") throw new NetworkModelException(r.At("name"), "'parent' is reserved: it names a site's parent as a source");
        return name;
    }

    private static double? Cost(JsonObjectReader r) => r.Has("costPerUnit") ? r.Number("costPerUnit", null, NumberRule.NonNegative) : null;

    private static int SiteIndex(JsonObjectReader r, string key, List<SiteDefinition> sites)
    {
        string name = r.Text(key);
        int index = sites.FindIndex(s => s.Name == name);
        return index >= 0 ? index : throw new NetworkModelException(r.At(key), $"unknown site '{name}'; sites: {string.Join(", ", sites.Select(s => s.Name))}");
    }

    private static int PartIndex(JsonObjectReader r, List<PartDefinition> parts)
    {
        string name = r.Text("part");
        int index = parts.FindIndex(p => p.Name == name);
        return index >= 0 ? index : throw new NetworkModelException(r.At("part"), $"unknown part '{name}'; parts: {string.Join(", ", parts.Select(p => p.Name))}");
    }

    /// <summary>Names the elements of lists and checks names are unique and usable in measure names.</summary>
    internal sealed class ReadContext
    {

        public IEnumerable<(JsonNode? Node, string Path)> Elements(JsonObjectReader owner, string key, bool required, bool named = true)
        {
            var list = owner.Array(key, required);
            var names = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 0; i < list.Count; i++)
            {
                string? id = ModelFileOverrides.Identity(list[i]);
                string at = id is null ? $"{owner.At(key)}[{i}]" : $"{owner.At(key)}[{id}]";
                if (named && id is not null && !names.Add(id)) throw new NetworkModelException(at, $"two elements of {key} are named '{id}'");
                yield return (list[i], at);
            }
        }

        public string Name(JsonObjectReader r)
        {
            string name = r.Text("name");
            if (name.Length is 0 or > 64 || !name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_') || !char.IsAsciiLetterLower(name[0]))
                throw new NetworkModelException(r.At("name"), $"'{name}' must start with a lower-case letter and use a-z, 0-9, '-' and '_' only (at most 64 characters): it names measures");
            return name;
        }
    }
}
