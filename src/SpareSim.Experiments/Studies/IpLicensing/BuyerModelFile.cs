using System.Globalization;
using System.Text.Json.Nodes;

namespace SpareSim.Experiments.Studies.IpLicensing;

/// <summary>
/// The supply-network model file of one chapter-5 buyer: part "spare" (one version "unit"), site
/// "buyer", the OEM ("oem", lead time L_T) and the printing service provider ("psp", L_A) as
/// suppliers with deterministic lead times, Poisson demand (an installed base "demand" of so many
/// systems that every failure is one demand at rate λ) and a reorder-point controller. A scenario
/// sets λ, the channel, the unit value and (s, Q) by model-file paths; all scenarios draw demand
/// from the one stream "failures/demand", so channels and royalties see the same demands (common
/// random numbers).
/// </summary>
public static class BuyerModelFile
{
    /// <summary>Systems of the demand base: a waiting demand never stops demand.</summary>
    public const int Systems = 1_000_000;

    /// <summary>The measure-name suffix of the buyer's stock point.</summary>
    public const string StockPoint = "buyer_spare";

    private const string Point = "stockPoints:buyer/spare";

    /// <summary>The model file (the first policy's values; scenarios override them).</summary>
    public static JsonObject Build(double traditionalLeadTime, double printLeadTime, double holdingRate) => new()
    {
        ["name"] = "ip-buyer",
        ["description"] = "One buyer of thesis chapter 5: (s, Q) inventory with Poisson demand, supplied by the OEM (traditional) or a printing service provider (licence), written by SpareSim's ip-licensing-simulation study.",
        ["timeUnit"] = "year",
        ["parts"] = new JsonArray(new JsonObject { ["name"] = "spare", ["versions"] = new JsonArray(new JsonObject { ["name"] = "unit", ["price"] = 1.0 }) }),
        ["sites"] = new JsonArray(new JsonObject { ["name"] = "buyer" }),
        ["sources"] = new JsonArray(Supplier("oem", traditionalLeadTime), Supplier("psp", printLeadTime)),
        ["installedBases"] = new JsonArray(new JsonObject
        {
            ["name"] = "demand", ["site"] = "buyer", ["part"] = "spare", ["systems"] = Systems, ["failureMode"] = "poisson",
            ["lifetime"] = new JsonObject { ["unit"] = new JsonObject { ["family"] = "exponential", ["mean"] = (double)Systems } },
        }),
        ["stockPoints"] = new JsonArray(new JsonObject
        {
            ["site"] = "buyer", ["part"] = "spare", ["stock"] = new JsonObject { ["unit"] = 1 }, ["holdingRate"] = holdingRate,
            ["controller"] = new JsonObject { ["kind"] = "reorder-point", ["source"] = "oem", ["reorderPoint"] = 0, ["quantity"] = 1 },
        }),
    };

    /// <summary>The scenario of <paramref name="policy"/>: its values at their model-file paths; the buyer starts at position s + Q.</summary>
    public static JsonObject Scenario(string name, BuyerPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return new JsonObject
        {
            ["name"] = name,
            ["installedBases:demand:lifetime:unit:mean"] = Systems / policy.Rate,
            ["parts:spare:versions:unit:price"] = policy.UnitValue,
            [$"{Point}:stock:unit"] = policy.ReorderPoint + policy.Quantity,
            [$"{Point}:controller:source"] = policy.Channel == "T" ? "oem" : "psp",
            [$"{Point}:controller:reorderPoint"] = policy.ReorderPoint,
            [$"{Point}:controller:quantity"] = policy.Quantity,
        };
    }

    private static JsonObject Supplier(string name, double leadTime) => new()
    {
        ["name"] = name,
        ["kind"] = "supplier",
        ["leadTime"] = new JsonObject { ["family"] = "deterministic", ["mean"] = leadTime },
    };

    /// <summary>A scenario name with invariant numbers.</summary>
    public static string Name(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
