using SpareSim.Analytics.IpLicensing;

namespace SpareSim.Analytics.Tests.IpLicensing;

/// <summary>Spec B.4's buyer costs against hand computation for Table 5.1 (λ = 15, w_A = w_T), and Lemma 5.1 / Corollary 5.1 properties.</summary>
public class BuyerCostTests
{
    private static readonly IpLicenceMarket Base = IpLicenceMarket.Table51();

    [Fact]
    public void TraditionalAndLicensedCostsMatchHandComputation()
    {
        // C_T = 0.2·150·15·0.33 + √(2·2500·15·0.2·150) + 15·150 = 148.5 + 1500 + 2250.
        Assert.Equal(3898.5, Base.TraditionalCost(15), 9);
        // C_A(15, 0, 0) = 0.2·150·0.495 + √(2·250·15·0.2·150) + 2250 = 14.85 + √225000 + 2250.
        Assert.Equal(14.85 + Math.Sqrt(225_000) + 2250, Base.LicensedCost(15, 0, 0), 9);
        Assert.Equal(Math.Sqrt(2 * 2500 * 15 / (0.2 * 150)), Base.TraditionalOrderQuantity(15), 12);
        // The EOQ form: C_T = h w_T (λL + Q/2) + K λ / Q + λ w_T with Q = Q_T.
        double q = Base.TraditionalOrderQuantity(15);
        Assert.Equal(0.2 * 150 * (15 * 0.33 + q / 2) + 2500 * 15 / q + 15 * 150, Base.TraditionalCost(15), 9);
    }

    [Fact]
    public void MaximalFeeAndRoyaltyOfTable51MatchTheSpecsReimplementation()
    {
        // Spec B.7 [REIMPL]: z = 0: F̄(0) = 1159.3, r̄(0) = 70.14; z = 1.645: F̄(0) = 1234.4.
        Assert.Equal(3898.5 - 14.85 - Math.Sqrt(225_000) - 2250, Base.MaxFee(15, 0), 9);
        Assert.Equal(1159.3, Base.MaxFee(15, 0), 1);
        Assert.Equal(70.14, Base.MaxRoyalty(15, 0), 2);
        Assert.Equal(1234.4, IpLicenceMarket.Table51(safetyFactor: 1.645).MaxFee(15, 0), 1);
        // r̄(F) really leaves zero surplus, for several fees.
        foreach (double fee in new[] { 0.0, 300, 900 })
            Assert.Equal(0, Base.Surplus(15, fee, Base.MaxRoyalty(15, fee)), 8);
    }

    [Fact]
    public void SurplusHasLemma51Shape()
    {
        // (i) increasing and concave in λ for w_A + r ≤ w_T; (iii) linear in F; (iv) decreasing, convex in r; slope = Eq. 5.4; (v) ∂²Δ/∂r∂λ < 0.
        const double h = 1e-3;
        for (double l = 1; l < 40; l += 3)
        {
            double d0 = Base.Surplus(l, 0, 0), d1 = Base.Surplus(l + 1, 0, 0), d2 = Base.Surplus(l + 2, 0, 0);
            Assert.True(d1 > d0 && d0 > 0, $"Δ increasing and positive at λ = {l}");
            Assert.True(d2 - 2 * d1 + d0 < 0, $"Δ concave at λ = {l}");
            Assert.Equal(Base.Surplus(l, 0, 5) - 100, Base.Surplus(l, 100, 5), 9);
            for (double r = 0; r < 60; r += 7)
            {
                double numeric = (Base.Surplus(l, 0, r + h) - Base.Surplus(l, 0, r - h)) / (2 * h);
                Assert.Equal(numeric, Base.SurplusRoyaltySlope(l, r), 5);
                Assert.True(Base.Surplus(l, 0, r + 1) - 2 * Base.Surplus(l, 0, r) + Base.Surplus(l, 0, Math.Max(r - 1, 0)) > -1e-9 || r == 0);
                Assert.True(Base.SurplusRoyaltySlope(l + 1, r) < Base.SurplusRoyaltySlope(l, r), "bigger buyers lose surplus faster");
            }
        }
    }

    [Fact]
    public void RoyaltiesDestroyValueForASingleBuyer()
    {
        // Lemma 5.3: F̄(r) + λr falls with r, because d/dr = ∂Δ/∂r + λ < 0; so π(F̄(0), 0) > π(0, r̄(0)) (Figure 5.2).
        for (double r = 0; r < 70; r += 5)
            Assert.True(Base.MaxFee(15, r + 1) + 15 * (r + 1) < Base.MaxFee(15, r) + 15 * r);
        Assert.True(Base.MaxFee(15, 0) > 15 * Base.MaxRoyalty(15, 0));
        Assert.Equal(1052.1, 15 * Base.MaxRoyalty(15, 0), 1);
    }
}
