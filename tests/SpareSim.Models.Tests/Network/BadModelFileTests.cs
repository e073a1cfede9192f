using System.Text.Json.Nodes;
using SpareSim.Models.Network.Controllers;
using SpareSim.Models.Network.Engine;
using SpareSim.Models.Network.File;

namespace SpareSim.Models.Tests.Network;

/// <summary>
/// Bad model files stop before anything runs with a <see cref="NetworkModelException"/> whose
/// JSON path names the offending value (reading for the file, building the blueprint for
/// controller settings).
/// </summary>
public class BadModelFileTests
{
    private const string Valid = """
        {
          "parts": [ { "name": "pump", "versions": [ { "name": "cm" } ] } ],
          "convoys": [ { "name": "boat", "period": 7, "transitTime": { "family": "deterministic", "mean": 2 } } ],
          "sites": [ { "name": "central" }, { "name": "remote", "parent": "central", "shipTime": { "family": "exponential", "mean": 1 } } ],
          "sources": [
            { "name": "supplier", "kind": "supplier", "leadTime": { "family": "exponential", "mean": 5 } },
            { "name": "printer", "kind": "printer", "site": "remote", "printers": 1, "printTime": { "family": "exponential", "mean": 1 } }
          ],
          "installedBases": [ { "name": "fleet", "site": "remote", "part": "pump", "systems": 4, "lifetime": { "cm": { "family": "exponential", "mean": 20 } } } ],
          "stockPoints": [
            { "site": "central", "part": "pump", "stock": { "cm": 3 }, "controller": { "kind": "base-stock", "source": "supplier" } },
            { "site": "remote", "part": "pump", "stock": { "cm": 1 }, "holdingRate": 0.2,
              "controller": { "kind": "routing", "routes": [ { "source": "printer", "probability": 0.3 }, { "source": "parent", "probability": 0.7 } ] } }
          ]
        }
        """;

    [Fact]
    public void TheValidModelBuilds()
    {
        var blueprint = new NetworkBlueprint(NetworkModelFile.Parse(Valid, "valid", "."), ControllerRegistry.WithBuiltIns());
        Assert.Equal(["parent", "supplier", "printer"], blueprint.SourceNames[1]);
    }

    [Theory]
    [InlineData("negative mean", "$.sources[supplier].leadTime.mean")]
    [InlineData("negative lifetime mean", "$.installedBases[fleet].lifetime.cm.mean")]
    [InlineData("negative rate", "$.stockPoints[remote/pump].holdingRate")]
    [InlineData("print probability above 1", "$.sources[printer].failedPrintProbability")]
    [InlineData("cancellation probability below 0", "$.convoys[boat].cancellationProbability")]
    [InlineData("route probability above 1", "$.stockPoints[remote/pump].controller.routes[0].probability")]
    [InlineData("unknown source", "$.stockPoints[central/pump].controller.source")]
    [InlineData("unknown parent", "$.sites[remote].parent")]
    [InlineData("cycle", "$.sites[central].parent")]
    [InlineData("parent without stock point", "$.stockPoints[remote/pump].controller.routes[1].source")]
    [InlineData("unknown controller kind", "$.stockPoints[central/pump].controller.kind")]
    [InlineData("unknown key", "$.sites[remote].colour")]
    [InlineData("missing key", "$.installedBases[fleet].systems")]
    [InlineData("duplicate name", "$.sources[supplier]")]
    [InlineData("invalid JSON", "$")]
    [InlineData("installed base without stock point", "$.installedBases[fleet]")]
    [InlineData("override path that does not exist", "$.sources[nosuch]")]
    public void BadValueIsNamedByItsJsonPath(string bad, string path)
    {
        var root = JsonNode.Parse(Valid)!.AsObject();
        var overrides = new Dictionary<string, string>();
        string? text = null;
        JsonObject Element(string list, string name) => root[list]!.AsArray().Select(e => e!.AsObject())
            .First(e => (string?)e["name"] == name || $"{e["site"]}/{e["part"]}" == name);
        switch (bad)
        {
            case "negative mean": Element("sources", "supplier")["leadTime"]!["mean"] = -5; break;
            case "negative lifetime mean": Element("installedBases", "fleet")["lifetime"]!["cm"]!["mean"] = -20; break;
            case "negative rate": Element("stockPoints", "remote/pump")["holdingRate"] = -0.2; break;
            case "print probability above 1": Element("sources", "printer")["failedPrintProbability"] = 1.5; break;
            case "cancellation probability below 0": Element("convoys", "boat")["cancellationProbability"] = -0.1; break;
            case "route probability above 1": Element("stockPoints", "remote/pump")["controller"]!["routes"]![0]!["probability"] = 1.2; break;
            case "unknown source": Element("stockPoints", "central/pump")["controller"]!["source"] = "nowhere"; break;
            case "unknown parent": Element("sites", "remote")["parent"] = "atlantis"; break;
            case "cycle": Element("sites", "central")["parent"] = "remote"; break;
            case "parent without stock point": root["stockPoints"]!.AsArray().RemoveAt(0); break;
            case "unknown controller kind": Element("stockPoints", "central/pump")["controller"]!["kind"] = "magic"; break;
            case "unknown key": Element("sites", "remote")["colour"] = "red"; break;
            case "missing key": Element("installedBases", "fleet").Remove("systems"); break;
            case "duplicate name": root["sources"]!.AsArray().Add(JsonNode.Parse("""{ "name": "supplier", "kind": "supplier", "leadTime": { "family": "exponential", "mean": 1 } }""")); break;
            case "invalid JSON": text = Valid[..^10]; break;
            case "installed base without stock point": root["stockPoints"]!.AsArray().RemoveAt(1); break;
            case "override path that does not exist": overrides["sources:nosuch:leadTime:mean"] = "2"; break;
            default: throw new ArgumentOutOfRangeException(nameof(bad), bad, "no such case");
        }
        var e = Assert.Throws<NetworkModelException>(() =>
            new NetworkBlueprint(NetworkModelFile.Parse(text ?? root.ToJsonString(), "bad", ".", overrides), ControllerRegistry.WithBuiltIns()));
        Assert.Equal(path, e.JsonPath);
        Assert.StartsWith(path + ": ", e.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(e.Reason));
        if (bad == "parent without stock point") Assert.Contains("has no stock point of part 'pump'", e.Reason, StringComparison.Ordinal);
        if (bad == "cycle") Assert.Contains("cycle", e.Reason, StringComparison.Ordinal);
        if (bad == "installed base without stock point") Assert.Contains("no stock point", e.Reason, StringComparison.Ordinal);
    }
}
