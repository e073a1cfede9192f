namespace SpareSim.Analytics.PreventiveMaintenance;

/// <summary>
/// The renewal-reward cost rates g_B, g_TR, g_DA of spec A.6 for one <see cref="PmInstance"/>, with
/// every ∫F̄ from a <see cref="SurvivalIntegral"/> table (Gauss–Legendre quadrature).
/// <para>
/// The printing threshold is taken in general, 0 ≤ t_b &lt; t_r − L_p: a regular failure at age
/// x &lt; t_b is bridged by a print (downtime L_p); a failure at t_b ≤ x &lt; t_r waits for the
/// regular part, which arrives at min(x + L_r, t_r). On the source's ranges (t_b = 0, or
/// t_r − L_r ≤ t_b &lt; t_r − L_p) this is exactly the source's ECC/ECL; for 0 &lt; t_b &lt; t_r − L_r,
/// which the source's optimum never uses, the same rules give the obvious extension. The analytic
/// model assumes F_x(L_r) = 0 (no failure before a regular part can arrive) and uses the source's
/// printed-holding integral from L_r, i.e. the printed part's holding term carries F̄_p(L_r).
/// </para>
/// </summary>
public sealed class PmCostModel
{
    private readonly PmInstance _instance;

    /// <summary>Tabulates both laws up to the day where the longer-lived one survives with probability 1e-12.</summary>
    public PmCostModel(PmInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        instance.Validate();
        _instance = instance;
        int horizon = Math.Max(SurvivalIntegral.HorizonFor(instance.Regular), SurvivalIntegral.HorizonFor(instance.Printed));
        horizon = Math.Max(horizon, (int)Math.Ceiling(instance.RegularLeadTime) + 2);
        Regular = new SurvivalIntegral(instance.Regular, horizon);
        Printed = new SurvivalIntegral(instance.Printed, horizon);
    }

    /// <summary>The instance.</summary>
    public PmInstance Instance => _instance;

    /// <summary>∫F̄ of the regular law.</summary>
    public SurvivalIntegral Regular { get; }

    /// <summary>∫F̄ of the printed law.</summary>
    public SurvivalIntegral Printed { get; }

    /// <summary>Last day of the tables: no sensible threshold lies beyond it.</summary>
    public int Horizon => Regular.Horizon;

    /// <summary>g_X at <paramref name="decision"/>.</summary>
    public double CostRate(PmPolicy policy, PmDecision decision) => Evaluate(policy, decision).CostRate;

    /// <summary>The cycle expectations of <paramref name="policy"/> at <paramref name="decision"/>.</summary>
    public PmCycle Evaluate(PmPolicy policy, PmDecision decision)
    {
        Check(policy, decision);
        return policy switch
        {
            PmPolicy.Benchmark => Benchmark(decision.ReplacementAge),
            PmPolicy.TemporaryReplacement => TemporaryReplacement(decision.ReplacementAge, decision.PrintThreshold),
            _ => WithPrintedStint(DoubleAgeWithoutStint(decision.ReplacementAge, decision.PrintThreshold), PrintedStint(decision.PrintedReplacementAge)),
        };
    }

    /// <summary>Throws <see cref="ArgumentException"/> if <paramref name="decision"/> is outside the policy's domain.</summary>
    public void Check(PmPolicy policy, PmDecision decision)
    {
        var i = _instance;
        double tr = decision.ReplacementAge, tb = decision.PrintThreshold, tp = decision.PrintedReplacementAge;
        if (!(tr >= i.RegularLeadTime) || !double.IsFinite(tr)) throw new ArgumentException($"t_r must be finite and >= L_r = {i.RegularLeadTime}, got {tr}");
        if (policy == PmPolicy.Benchmark) return;
        if (!(tb >= 0) || !(tb < tr - i.PrintLeadTime)) throw new ArgumentException($"t_b must lie in [0, t_r - L_p) = [0, {tr - i.PrintLeadTime}), got {tb}");
        if (policy == PmPolicy.DoubleAgeBased && (!(tp >= i.RegularLeadTime - i.PrintLeadTime) || !double.IsFinite(tp)))
            throw new ArgumentException($"t_p must be finite and >= L_r - L_p = {i.RegularLeadTime - i.PrintLeadTime} (the printed part must last until the regular part can arrive), got {tp}");
    }

    private PmCycle Benchmark(double tr)
    {
        var i = _instance;
        var r = Regular;
        return new PmCycle
        {
            Length = r.At(tr),
            RegularPurchase = i.RegularPrice,
            Printing = 0,
            Maintenance = i.MaintenanceCost,
            Failure = i.FailureCost * r.Cdf(tr),
            Downtime = 0,
            Holding = i.HoldingRate * r.Between(i.RegularLeadTime, tr),
            PrintProbability = 0,
            DowntimeDays = 0,
        };
    }

    private PmCycle TemporaryReplacement(double tr, double tb)
    {
        var cycle = PrintingCycleWithoutUse(tr, tb);
        return cycle with { Length = _instance.RegularLeadTime + Regular.At(tr - _instance.RegularLeadTime) };
    }

    /// <summary>DA's cycle with the printed part's use, failure and holding beyond L_r left out (see <see cref="WithPrintedStint"/>).</summary>
    internal PmCycle DoubleAgeWithoutStint(double tr, double tb)
    {
        var i = _instance;
        var r = Regular;
        double a = tr - i.RegularLeadTime, s = Math.Max(tb, a);
        var cycle = PrintingCycleWithoutUse(tr, tb);
        double p = cycle.PrintProbability;
        double survS = r.Survival(s);
        // E[X; X < s] + t_r P(X ≥ s) + L_r P(t_b ≤ X < a) + P(print) L_p; the printed use is added later.
        double length = r.At(s) - s * survS + tr * survS + i.RegularLeadTime * Math.Max(0, r.Cdf(a) - p) + p * i.PrintLeadTime;
        // Regular part in stock from its arrival until the printed part goes: L_p + min(x_p, t_p) − L_r after an early failure,
        // plus x − a for a failure at a ≤ x < t_b; ∫_a^c (x − a) f_r = S_r(a, c) − (c − a) F̄_r(c).
        double late = r.Between(a, s) - (s - a) * survS;
        double holdingDays = i.Printed.Survival(i.RegularLeadTime) * (i.PrintLeadTime * p + late);
        return cycle with { Length = length, Holding = i.HoldingRate * holdingDays };
    }

    /// <summary>(F_p(t_p), ∫_{L_r}^{t_p} F̄_p, ∫_0^{t_p} F̄_p): what one printed part adds to DA's cycle per print.</summary>
    internal (double FailureProbability, double HoldingDays, double Use) PrintedStint(double tp) =>
        (Printed.Cdf(tp), Printed.Between(_instance.RegularLeadTime, tp), Printed.At(tp));

    /// <summary>Adds one printed stint per print to DA's cycle.</summary>
    internal PmCycle WithPrintedStint(PmCycle withoutStint, (double FailureProbability, double HoldingDays, double Use) stint)
    {
        double p = withoutStint.PrintProbability;
        return withoutStint with
        {
            Length = withoutStint.Length + p * stint.Use,
            Failure = withoutStint.Failure + p * _instance.FailureCost * stint.FailureProbability,
            Holding = withoutStint.Holding + p * _instance.HoldingRate * stint.HoldingDays,
        };
    }

    /// <summary>The costs TR and DA share: regular part, prints, actions, regular failures, downtime; no holding, no length.</summary>
    private PmCycle PrintingCycleWithoutUse(double tr, double tb)
    {
        var i = _instance;
        var r = Regular;
        double a = tr - i.RegularLeadTime, s = Math.Max(tb, a);
        double p = r.Cdf(tb);
        // Print: L_p down; t_b ≤ x < a: L_r down (order at failure); max(t_b, a) ≤ x < t_r: down until t_r.
        double downDays = p * i.PrintLeadTime + i.RegularLeadTime * Math.Max(0, r.Cdf(a) - p) + r.Survival(s) * (tr - s) - r.Between(s, tr);
        return new PmCycle
        {
            Length = double.NaN,
            RegularPurchase = i.RegularPrice,
            Printing = i.PrintPrice * p,
            Maintenance = i.MaintenanceCost * (1 + p),
            Failure = i.FailureCost * r.Cdf(tr),
            Downtime = i.DowntimeRate * downDays,
            Holding = 0,
            PrintProbability = p,
            DowntimeDays = downDays,
        };
    }
}
