using SpareSim.Analytics.MultiEchelon;
using SpareSim.Models.MultiEchelon;

namespace SpareSim.Models.Tests.MultiEchelon;

public class EchelonNetworkFileTests
{
    // The model files are linked into the test output (see the csproj).
    private static string ModelFile(string name) => Path.Combine(AppContext.BaseDirectory, "MultiEchelon", name);

    [Fact]
    public void AbidarModelFileHasTheTable3Means()
    {
        var model = EchelonNetworkFile.Load(ModelFile("abidar-162-decentralized.json"));
        var expected = AbidarNetworks.Build(AbidarItem.Item162, AbidarScenario.Decentralized, 10, 0.5, 0.9);
        var c = model.Configuration.Central;
        Assert.Equal(400, model.UnitPrice);
        Assert.Equal(expected.Central.RepairTime, c.RepairTime.Mean, 1e-12);
        Assert.Equal(expected.Central.AmTime, c.AmTime.Mean, 1e-12);
        Assert.Equal(expected.Central.AmProbabilityOwn, c.AmProbabilityOwn);
        Assert.Equal(expected.Central.AmProbabilityRegional, c.AmProbabilityRegional);
        for (int j = 0; j < 2; j++)
        {
            var r = model.Configuration.Regions[j];
            var e = expected.Regions[j];
            Assert.Equal(e.Name, r.Name);
            Assert.Equal(e.LocalRepairProbability, r.LocalRepairProbability);
            Assert.Equal(e.RepairTime, r.RepairTime.Mean, 1e-12);
            Assert.Equal(e.AmTime, r.AmTime.Mean, 1e-12);
            Assert.Equal(e.ShipTime, r.ShipTime.Mean, 1e-12);
            Assert.Equal(0, r.ShipTime.Variance);
        }
    }

    [Fact]
    public void FourRegionModelLoadsWithItsLaws()
    {
        var model = EchelonNetworkFile.Load(ModelFile("echelon-four-regions.json"));
        Assert.Equal(["depot", "north", "south", "east", "west"], model.Configuration.SiteNames);
        Assert.Equal("day", model.TimeUnit);
        Assert.Equal(0.8 * 0.8 * 30 * 30, model.Configuration.Central.RepairTime.Variance, 1e-9);
    }

    [Theory]
    [InlineData("""{"central": {}, "regions": []}""", "missing key $.central.name")]
    [InlineData("""{"centre": {}}""", "unknown key $.centre")]
    [InlineData("""{"central": {"name":"C","demandRate":1,"stock":0,"repairTime":{"family":"gamma","mean":1},"amTime":{"family":"exponential","mean":1}}, "regions": []}""", "$.central.repairTime.cv is required")]
    [InlineData("""{"central": {"name":"C","demandRate":1,"stock":0,"repairTime":{"family":"exponential","mean":-1},"amTime":{"family":"exponential","mean":1}}, "regions": []}""", "$.central.repairTime")]
    [InlineData("""{"central": {"name":"C","demandRate":1,"stock":1.5,"repairTime":{"family":"exponential","mean":1},"amTime":{"family":"exponential","mean":1}}, "regions": []}""", "$.central.stock must be an integer")]
    [InlineData("""{"central": {"name":"C","demandRate":1,"stock":1,"repairTime":{"family":"exponential","mean":1},"amTime":{"family":"exponential","mean":1}}, "regions": []}""", "at least one regional site")]
    [InlineData("""{"mode": "pooled", "central": {}, "regions": []}""", "$.mode 'pooled' is unknown")]
    [InlineData("""{"central": {"name":"C","demandRate":1,"stock":1,"repairTime":{"family":"exponential","mean":1},"amTime":{"family":"exponential","mean":1}}, "regions": [{"name":"R","demandRate":1,"localRepairProbability":1.2,"stock":0,"repairTime":{"family":"exponential","mean":1},"amTime":{"family":"exponential","mean":1},"shipTime":{"family":"deterministic","mean":1}}]}""", "R: local repair probability must be in [0, 1]")]
    [InlineData("{ not json", "not valid JSON")]
    public void BadFilesAreRejectedWithThePath(string json, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => EchelonNetworkFile.Parse(json, "test.json"));
        Assert.Contains(message, error.Message);
        Assert.StartsWith("test.json", error.Message);
    }

    [Fact]
    public void MissingFileIsNamed() =>
        Assert.Contains("nowhere.json", Assert.Throws<FileNotFoundException>(() => EchelonNetworkFile.Load("nowhere.json")).Message);

    [Fact]
    public void AnAbsurdMeanTimeIsRejectedNamingItsPath()
    {
        string json = File.ReadAllText(ModelFile("echelon-four-regions.json"))
            .Replace("\"amTime\": { \"family\": \"gamma\", \"mean\": 12,", "\"amTime\": { \"family\": \"gamma\", \"mean\": 1e308,");
        var e = Assert.Throws<ArgumentException>(() => EchelonNetworkFile.Parse(json, "net.json"));
        Assert.StartsWith("net.json: $.central.amTime.mean must be > 0 and at most", e.Message);
    }

    [Fact]
    public void ANetworkWithoutDemandIsRejected()
    {
        string json = System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(ModelFile("echelon-four-regions.json")), "\"demandRate\": [0-9.]+", "\"demandRate\": 0");
        var e = Assert.Throws<ArgumentException>(() => EchelonNetworkFile.Parse(json, "net.json"));
        Assert.Contains("the network has no demand", e.Message);
    }
}
