using System.Globalization;
using SpareSim.Models.Network.File;
using Xunit.Abstractions;

namespace SpareSim.Models.Tests.Network;

/// <summary>
/// The lost-sales ("emergency") shortage rule against the Erlang loss system of Westerweel's thesis
/// ch. 2: N units failing at total Poisson rate λ = N/τ, (S−1, S) base stock, lead time of mean L.
/// The stock point is an M/G/S/S queue of offered load a = λL, so the fraction of failures served
/// by emergency is Erlang B g(S, a) whatever the lead-time law (insensitivity), the pipeline is the
/// carried load a(1 − g) and on hand is S − a(1 − g). Table 2.3's a = 30 (N = 100, τ = 10, L = 3).
/// </summary>
public class EmergencyShortageTests(ITestOutputHelper output)
{
    private static string Model(int stock, string leadTimeLaw, string failureMode) => string.Create(CultureInfo.InvariantCulture, $$"""
        {
          "parts": [ { "name": "pump", "versions": [ { "name": "cm" } ] } ],
          "sites": [ { "name": "depot" } ],
          "sources": [ { "name": "supplier", "kind": "supplier", "leadTime": {{leadTimeLaw}} } ],
          "installedBases": [ { "name": "fleet", "site": "depot", "part": "pump", "systems": 100, "failureMode": "{{failureMode}}",
                                "lifetime": { "cm": { "family": "exponential", "mean": 10 } } } ],
          "stockPoints": [ { "site": "depot", "part": "pump", "stock": { "cm": {{stock}} }, "shortage": "emergency",
                             "controller": { "kind": "base-stock", "source": "supplier" } } ]
        }
        """);

    private static double ErlangB(int s, double a)
    {
        double b = 1;
        for (int i = 1; i <= s; i++) b = a * b / (i + a * b);
        return b;
    }

    public static TheoryData<string, string, int, double> Cases => new()
    {
        // Well below S*: g(25, 30) = 0.2453.
        { "deterministic", """{ "family": "deterministic", "mean": 3 }""", 25, 3_000 },
        { "exponential", """{ "family": "exponential", "mean": 3 }""", 25, 3_000 },
        { "uniform", """{ "family": "uniform", "mean": 3, "cv": 0.5 }""", 25, 3_000 },
        // At the regular design's S* = 49 (REPRO): g = 3.683e-4, about 18 emergencies per replication of 5,000 months.
        { "deterministic", """{ "family": "deterministic", "mean": 3 }""", 49, 5_000 },
        { "exponential", """{ "family": "exponential", "mean": 3 }""", 49, 5_000 },
        { "uniform", """{ "family": "uniform", "mean": 3, "cv": 0.5 }""", 49, 5_000 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Emergency_fraction_is_Erlang_B_for_any_lead_time_law(string family, string law, int stock, double observed)
    {
        const double a = 30;
        double g = ErlangB(stock, a);
        var runs = NetworkRuns.Run(Model(stock, law, "poisson"), seed: 1500 + (ulong)stock, count: 10, warmUp: 30, observedTime: observed);
        output.WriteLine($"{family} lead time, S = {stock}, a = {a}:");
        output.WriteLine(runs.AssertContains("emergency_fraction_depot_pump", g));
        output.WriteLine(runs.AssertContains("pipeline_depot_pump", a * (1 - g)));
        output.WriteLine(runs.AssertContains("on_hand_depot_pump", stock - a * (1 - g)));
        output.WriteLine(runs.AssertContains("emergency_rate_depot_pump", 10 * g));
        // Nobody waits under lost sales.
        Assert.All(runs.Values("backorders_depot_pump"), b => Assert.Equal(0, b));
        Assert.All(runs.Values("availability"), v => Assert.Equal(1, v));
    }

    [Fact]
    public void Renewal_units_with_exponential_lifetimes_give_the_same_loss()
    {
        // A failed unit is replaced at once (stock or emergency), so N exponential units fail at rate N/τ exactly.
        var runs = NetworkRuns.Run(Model(30, """{ "family": "gamma", "mean": 3, "cv": 0.5 }""", "renewal"), seed: 77, count: 10, warmUp: 30, observedTime: 2_000);
        output.WriteLine(runs.AssertContains("emergency_fraction_depot_pump", ErlangB(30, 30)));
        output.WriteLine(runs.AssertContains("failure_rate", 10));
    }

    [Fact]
    public void Shortage_rule_is_checked_in_the_model_file()
    {
        string bad = Model(5, """{ "family": "exponential", "mean": 3 }""", "poisson").Replace("\"emergency\"", "\"lost\"", StringComparison.Ordinal);
        var e = Assert.Throws<NetworkModelException>(() => NetworkRuns.Build(bad));
        Assert.Contains("shortage", e.Message, StringComparison.Ordinal);
        // Without the rule nothing changes: no emergency measures, demands wait.
        string backorder = Model(5, """{ "family": "exponential", "mean": 3 }""", "poisson").Replace("\"shortage\": \"emergency\",", "", StringComparison.Ordinal);
        Assert.DoesNotContain(NetworkRuns.Build(backorder).Measures, m => m.StartsWith("emergency", StringComparison.Ordinal));
    }
}
