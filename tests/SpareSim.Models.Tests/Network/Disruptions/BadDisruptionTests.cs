using SpareSim.Models.Network.File;

namespace SpareSim.Models.Tests.Network.Disruptions;

/// <summary>Bad disruptions stop the model file with a <see cref="NetworkModelException"/> naming the JSON path.</summary>
public class BadDisruptionTests
{
    private const string Window = "\"windows\": [ { \"start\": 10, \"duration\": 5 } ]";

    [Theory]
    [InlineData("""{ "name": "x", "kind": "outage", "element": "sources:nowhere", WINDOW }""", "$.disruptions[x].element", "unknown element 'sources:nowhere'")]
    [InlineData("""{ "name": "x", "kind": "outage", "element": "printers:supplier", WINDOW }""", "$.disruptions[x].element", "unknown element 'printers:supplier'")]
    [InlineData("""{ "name": "x", "kind": "outage", "element": "installedBases:fleet", WINDOW }""", "$.disruptions[x].element", "aimed at a source")]
    [InlineData("""{ "name": "x", "kind": "material-shortage", "element": "sources:supplier", WINDOW }""", "$.disruptions[x].element", "printer source with material")]
    [InlineData("""{ "name": "x", "kind": "meteor", "element": "sources:supplier", WINDOW }""", "$.disruptions[x].kind", "unknown disruption kind")]
    [InlineData("""{ "name": "x", "kind": "outage", "element": "sources:supplier" }""", "$.disruptions[x]", "exactly one timing")]
    [InlineData("""{ "name": "x", "kind": "outage", "element": "sources:supplier", WINDOW, "upTime": { "family": "exponential", "mean": 3 } }""", "$.disruptions[x]", "exactly one timing")]
    [InlineData("""{ "name": "x", "kind": "outage", "element": "sources:supplier", "windows": [ { "start": 10, "duration": 5 }, { "start": 12, "duration": 1 } ] }""", "$.disruptions[x].windows[1]", "overlaps")]
    [InlineData("""{ "name": "x", "kind": "slowdown", "element": "sources:supplier", WINDOW }""", "$.disruptions[x].factor", "is required")]
    [InlineData("""{ "name": "x", "kind": "outage", "element": "sources:supplier", "factor": 2, WINDOW }""", "$.disruptions[x].factor", "does not apply")]
    [InlineData("""{ "name": "x", "kind": "demand-surge", "element": "installedBases:fleet", "factor": 0.5, WINDOW }""", "$.disruptions[x].factor", "at least 1")]
    [InlineData("""{ "name": "x", "kind": "stock-loss", "element": "stockPoints:base/pump", "fraction": 1.5, WINDOW }""", "$.disruptions[x].fraction", "probability")]
    [InlineData("""{ "name": "x", "kind": "outage", "element": "sources:supplier", "windows": [ { "start": -1, "duration": 5 } ] }""", "$.disruptions[x].windows[0].start", ">= 0")]
    [InlineData("""{ "name": "x", "kind": "outage", "element": "sources:supplier", "enabled": "perhaps", WINDOW }""", "$.disruptions[x].enabled", "true or false")]
    [InlineData("""{ "name": "x", "kind": "slowdown", "element": "sources:supplier", "factor": 2, WINDOW }, """ +
                """{ "name": "y", "kind": "slowdown", "element": "sources:supplier", "factor": 3, "windows": [ { "start": 12, "duration": 5 } ] }""", "$.disruptions[y].windows", "contradict")]
    public void BadDisruptionsNameTheirKey(string disruptions, string path, string reason)
    {
        string json = DisruptionModels.SupplierFleet(5, 10, 2, 1, disruptions.Replace("WINDOW", Window, StringComparison.Ordinal));
        var e = Assert.Throws<NetworkModelException>(() => NetworkModelFile.Parse(json, "test", "."));
        Assert.Equal(path, e.JsonPath);
        Assert.Contains(reason, e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void OverlappingWindowsThatAgreeAndRandomTimingsAreAccepted()
    {
        string json = DisruptionModels.SupplierFleet(5, 10, 2, 1, """
            { "name": "x", "kind": "slowdown", "element": "sources:supplier", "factor": 2, "windows": [ { "start": 10, "duration": 5 } ] },
            { "name": "y", "kind": "slowdown", "element": "sources:supplier", "factor": 2, "windows": [ { "start": 12, "duration": 5 } ] },
            { "name": "z", "kind": "outage", "element": "sources:supplier", "shock": { "start": { "family": "exponential", "mean": 50 }, "duration": { "family": "deterministic", "mean": 5 } } }
            """);
        Assert.Equal(3, NetworkModelFile.Parse(json, "test", ".").Definition.Disruptions.Count);
    }

    [Fact]
    public void ADemandSurgeOnARenewalBaseIsRefused()
    {
        string json = DisruptionModels.SupplierFleet(5, 10, 2, 1, $$"""{ "name": "x", "kind": "demand-surge", "element": "installedBases:fleet", "factor": 2, {{Window}} }""")
            .Replace("\"failureMode\": \"poisson\",", "", StringComparison.Ordinal);
        var e = Assert.Throws<NetworkModelException>(() => NetworkModelFile.Parse(json, "test", "."));
        Assert.Equal("$.disruptions[x].element", e.JsonPath);
        Assert.Contains("failureMode poisson", e.Reason, StringComparison.Ordinal);
    }
}
