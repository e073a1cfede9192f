using System.Text.Json.Nodes;
using SpareSim.Models.Network.Controllers;
using SpareSim.Models.Network.Definition;

namespace SpareSim.Models.Network.File;

/// <summary>
/// Reads a stock point's <c>review</c>:
/// <c>{ "controller": { "kind": "periods-left", "printFrom": 2, "expediteFrom": 8, "whileOverdue": "print" },
/// "expedite": "SUPPLIER", "print": "PRINTER", "printVersion": "VERSION" }</c> (expedite and print
/// optional; a print needs a temporary printVersion).
/// </summary>
internal static class ReviewReader
{
    public static ReviewDefinition Read(JsonObjectReader stockPoint, PartDefinition part, List<SourceDefinition> sources, SiteDefinition site)
    {
        var r = new JsonObjectReader(stockPoint.Node["review"], stockPoint.At("review"), "controller", "expedite", "print", "printVersion");
        if (site.Convoy < 0) throw new NetworkModelException(r.Path, $"a review counts the periods until the convoy; site '{site.Name}' has none");
        int expedite = -1, print = -1, version = -1;
        if (r.OptionalText("expedite") is { } e)
        {
            expedite = sources.FindIndex(s => s.Name == e);
            if (expedite < 0 || sources[expedite].Kind != SourceKind.Supplier)
                throw new NetworkModelException(r.At("expedite"), $"'{e}' is not a supplier; suppliers: {string.Join(", ", sources.Where(s => s.Kind == SourceKind.Supplier).Select(s => s.Name))}");
        }
        if (r.OptionalText("print") is { } p)
        {
            print = sources.FindIndex(s => s.Name == p);
            if (print < 0 || sources[print].Kind != SourceKind.Printer)
                throw new NetworkModelException(r.At("print"), $"'{p}' is not a printer pool; printers: {string.Join(", ", sources.Where(s => s.Kind == SourceKind.Printer).Select(s => s.Name))}");
            string name = r.OptionalText("printVersion") ?? throw new NetworkModelException(r.At("printVersion"), "is required with print: the temporary version printed");
            version = part.VersionIndex(name);
            if (version < 0) throw new NetworkModelException(r.At("printVersion"), $"part '{part.Name}' has no version '{name}'");
            if (!part.Versions[version].Temporary) throw new NetworkModelException(r.At("printVersion"), $"version '{name}' must be temporary (\"temporary\": true): a stopgap until the convoy");
        }
        else if (r.Has("printVersion"))
        {
            throw new NetworkModelException(r.At("printVersion"), "is for print; name the printer pool in print");
        }
        return new ReviewDefinition(Controller(r), expedite, print, version);
    }

    private static IReviewController Controller(JsonObjectReader review)
    {
        var node = review.Node["controller"] as JsonObject ?? throw new NetworkModelException(review.At("controller"), "is required: an object with a \"kind\"");
        string kind = node["kind"] is JsonValue k && k.TryGetValue(out string? text) ? text : throw new NetworkModelException(review.At("controller") + ".kind", "is required");
        if (kind != "periods-left") throw new NetworkModelException(review.At("controller") + ".kind", $"unknown review controller '{kind}'; known: periods-left");
        var r = new JsonObjectReader(node, review.At("controller"), "kind", "printFrom", "expediteFrom", "whileOverdue");
        ReviewAction? overdue = (r.OptionalText("whileOverdue") ?? "last-day") switch
        {
            "last-day" => null,
            "wait" => ReviewAction.Wait,
            "print" => ReviewAction.Print,
            "expedite" => ReviewAction.Expedite,
            var other => throw new NetworkModelException(r.At("whileOverdue"), $"must be last-day, wait, print or expedite, got '{other}'"),
        };
        return new PeriodsLeftRule(r.Integer("printFrom", int.MaxValue, 1), r.Integer("expediteFrom", int.MaxValue, 1), overdue);
    }
}
