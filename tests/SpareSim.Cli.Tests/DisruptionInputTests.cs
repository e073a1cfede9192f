namespace SpareSim.Cli.Tests;

/// <summary>
/// Bad disruptions and decision logs through <c>sparesim run</c>: exit code 2, the key (JSON path
/// of the model file, or the experiment key) in the message, nothing written.
/// </summary>
public class DisruptionInputTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sparesim-cli-tests", Guid.NewGuid().ToString("N"));

    public DisruptionInputTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Network(string disruptions) => $$"""
        {
          "parts": [ { "name": "pump", "versions": [ { "name": "cm" } ] } ],
          "sites": [ { "name": "base" } ],
          "sources": [ { "name": "supplier", "kind": "supplier", "leadTime": { "family": "exponential", "mean": 3 } } ],
          "installedBases": [ { "name": "fleet", "site": "base", "part": "pump", "systems": 10, "failureMode": "poisson",
                                "lifetime": { "cm": { "family": "exponential", "mean": 10 } } } ],
          "stockPoints": [ { "site": "base", "part": "pump", "stock": { "cm": 4 }, "controller": { "kind": "base-stock", "source": "supplier" } } ],
          "disruptions": [ {{disruptions}} ]
        }
        """;

    [Theory]
    [InlineData("""{ "name": "x", "kind": "outage", "element": "sources:ghost", "windows": [ { "start": 5, "duration": 5 } ] }""", "", "$.disruptions[x].element")]
    [InlineData("""{ "name": "x", "kind": "slowdown", "element": "sources:supplier", "factor": 2, "windows": [ { "start": 5, "duration": 5 } ] }, """ +
                """{ "name": "y", "kind": "slowdown", "element": "sources:supplier", "factor": 4, "windows": [ { "start": 8, "duration": 5 } ] }""", "", "$.disruptions[y].windows")]
    [InlineData("""{ "name": "x", "kind": "outage", "element": "sources:supplier", "windows": [ { "start": 5, "duration": 5 } ] }""", ", \"DecisionLog\": { \"Replications\": 1 }", "DecisionLog:MaxRows")]
    public void A_bad_disruption_or_log_exits_2_naming_the_key(string disruptions, string extra, string key)
    {
        File.WriteAllText(Path.Combine(_folder, "network.json"), Network(disruptions));
        string experiment = Path.Combine(_folder, "e.json");
        File.WriteAllText(experiment, $$"""
            { "Name": "bad", "Model": "supply-network", "ModelFile": "{{Path.Combine(_folder, "network.json").Replace("\\", "/")}}",
              "Replications": 2, "RunLength": 100 {{extra}} }
            """);
        string output = Path.Combine(_folder, "out");
        var (code, _, error) = ConsoleCapture.Run("run", experiment, "--out", output);
        Assert.Equal(2, code);
        Assert.Contains(key, error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }
}
