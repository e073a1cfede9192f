using SpareSim.Experiments.Studies.PreventiveMaintenance;

namespace SpareSim.Experiments.Tests.Studies.PreventiveMaintenance;

public class PmOptionsTests
{
    private static string Write(string json)
    {
        string path = Path.Combine(Path.GetTempPath(), $"pm-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        return path;
    }

    [Theory]
    [InlineData("""{ "study": "pm-validation", "points": [ { "policy": "XY", "tr": 400 } ] }""", "policy must be B, TR or DA")]
    [InlineData("""{ "study": "pm-validation", "points": [ { "policy": "TR", "tr": 400, "tb": 399.5 } ] }""", "points:0: t_b must lie in")]
    [InlineData("""{ "study": "pm-validation", "instance": { "printLeadTime": 40 } }""", "shorter than L_r")]
    [InlineData("""{ "study": "pm-validation", "earlyPrintedFailure": "panic" }""", "earlyPrintedFailure")]
    [InlineData("""{ "study": "pm-validation", "cyclez": 5 }""", "unknown key 'cyclez'")]
    public void ValidationOptionsRejectBadInputWithTheKey(string json, string expected)
    {
        var e = Assert.Throws<ArgumentException>(() => PmValidationOptions.Load(Write(json), []));
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void FactorialHasTheThesisDesignAndSweepsNameTheirParameter()
    {
        var f = PmFactorialOptions.Load(Write("""{ "study": "pm-factorial" }"""), []);
        Assert.Equal(243, f.Instances().Count);
        Assert.Equal(0.2 * 1600 / 365, f.Instances()[^1].ToInstance().HoldingRate, 1e-12);
        var e = Assert.Throws<ArgumentException>(() => PmSensitivityOptions.Load(Write("""{ "study": "pm-sensitivity", "sweeps": [ { "parameter": "beta", "values": [1] } ] }"""), []));
        Assert.Contains("parameter: must be", e.Message);
    }
}
