using System.Globalization;
using System.Text.Json.Nodes;
using SpareSim.Analytics.RemotePrinting;

namespace SpareSim.Experiments.Models.RemoteSite;

/// <summary>
/// The remote site of thesis ch. 3 as a supply-network model file: N systems with per-period
/// (daily) Bernoulli failures of a regular part (p_r) or a printed stopgap (p_p); a stock point with
/// base stock S replenished one for one from the mainland by a convoy every L days (which brings the
/// site back to S, as the chapter's order-up-to does); an end-of-day review that expedites (c_e) or
/// prints stopgaps (c_p) by the periods left until the convoy; stopgaps removed at each convoy
/// arrival; holding h and backorder b booked on the day-end state. Its cost per day is the network's
/// <c>cost_total</c>. <see cref="RemoteSiteExtensions"/> adds what the MDP leaves out.
/// </summary>
public static class RemoteSiteNetwork
{
    /// <summary>Name of the stock point's measures: SITE_PART.</summary>
    public const string StockPointId = "remote_part";

    /// <summary>The model file of <paramref name="x"/> run under <paramref name="rule"/>.</summary>
    public static JsonObject Build(RemoteSiteInstance x, RemoteSitePolicyRule rule, RemoteSiteExtensions? extensions = null)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(rule);
        var e = extensions ?? RemoteSiteExtensions.None;
        if (!(x.RegularCost > 0)) throw new ArgumentException("the regular part's cost c_r must be > 0 (holding is a rate on it in the network)", nameof(x));
        var convoy = new JsonObject { ["name"] = "convoy", ["period"] = x.CycleLength, ["offset"] = x.CycleLength };
        if (e.ConvoyCancellationProbability > 0) convoy["cancellationProbability"] = e.ConvoyCancellationProbability;
        if (e.ConvoyDelayDays.Count > 0) convoy["delay"] = new JsonObject { ["family"] = "empirical", ["values"] = Array(e.ConvoyDelayDays) };
        var immediate = new JsonObject { ["family"] = "deterministic", ["mean"] = 0 };
        var sources = new JsonArray { new JsonObject { ["name"] = "mainland", ["kind"] = "supplier", ["leadTime"] = immediate.DeepClone() } };
        var review = new JsonObject
        {
            ["controller"] = Controller(rule),
        };
        if (x.CanExpedite)
        {
            sources.Add(new JsonObject { ["name"] = "expedite", ["kind"] = "supplier", ["leadTime"] = immediate.DeepClone(), ["costPerUnit"] = x.ExpediteCost });
            review["expedite"] = "expedite";
        }
        if (x.CanPrint)
        {
            var printer = new JsonObject
            {
                ["name"] = "printer", ["kind"] = "printer", ["site"] = "remote", ["printers"] = 0, ["printTime"] = immediate.DeepClone(), ["costPerUnit"] = x.PrintCost,
            };
            if (e.PrintsPerNight > 0) printer["printsPerPeriod"] = e.PrintsPerNight;
            if (e.FailedPrintProbability > 0) printer["failedPrintProbability"] = e.FailedPrintProbability;
            if (e.MaterialCapacity > 0 && e.PrintVolume > 0)
                printer["material"] = new JsonObject { ["perPrint"] = e.PrintVolume, ["capacity"] = e.MaterialCapacity, ["convoy"] = "convoy" };
            sources.Add(printer);
            review["print"] = "printer";
            review["printVersion"] = "printed";
        }
        var model = new JsonObject
        {
            ["name"] = "remote-site",
            ["description"] = Inv($"Remote site (thesis ch. 3): N = {x.InstalledBase}, L = {x.CycleLength} days, c_r = {x.RegularCost}, c_p = {x.PrintCost}, c_e = {x.ExpediteCost}, p_r = {x.RegularFailureProbability}, p_p = {x.PrintedFailureProbability}, h = {x.HoldingCost}, b = {x.BackorderCost}"),
            ["timeUnit"] = "day",
            ["costBooking"] = "period-end",
            ["parts"] = new JsonArray
            {
                new JsonObject
                {
                    ["name"] = "part",
                    ["versions"] = new JsonArray
                    {
                        new JsonObject { ["name"] = "regular", ["price"] = x.RegularCost },
                        new JsonObject { ["name"] = "printed", ["price"] = double.IsFinite(x.PrintCost) ? x.PrintCost : 0, ["temporary"] = true },
                    },
                },
            },
            ["convoys"] = new JsonArray { convoy },
            ["sites"] = new JsonArray { new JsonObject { ["name"] = "remote", ["convoy"] = "convoy" } },
            ["sources"] = sources,
            ["installedBases"] = new JsonArray
            {
                new JsonObject
                {
                    ["name"] = "systems", ["site"] = "remote", ["part"] = "part", ["systems"] = x.InstalledBase, ["failureMode"] = "per-period",
                    ["failureProbability"] = new JsonObject { ["regular"] = x.RegularFailureProbability, ["printed"] = x.PrintedFailureProbability },
                    ["downtimeCost"] = x.BackorderCost,
                },
            },
            ["stockPoints"] = new JsonArray
            {
                new JsonObject
                {
                    ["site"] = "remote", ["part"] = "part", ["stock"] = new JsonObject { ["regular"] = rule.BaseStock },
                    ["holdingRate"] = x.HoldingCost / x.RegularCost,
                    ["controller"] = new JsonObject { ["kind"] = "base-stock", ["source"] = "mainland", ["version"] = "regular" },
                    ["review"] = review,
                },
            },
        };
        if (e.PrinterMeanUptime > 0 && x.CanPrint)
        {
            // Breakdowns as an alternating-renewal outage of the printer (a disruption with its own stream).
            model["disruptions"] = new JsonArray
            {
                new JsonObject
                {
                    ["name"] = "printer-breakdowns", ["kind"] = "outage", ["element"] = "sources:printer",
                    ["upTime"] = new JsonObject { ["family"] = "exponential", ["mean"] = e.PrinterMeanUptime },
                    ["downTime"] = new JsonObject { ["family"] = "exponential", ["mean"] = e.PrinterMeanRepair },
                },
            };
        }
        return model;
    }

    /// <summary>A threshold that never triggers (no cycle is this long), written so that scenarios can override it by path.</summary>
    public const int Never = 1_000_000_000;

    /// <summary>The model-file paths a scenario sets to change the policy.</summary>
    public const string BaseStockPath = "stockPoints:remote/part:stock:regular", PrintFromPath = "stockPoints:remote/part:review:controller:printFrom",
        ExpediteFromPath = "stockPoints:remote/part:review:controller:expediteFrom", WhileOverduePath = "stockPoints:remote/part:review:controller:whileOverdue";

    /// <summary>A scenario named <paramref name="name"/> that runs the model file under <paramref name="rule"/>.</summary>
    public static JsonObject Scenario(string name, RemoteSitePolicyRule rule, bool canExpedite)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var s = new JsonObject { ["name"] = name, [BaseStockPath] = rule.BaseStock, [PrintFromPath] = Math.Min(rule.PrintFrom, Never), [WhileOverduePath] = rule.WhileOverdue ?? "last-day" };
        if (canExpedite) s[ExpediteFromPath] = Math.Min(rule.ExpediteFrom, Never);
        return s;
    }

    // Every key is written, "never" as a large threshold, so that any scenario can set it by path.
    private static JsonObject Controller(RemoteSitePolicyRule rule) => new()
    {
        ["kind"] = "periods-left",
        ["printFrom"] = Math.Min(rule.PrintFrom, Never),
        ["expediteFrom"] = Math.Min(rule.ExpediteFrom, Never),
        ["whileOverdue"] = rule.WhileOverdue ?? "last-day",
    };

    private static JsonArray Array(IEnumerable<double> values) => new(values.Select(v => (JsonNode)JsonValue.Create(v)).ToArray());

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
