using SpareSim.Experiments.Analysis;

namespace SpareSim.Experiments.Tests.Analysis;

public sealed class SequentialStoppingRuleTests
{
    private static readonly double[] Sample = [1.0, 2.0, 3.0, 4.0, 5.0]; // mean 3, s = √2.5, relative half-width 0.654

    [Fact]
    public void Stops_when_the_relative_half_width_is_reached()
    {
        var d = new SequentialStoppingRule(0.7).Evaluate(Sample);
        Assert.True(d.IsSatisfied);
        Assert.Equal(0, d.EstimatedAdditionalReplications);
        Assert.Equal(1.9632432 / 3, d.ConfidenceInterval.RelativeHalfWidth, 6);
    }

    [Fact]
    public void Estimates_the_replications_still_needed()
    {
        // Target 0.5·3 = 1.5 with s = 1.5811: m = 6 gives 2.571·1.5811/√6 = 1.660 > 1.5,
        // m = 7 gives 2.447·1.5811/√7 = 1.462 ≤ 1.5 (t table values), so 2 more.
        var d = new SequentialStoppingRule(0.5).Evaluate(Sample);
        Assert.False(d.IsSatisfied);
        Assert.Equal(2, d.EstimatedAdditionalReplications);
    }

    [Fact]
    public void Requires_the_minimum_number_of_replications()
    {
        var d = new SequentialStoppingRule(0.1, minimumReplications: 10).Evaluate([100.0, 100.1, 99.9]);
        Assert.False(d.IsSatisfied);
        Assert.True(d.ConfidenceInterval.RelativeHalfWidth < 0.1);
        Assert.Equal(7, d.EstimatedAdditionalReplications);
    }

    [Fact]
    public void Cannot_estimate_from_one_replication_or_a_zero_mean()
    {
        var rule = new SequentialStoppingRule(0.05);
        Assert.Null(rule.Evaluate([3.0]).EstimatedAdditionalReplications);
        Assert.False(rule.Evaluate([3.0]).IsSatisfied);
        Assert.Null(rule.Evaluate([-1.0, 1.0, 0.0]).EstimatedAdditionalReplications);
    }

    [Fact]
    public void Bad_settings_are_rejected_naming_them()
    {
        Assert.Equal("targetRelativeHalfWidth", Assert.Throws<ArgumentOutOfRangeException>(() => new SequentialStoppingRule(0)).ParamName);
        Assert.Equal("level", Assert.Throws<ArgumentOutOfRangeException>(() => new SequentialStoppingRule(0.1, 1.5)).ParamName);
        Assert.Equal("minimumReplications", Assert.Throws<ArgumentOutOfRangeException>(() => new SequentialStoppingRule(0.1, 0.95, 1)).ParamName);
    }
}
