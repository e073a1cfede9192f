using SpareSim.Analytics.MultiEchelon;

namespace SpareSim.Analytics.Tests.MultiEchelon;

public class StockAllocatorTests
{
    // Three RMCs of different size and repair mix, a CMC with its own demand.
    private static readonly EchelonNetwork Network = new(
        new CentralSite("CMC", 4, 0.3, 0.15, 0.5, 0.2),
        [
            new RegionalSite("north", 6, 0.3, 0.4, 0.2, 0.3, 0.08),
            new RegionalSite("south", 3, 0.8, 0.2, 0.1, 0.0, 0.12),
            new RegionalSite("east", 9, 0.5, 0.25, 0.3, 0.6, 0.05),
        ], unitPrice: 250);

    private static readonly FleetAvailability Fleet = new([10, 15, 8, 20], 2);

    private static IEnumerable<int[]> AllAllocations(int total, int sites)
    {
        if (sites == 1) { yield return [total]; yield break; }
        for (int first = 0; first <= total; first++)
            foreach (var rest in AllAllocations(total - first, sites - 1))
                yield return rest.Prepend(first).ToArray();
    }

    [Theory]
    [InlineData(PipelineApproximation.Metric, false)]
    [InlineData(PipelineApproximation.VariMetric, false)]
    [InlineData(PipelineApproximation.Metric, true)]
    [InlineData(PipelineApproximation.VariMetric, true)]
    public void CurveIsTheEnumeratedOptimumForEveryTotal(PipelineApproximation method, bool withFleet)
    {
        var curve = StockAllocator.Curve(Network, 9, method, withFleet ? Fleet : null);
        Assert.Equal(10, curve.Count);
        foreach (var point in curve)
        {
            Assert.Equal(point.Units, point.Stocks.Sum());
            Assert.Equal(point.Units * 250.0, point.Investment);
            double best = double.PositiveInfinity;
            foreach (var stocks in AllAllocations(point.Units, 4))
            {
                var r = EchelonMetric.Evaluate(Network, stocks, method);
                double value = withFleet ? -Fleet.Availability(r.SiteBackorders) : r.SystemBackorders;
                best = Math.Min(best, value);
            }
            double got = withFleet ? -point.Availability : point.SystemBackorders;
            Assert.Equal(best, got, 1e-12 + 1e-10 * Math.Abs(best));
        }
        // More stock never hurts.
        for (int n = 1; n < curve.Count; n++) Assert.True(curve[n].SystemBackorders <= curve[n - 1].SystemBackorders + 1e-12 || withFleet);
    }

    [Fact]
    public void BudgetAndTargetsPickTheRightPoint()
    {
        var curve = StockAllocator.Curve(Network, 20, PipelineApproximation.Metric, Fleet);
        Assert.Equal(7, StockAllocator.ForBudget(curve, 7 * 250 + 100).Units);
        var target = StockAllocator.ForBackorderTarget(curve, 0.5)!;
        Assert.True(target.SystemBackorders <= 0.5);
        Assert.True(curve[target.Units - 1].SystemBackorders > 0.5);
        var available = StockAllocator.ForAvailabilityTarget(curve, 0.95)!;
        Assert.True(available.Availability >= 0.95 && curve[available.Units - 1].Availability < 0.95);
        Assert.Null(StockAllocator.ForBackorderTarget(curve, 1e-30));
        Assert.Throws<ArgumentException>(() => StockAllocator.ForBudget(curve, -1));
    }

    [Fact]
    public void FleetDataAreChecked()
    {
        Assert.Contains("expected 4", Assert.Throws<ArgumentException>(() => StockAllocator.Curve(Network, 3, fleet: new FleetAvailability([1, 2], 1))).Message);
        Assert.Contains("south has demand but no systems", Assert.Throws<ArgumentException>(() => StockAllocator.Curve(Network, 3, fleet: new FleetAvailability([1, 2, 0, 3], 1))).Message);
    }
}
