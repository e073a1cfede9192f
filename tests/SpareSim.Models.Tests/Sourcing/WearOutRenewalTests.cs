using SpareSim.Core.Distributions;
using SpareSim.Models.Controllers;
using SpareSim.Models.InstalledBases;
using SpareSim.Models.Sourcing;

namespace SpareSim.Models.Tests.Sourcing;

/// <summary>
/// Non-exponential lifetimes against renewal theory. Without spares (S = 0) and with a
/// deterministic lead time L, FIFO allocation gives every down system the part ordered at its own
/// failure, so each system alternates a lifetime (clock started at installation) and a downtime L:
/// availability E[life] / (E[life] + L) and failure rate k / (E[life] + L), whatever the lifetime law.
/// </summary>
public sealed class WearOutRenewalTests
{
    [Theory]
    [InlineData("erlang", 0.7071067811865476)]
    [InlineData("weibull", 0.4)]
    [InlineData("lognormal", 2.0)]
    public void Availability_and_failure_rate_follow_the_alternating_renewal_process(string family, double cv)
    {
        const int k = 3;
        const double meanLife = 5, lead = 2;
        var life = LeadTimeDistributions.FromMeanAndCv(family, meanLife, cv);
        var configuration = new SourcingSystemConfiguration(k, life, Exponential.FromMean(1), Deterministic.FromMeanAndCv(lead, 0),
            Exponential.FromMean(1), new SourcingCosts(10, 20, 1, 0.25, 100), initialInstalledAm: 0, initialStockCm: 0, initialStockAm: 0);
        var runs = Replications.Run(configuration, new BaseStockController(PartVersion.Cm), seed: 99, count: 10, warmup: 100, observedTime: 5_000);
        runs.AssertClose("availability", x => x.Availability, meanLife / (meanLife + lead));
        runs.AssertClose("failure rate", x => x.FailureRate, k / (meanLife + lead));
        runs.AssertClose("backorder cost", x => x.BackorderCost, 100 * k * lead / (meanLife + lead));
    }
}
