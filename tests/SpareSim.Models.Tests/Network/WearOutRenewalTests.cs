using System.Globalization;

namespace SpareSim.Models.Tests.Network;

/// <summary>
/// Non-exponential lifetimes at a network stock point against renewal theory. Without spares
/// (S = 0) and with a deterministic lead time L, first-come-first-served allocation gives every
/// down system the part ordered at its own failure, so each system alternates a lifetime (clock
/// started at installation) and a downtime L: availability E[life] / (E[life] + L) and failure rate
/// k / (E[life] + L), whatever the lifetime law.
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
        const double meanLife = 5, lead = 2, downtimeCost = 100;
        string json = string.Create(CultureInfo.InvariantCulture, $$"""
            {
              "parts": [ { "name": "part", "versions": [ { "name": "cm", "price": 10 } ] } ],
              "sites": [ { "name": "base" } ],
              "sources": [ { "name": "supplier", "kind": "supplier", "leadTime": { "family": "deterministic", "mean": {{lead}} } } ],
              "installedBases": [ { "name": "fleet", "site": "base", "part": "part", "systems": {{k}}, "downtimeCost": {{downtimeCost}},
                "lifetime": { "cm": { "family": "{{family}}", "mean": {{meanLife}}, "cv": {{cv:R}} } } } ],
              "stockPoints": [ { "site": "base", "part": "part", "stock": { "cm": 0 }, "holdingRate": 0.25,
                "controller": { "kind": "base-stock", "source": "supplier", "version": "cm" } } ]
            }
            """);
        var runs = NetworkRuns.Run(json, seed: 99, count: 10, warmUp: 100, observedTime: 5_000);
        runs.AssertContains("availability", meanLife / (meanLife + lead));
        runs.AssertContains("failure_rate", k / (meanLife + lead));
        runs.AssertContains("cost_downtime", downtimeCost * k * lead / (meanLife + lead));
    }
}
