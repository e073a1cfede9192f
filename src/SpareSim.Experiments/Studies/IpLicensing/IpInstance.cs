using SpareSim.Analytics.IpLicensing;

namespace SpareSim.Experiments.Studies.IpLicensing;

/// <summary>One instance of the factorial: its reading, factor levels, market and buyers (smaller first).</summary>
public sealed record IpInstance(string Reading, double SafetyFactor, double TotalRate, double MarginRatio, double PriceRatio, double HoldingRate,
    double OrderCostRatio, double BuyerRatio, IpLicenceMarket Market)
{
    /// <summary>λ₁ = λ·ratio/(1 + ratio).</summary>
    public double SmallRate => TotalRate * BuyerRatio / (1 + BuyerRatio);

    /// <summary>λ₂ = λ/(1 + ratio).</summary>
    public double LargeRate => TotalRate / (1 + BuyerRatio);

    /// <summary>Every instance of <paramref name="reading"/> in <paramref name="o"/> (c = 125 fixed).</summary>
    public static IEnumerable<IpInstance> Of(IpLicensingOptions o, FactorialReading reading)
    {
        var base51 = IpLicenceMarket.Table51();
        foreach (double z in reading.SafetyFactors)
        foreach (double total in o.TotalRates)
        foreach (double margin in o.MarginRatios)
        foreach (double price in o.PriceRatios)
        foreach (double h in o.HoldingRates)
        foreach (double k in o.OrderCostRatios)
        foreach (double ratio in o.BuyerRatios)
        {
            double wt = base51.UnitCost * margin;
            var market = base51 with
            {
                TraditionalPrice = wt, PrintPrice = wt * price, HoldingRate = h, SafetyFactor = z,
                TraditionalOrderCost = reading.TraditionalOrderCost, PrintOrderCost = k * reading.TraditionalOrderCost,
            };
            yield return new IpInstance(reading.Name, z, total, margin, price, h, k, ratio, market);
        }
    }
}
