using SpareSim.Analytics.IpLicensing;

namespace SpareSim.Experiments.Studies.IpLicensing;

/// <summary>
/// One buyer's inventory system in one channel as spec B.9 simulates it: (s, Q) with
/// s = round(λL + z√(λL)) and Q = max(1, round(EOQ)), unit value v (w_T, or w_A + r), order cost K,
/// plus the licence fee. Its analytic cost is spec B.4's normal approximation (continuous s and Q);
/// its exact cost is the Poisson (s, Q) evaluation of the rounded policy.
/// </summary>
/// <param name="Channel">"T" (traditional, from the OEM) or "A" (licence, printed by the service provider).</param>
/// <param name="Rate">λ, demands per year.</param>
/// <param name="SafetyFactor">z.</param>
/// <param name="LeadTime">L of the channel (years).</param>
/// <param name="UnitValue">v: w_T, or w_A + r.</param>
/// <param name="OrderCost">K of the channel.</param>
/// <param name="HoldingRate">h.</param>
/// <param name="Fee">F (0 traditionally).</param>
/// <param name="Royalty">r (0 traditionally).</param>
/// <param name="FormulaCost">Spec B.4's C_T or C_A.</param>
/// <param name="OemMargin">What the OEM earns per unit the buyer buys: w_T − c traditionally, the royalty r under licence.</param>
public sealed record BuyerPolicy(string Channel, double Rate, double SafetyFactor, double LeadTime, double UnitValue, double OrderCost, double HoldingRate,
    double Fee, double Royalty, double FormulaCost, double OemMargin)
{
    /// <summary>The traditional channel of <paramref name="market"/> for a buyer of rate <paramref name="rate"/>.</summary>
    public static BuyerPolicy Traditional(IpLicenceMarket market, double rate)
    {
        ArgumentNullException.ThrowIfNull(market);
        return new BuyerPolicy("T", rate, market.SafetyFactor, market.TraditionalLeadTime, market.TraditionalPrice, market.TraditionalOrderCost,
            market.HoldingRate, 0, 0, market.TraditionalCost(rate), market.TraditionalPrice - market.UnitCost);
    }

    /// <summary>The licence channel with contract (F, r).</summary>
    public static BuyerPolicy Licensed(IpLicenceMarket market, double rate, double fee, double royalty)
    {
        ArgumentNullException.ThrowIfNull(market);
        return new BuyerPolicy("A", rate, market.SafetyFactor, market.PrintLeadTime, market.PrintPrice + royalty, market.PrintOrderCost,
            market.HoldingRate, fee, royalty, market.LicensedCost(rate, fee, royalty), royalty);
    }

    /// <summary>s = round(λL + z√(λL)).</summary>
    public int ReorderPoint => (int)Math.Round(Rate * LeadTime + SafetyFactor * Math.Sqrt(Rate * LeadTime), MidpointRounding.AwayFromZero);

    /// <summary>Q = max(1, round(√(2Kλ/(h v)))).</summary>
    public int Quantity => Math.Max(1, (int)Math.Round(Math.Sqrt(2 * OrderCost * Rate / (HoldingRate * UnitValue)), MidpointRounding.AwayFromZero));

    /// <summary>β = Φ(z): the target non-stockout probability.</summary>
    public double ServiceTarget => MathNet.Numerics.Distributions.Normal.CDF(0, 1, SafetyFactor);

    /// <summary>The exact long-run behaviour of the rounded (s, Q) under Poisson demand.</summary>
    public PoissonReorderPoint Exact => new(Rate, LeadTime, ReorderPoint, Quantity);

    /// <summary>The exact annual cost of the rounded policy, in spec B.4's accounting (fee included).</summary>
    public double ExactCost => Exact.Cost(UnitValue, HoldingRate, OrderCost, Fee);

    /// <summary>The OEM's ledger for a replication: the licence fee plus the margin on the units bought.</summary>
    public double OemProfit(double unitsPerYear) => Fee + OemMargin * unitsPerYear;

    /// <summary>
    /// A replication's annual cost from the network's measures: holding h·v on on-hand plus pipeline,
    /// K per order placed, the purchases, the fee.
    /// </summary>
    public double SimulatedCost(double onHand, double pipeline, double ordersPerYear, double purchasePerYear) =>
        HoldingRate * UnitValue * (onHand + pipeline) + OrderCost * ordersPerYear + purchasePerYear + Fee;
}
