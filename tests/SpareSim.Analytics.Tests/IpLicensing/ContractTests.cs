using SpareSim.Analytics.IpLicensing;

namespace SpareSim.Analytics.Tests.IpLicensing;

/// <summary>The optimal contract against Theorem 5.1, Lemma 5.2 and a brute-force grid search.</summary>
public class ContractTests
{
    [Fact]
    public void SingleBuyerGetsTheFixedFeeOnly()
    {
        // Theorem 5.1: max{F̄(0), λ(w_T − c)} = max{1159.31, 375}.
        var problem = new TwoBuyerContract(IpLicenceMarket.Table51(), [15]);
        Assert.Equal("F1(0)", problem.Optimal.Name);
        Assert.Equal(IpLicenceMarket.Table51().MaxFee(15, 0), problem.Optimal.Outcome.Profit, 9);
        var brute = new ContractBruteForce(problem.Game, 0.05);
        Assert.True(brute.Best.Profit <= problem.Optimal.Outcome.Profit + 1e-9);
        Assert.Equal(0, brute.Best.Contract.Royalty);
        // A printing price so high that licensing is worse than the margin: no licence.
        var dear = new TwoBuyerContract(IpLicenceMarket.Table51(printPrice: 200), [15]);
        Assert.True(dear.Optimal.Outcome.Contract.IsNone || dear.Optimal.Outcome.Licensees == 0);
        Assert.Equal(375, dear.Optimal.Outcome.Profit, 9);
    }

    [Fact]
    public void IdenticalBuyersGetNTimesTheSingleBuyerOptimum()
    {
        var problem = new TwoBuyerContract(IpLicenceMarket.Table51(), [7.5, 7.5]);
        double single = Math.Max(IpLicenceMarket.Table51().MaxFee(7.5, 0), 7.5 * 25);
        Assert.Equal(2 * single, problem.Optimal.Outcome.Profit, 9);
        Assert.Null(problem.EqualSurplus);
    }

    [Fact]
    public void EqualSurplusContractLeavesBothBuyersZeroSurplus()
    {
        foreach (double wa in new[] { 110.0, 150, 180 })
        {
            var m = IpLicenceMarket.Table51(printPrice: wa, safetyFactor: 1.645);
            var hat = TwoBuyerContract.EqualSurplusContract(m, [4, 11])!.Value;
            Assert.Equal(0, m.Surplus(4, hat.Fee, hat.Royalty), 7);
            Assert.Equal(0, m.Surplus(11, hat.Fee, hat.Royalty), 7);
            // û does not depend on w_A: r̂ + w_A is the same for every w_A (spec B.4).
            var other = TwoBuyerContract.EqualSurplusContract(IpLicenceMarket.Table51(printPrice: 150, safetyFactor: 1.645), [4, 11])!.Value;
            Assert.Equal(other.Royalty + 150, hat.Royalty + wa, 7);
        }
    }

    [Fact]
    public void ProcedureAgreesWithBruteForceOnASmallFactorial()
    {
        int instances = 0;
        foreach (double wa in new[] { 0.75, 1.0, 1.25 })
        foreach (double ratio in new[] { 0.2, 0.5, 1.0 })
        foreach (double total in new[] { 6.0, 24 })
        foreach (double z in new[] { 0.0, 1.645 })
        {
            var m = IpLicenceMarket.Table51(printPrice: 150 * wa, safetyFactor: z) with { TraditionalOrderCost = 500, PrintOrderCost = 50 };
            double l1 = total * ratio / (1 + ratio), l2 = total / (1 + ratio);
            var problem = new TwoBuyerContract(m, [l1, l2]);
            var brute = new ContractBruteForce(problem.Game, 0.05);
            double best = problem.Optimal.Outcome.Profit;
            Assert.True(brute.Best.Profit <= best + 1e-6 * best, $"brute force {brute.Best.Profit} beats the procedure {best} at w_A/w_T = {wa}, λ1/λ2 = {ratio}, λ = {total}, z = {z}");
            Assert.True(brute.Best.Profit >= best - brute.Tolerance, $"brute force {brute.Best.Profit} more than {brute.Tolerance} below {best}");
            instances++;
        }
        Assert.Equal(36, instances);
    }

    [Fact]
    public void LimitCandidateEarnsTheSupremumTheProofMisses()
    {
        // Spec B.5: only buyer 1 licenses just above r̂; profit → F̂ + r̂λ₁ + λ₂(w_T − c).
        var m = IpLicenceMarket.Table51() with { TraditionalOrderCost = 500, PrintOrderCost = 50 };
        var problem = new TwoBuyerContract(m, [1.2, 4.8]);
        var hat = problem.EqualSurplus!.Value;
        Assert.True(hat.Royalty > 0);
        var limit = problem.Candidates.Single(c => !c.FromTheorem);
        double supremum = hat.Fee + hat.Royalty * 1.2 + 4.8 * 25;
        double slack = TwoBuyerContract.LimitStep * (1 + hat.Royalty) * (Math.Abs(m.SurplusRoyaltySlope(1.2, 0)) + 1.2);
        Assert.InRange(limit.Outcome.Profit, supremum - slack, supremum);
        Assert.Equal([true, false], limit.Outcome.Licenses);
        Assert.Equal(SupplyChainConfiguration.HSB, problem.Classify(limit.Outcome));
    }
}
