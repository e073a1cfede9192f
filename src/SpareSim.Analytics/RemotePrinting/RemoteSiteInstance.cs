namespace SpareSim.Analytics.RemotePrinting;

/// <summary>
/// One instance of the remote-site model of Westerweel (thesis Ch. 3): <see cref="InstalledBase"/>
/// systems with one part each, resupplied with regular parts by a scheduled replenishment (convoy)
/// every <see cref="CycleLength"/> periods, with an on-site printer for temporary parts and, as an
/// option, expediting. Periods are days in all the chapter's numbers. A source is unavailable when
/// its unit cost is +∞ (<see cref="CanPrint"/>, <see cref="CanExpedite"/>). Validated on construction.
/// </summary>
public sealed record RemoteSiteInstance
{
    /// <summary>Creates and validates an instance.</summary>
    /// <param name="installedBase">N, systems in service (≥ 1).</param>
    /// <param name="cycleLength">L, periods between replenishments (≥ 2).</param>
    /// <param name="regularCost">c_r, cost of a regular part from the scheduled replenishment (≥ 0).</param>
    /// <param name="printCost">c_p, cost of a printed part (≥ 0, or +∞ for no printer).</param>
    /// <param name="regularFailureProbability">p_r, per-period failure probability of an installed regular part, in (0,1).</param>
    /// <param name="printedFailureProbability">p_p, per-period failure probability of an installed printed part, in (0,1).</param>
    /// <param name="holdingCost">h, per unit on hand at each period end (≥ 0).</param>
    /// <param name="backorderCost">b, per down system at each period end (≥ 0).</param>
    /// <param name="discount">α, per-period discount factor in (0,1); the long-run average criterion ignores it.</param>
    /// <param name="expediteCost">c_e, cost of an expedited regular part (≥ 0, or +∞, the default, for no expediting).</param>
    public RemoteSiteInstance(int installedBase, int cycleLength, double regularCost, double printCost,
        double regularFailureProbability, double printedFailureProbability, double holdingCost, double backorderCost,
        double discount, double expediteCost = double.PositiveInfinity)
    {
        if (installedBase < 1) throw new ArgumentOutOfRangeException(nameof(installedBase), installedBase, "installed base N must be at least 1");
        if (cycleLength < 2) throw new ArgumentOutOfRangeException(nameof(cycleLength), cycleLength, "cycle length L must be at least 2 (one printing period)");
        Finite(regularCost, nameof(regularCost));
        CostOrInfinity(printCost, nameof(printCost));
        CostOrInfinity(expediteCost, nameof(expediteCost));
        Probability(regularFailureProbability, nameof(regularFailureProbability));
        Probability(printedFailureProbability, nameof(printedFailureProbability));
        Finite(holdingCost, nameof(holdingCost));
        Finite(backorderCost, nameof(backorderCost));
        if (!(discount > 0 && discount < 1)) throw new ArgumentOutOfRangeException(nameof(discount), discount, "discount factor α must be in (0,1)");
        InstalledBase = installedBase;
        CycleLength = cycleLength;
        RegularCost = regularCost;
        PrintCost = printCost;
        ExpediteCost = expediteCost;
        RegularFailureProbability = regularFailureProbability;
        PrintedFailureProbability = printedFailureProbability;
        HoldingCost = holdingCost;
        BackorderCost = backorderCost;
        Discount = discount;
    }

    /// <summary>N.</summary>
    public int InstalledBase { get; init; }
    /// <summary>L.</summary>
    public int CycleLength { get; init; }
    /// <summary>c_r.</summary>
    public double RegularCost { get; init; }
    /// <summary>c_p (+∞: no printer).</summary>
    public double PrintCost { get; init; }
    /// <summary>c_e (+∞: no expediting).</summary>
    public double ExpediteCost { get; init; }
    /// <summary>p_r.</summary>
    public double RegularFailureProbability { get; init; }
    /// <summary>p_p.</summary>
    public double PrintedFailureProbability { get; init; }
    /// <summary>h.</summary>
    public double HoldingCost { get; init; }
    /// <summary>b.</summary>
    public double BackorderCost { get; init; }
    /// <summary>α.</summary>
    public double Discount { get; init; }

    /// <summary>Whether printing is a source (c_p finite).</summary>
    public bool CanPrint => double.IsFinite(PrintCost);

    /// <summary>Whether expediting is a source (c_e finite).</summary>
    public bool CanExpedite => double.IsFinite(ExpediteCost);

    /// <summary>
    /// v = c_r N p_r / (1 − α): the discounted ordering cost of a just-in-time policy without
    /// uncertainty, which the chapter subtracts as unavoidable before comparing policies.
    /// </summary>
    public double UnavoidableOrderingCost => RegularCost * InstalledBase * RegularFailureProbability / (1 - Discount);

    /// <summary>c_r N p_r, the per-period analogue of <see cref="UnavoidableOrderingCost"/> for the long-run average.</summary>
    public double UnavoidableOrderingCostPerPeriod => RegularCost * InstalledBase * RegularFailureProbability;

    /// <summary>
    /// The chapter's non-triviality assumptions (c_r p_r &lt; c_p p_p &lt; b, p_r &lt; p_p) that this
    /// instance violates. Several case-study parts violate the first one (spec erratum 7), so these
    /// are warnings, not errors: the MDP stays solvable, only the base-stock optimality proof needs them.
    /// </summary>
    public IReadOnlyList<string> AssumptionWarnings()
    {
        var warnings = new List<string>();
        if (RegularFailureProbability >= PrintedFailureProbability) warnings.Add("p_r < p_p does not hold");
        if (CanPrint && RegularCost * RegularFailureProbability >= PrintCost * PrintedFailureProbability) warnings.Add("c_r p_r < c_p p_p does not hold");
        if (CanPrint && PrintCost * PrintedFailureProbability >= BackorderCost) warnings.Add("c_p p_p < b does not hold");
        return warnings;
    }

    private static void Finite(double value, string name)
    {
        if (!(value >= 0) || !double.IsFinite(value)) throw new ArgumentOutOfRangeException(name, value, "must be finite and non-negative");
    }

    private static void CostOrInfinity(double value, string name)
    {
        if (!(value >= 0)) throw new ArgumentOutOfRangeException(name, value, "must be non-negative (+∞ for an unavailable source)");
    }

    private static void Probability(double value, string name)
    {
        if (!(value > 0 && value < 1)) throw new ArgumentOutOfRangeException(name, value, "must be a probability in (0,1)");
    }
}
