using SpareSim.Analytics.DualSourcing;

namespace SpareSim.Analytics.Tests.DualSourcing;

public class DualSourcingPolicyTests
{
    private static DualSourcingSolution Solved() =>
        DualSourcingSolver.Solve(new DualSourcingInstance(4, 0.02, 0.5, 10, 0.035, 2, 20, 200, 10, 0.2), new DualSourcingStateSpace(4, 2));

    [Fact]
    public void CsvRoundTripKeepsEveryActionAndIsByteStable()
    {
        var policy = Solved().Policy();
        var first = new StringWriter();
        policy.WriteCsv(first);
        var read = DualSourcingPolicy.ReadCsv(new StringReader(first.ToString()));
        Assert.Equal(policy.Count, read.Count);
        foreach (var s in policy.States) Assert.Equal(policy[s], read[s]);
        var second = new StringWriter();
        read.WriteCsv(second);
        Assert.Equal(first.ToString(), second.ToString());
    }

    [Fact]
    public void InstallLookupFollowsTheStock()
    {
        var policy = Solved().Policy();
        foreach (var s in policy.States)
        {
            var install = policy.InstallIn(s);
            if (s.Stock == 0) Assert.Null(install);
            else if (s.StockAm == 0) Assert.Equal(PartVersion.Cm, install);
            else if (s.StockCm == 0) Assert.Equal(PartVersion.Am, install);
            else Assert.Equal(policy[s].Install(), install);
        }
    }

    [Fact]
    public void BadInputIsRejectedWithTheReason()
    {
        var policy = Solved().Policy();
        var text = new StringWriter();
        policy.WriteCsv(text);
        var broken = text.ToString().Replace("\n0,", "\n0,x", StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => DualSourcingPolicy.ReadCsv(new StringReader(broken)));
        Assert.Throws<KeyNotFoundException>(() => policy[new DualSourcingState(9, 9, 9, 9, 9, 9)]);
        var e = Assert.Throws<ArgumentException>(() => new DualSourcingPolicy(4, 2, [KeyValuePair.Create(new DualSourcingState(4, 0, 0, 0, 1, 0), DualSourcingAction.InstallCmOrderCm)]));
        Assert.Contains("not a state", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InstanceValidationNamesTheParameter()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new DualSourcingInstance(10, 0.02, -0.5, 10, 0.035, 2, 20, 200, 10, 0.2));
        Assert.Equal("supplyRateCm", e.ParamName);
        e = Assert.Throws<ArgumentOutOfRangeException>(() => new DualSourcingInstance(0, 0.02, 0.5, 10, 0.035, 2, 20, 200, 10, 0.2));
        Assert.Equal("installedBase", e.ParamName);
        e = Assert.Throws<ArgumentOutOfRangeException>(() => new DualSourcingInstance(10, 0.02, 0.5, 10, 0.035, 2, 20, double.NaN, 10, 0.2));
        Assert.Equal("backorderCost", e.ParamName);
    }
}
