using SpareSim.Core.Distributions;
using SpareSim.Models.Controllers;
using SpareSim.Models.InstalledBases;
using SpareSim.Models.Sourcing;

namespace SpareSim.Models.Tests.Sourcing;

/// <summary>
/// Single sourcing simulated against the exact finite-source birth–death chain in the number R of
/// outstanding orders: birth rate λ·min(k, k + S − R), death rate R·μ.
/// </summary>
public sealed class SingleSourcingBirthDeathTests
{
    [Theory]
    [InlineData(PartVersion.Cm, 5, 2, 0.2, 0.5)]
    [InlineData(PartVersion.Am, 8, 1, 0.1, 1.5)]
    [InlineData(PartVersion.Cm, 4, 0, 0.3, 0.4)]
    public void Costs_and_service_match_the_birth_death_chain(PartVersion version, int k, int s, double lambda, double mu)
    {
        double price = version == PartVersion.Cm ? 10 : 20, m = 5, kappa = 0.25, b = 50;
        int n = k + s;
        // Unnormalized product form p(R) ∝ Π_{j<R} birth(j) / ((j+1) μ).
        var p = new double[n + 1];
        p[0] = 1;
        for (int r = 0; r < n; r++) p[r + 1] = p[r] * lambda * Math.Min(k, n - r) / ((r + 1) * mu);
        double total = p.Sum();
        double meanR = 0, meanUp = 0, meanStock = 0, meanBackorders = 0, servedRate = 0;
        for (int r = 0; r <= n; r++)
        {
            double q = p[r] / total;
            meanR += q * r;
            meanUp += q * Math.Min(k, n - r);
            meanStock += q * Math.Max(s - r, 0);
            meanBackorders += q * Math.Max(r - s, 0);
            if (r < s) servedRate += q * lambda * Math.Min(k, n - r);
        }

        var life = Exponential.FromRate(lambda);
        var lead = Exponential.FromRate(mu);
        var other = Exponential.FromRate(1);
        bool cm = version == PartVersion.Cm;
        var configuration = new SourcingSystemConfiguration(k,
            cm ? life : other, cm ? other : life, cm ? lead : other, cm ? other : lead,
            new SourcingCosts(priceCm: 10, priceAm: 20, maintenanceCost: m, holdingRate: kappa, backorderCost: b),
            initialInstalledAm: cm ? 0 : k, initialStockCm: cm ? s : 0, initialStockAm: cm ? 0 : s);
        var runs = Replications.Run(configuration, new BaseStockController(version), seed: 20261123, count: 10, warmup: 200, observedTime: 20_000);

        runs.AssertClose("purchase", x => x.PurchaseCost, price * mu * meanR);
        runs.AssertClose("maintenance", x => x.MaintenanceCost, m * lambda * meanUp);
        runs.AssertClose("holding", x => x.HoldingCost, kappa * price * meanStock);
        runs.AssertClose("backorder", x => x.BackorderCost, b * meanBackorders);
        runs.AssertClose("availability", x => x.Availability, meanUp / k);
        runs.AssertClose("fill rate", x => x.FillRate, servedRate / (lambda * meanUp));
        runs.AssertClose("total", x => x.TotalCost,
            price * mu * meanR + m * lambda * meanUp + kappa * price * meanStock + b * meanBackorders);
    }
}
