namespace SpareSim.Analytics.IpLicensing;

/// <summary>
/// The market of thesis chapter 5 (spec B.2–B.4): an OEM sells a spare part traditionally (channel
/// T: unit cost <see cref="UnitCost"/>, wholesale price <see cref="TraditionalPrice"/>, order cost
/// <see cref="TraditionalOrderCost"/>, lead time <see cref="TraditionalLeadTime"/>) or licenses its
/// IP so that buyers print through a service provider (channel A: price <see cref="PrintPrice"/>
/// plus the royalty, order cost <see cref="PrintOrderCost"/>, lead time <see cref="PrintLeadTime"/>).
/// Each buyer runs (s, Q) with the EOQ and a normal safety stock of <see cref="SafetyFactor"/>
/// standard deviations of Poisson lead-time demand; holding <see cref="HoldingRate"/> per € per
/// year on pipeline, safety and cycle stock. Time unit: year.
/// </summary>
public sealed record IpLicenceMarket
{
    /// <summary>c: the OEM's unit production cost.</summary>
    public required double UnitCost { get; init; }

    /// <summary>w_T: the traditional wholesale price.</summary>
    public required double TraditionalPrice { get; init; }

    /// <summary>K_T: the buyer's fixed cost per traditional order.</summary>
    public required double TraditionalOrderCost { get; init; }

    /// <summary>L_T: the traditional lead time (years).</summary>
    public required double TraditionalLeadTime { get; init; }

    /// <summary>w_A: the printing service provider's unit price (royalty excluded).</summary>
    public required double PrintPrice { get; init; }

    /// <summary>K_A: the buyer's fixed cost per printing order.</summary>
    public required double PrintOrderCost { get; init; }

    /// <summary>L_A: the printing lead time (years).</summary>
    public required double PrintLeadTime { get; init; }

    /// <summary>h: holding cost per € of stock value per year.</summary>
    public required double HoldingRate { get; init; }

    /// <summary>z = Φ⁻¹(β): the safety factor (the thesis never states it; spec B.2).</summary>
    public double SafetyFactor { get; init; }

    /// <summary>Table 5.1 of the thesis with the given w_A and z (w_A and z are not in the table; spec B.7).</summary>
    public static IpLicenceMarket Table51(double printPrice = 150, double safetyFactor = 0) => new()
    {
        UnitCost = 125, TraditionalPrice = 150, HoldingRate = 0.2, TraditionalLeadTime = 0.33, PrintLeadTime = 0.033,
        TraditionalOrderCost = 2500, PrintOrderCost = 250, PrintPrice = printPrice, SafetyFactor = safetyFactor,
    };

    /// <summary>Throws <see cref="ArgumentException"/> naming the first parameter out of range.</summary>
    public void Validate()
    {
        Check(UnitCost >= 0, "c (unit cost) must be >= 0", UnitCost);
        Check(TraditionalPrice >= UnitCost, "w_T must be >= c", TraditionalPrice);
        Check(TraditionalOrderCost >= 0, "K_T must be >= 0", TraditionalOrderCost);
        Check(TraditionalLeadTime >= 0, "L_T must be >= 0", TraditionalLeadTime);
        Check(PrintPrice > 0, "w_A must be > 0", PrintPrice);
        Check(PrintOrderCost >= 0, "K_A must be >= 0", PrintOrderCost);
        Check(PrintLeadTime >= 0, "L_A must be >= 0", PrintLeadTime);
        Check(HoldingRate > 0, "h must be > 0", HoldingRate);
        Check(double.IsFinite(SafetyFactor), "z must be finite", SafetyFactor);
    }

    /// <summary>Q_T(λ) = √(2 K_T λ / (h w_T)).</summary>
    public double TraditionalOrderQuantity(double rate) => Math.Sqrt(2 * TraditionalOrderCost * rate / (HoldingRate * TraditionalPrice));

    /// <summary>Q_A(λ, r) = √(2 K_A λ / (h (w_A + r))).</summary>
    public double PrintOrderQuantity(double rate, double royalty) => Math.Sqrt(2 * PrintOrderCost * rate / (HoldingRate * (PrintPrice + royalty)));

    /// <summary>The reorder point λL + z√(λL) of lead time <paramref name="leadTime"/> (normal approximation).</summary>
    public double ReorderPoint(double rate, double leadTime) => rate * leadTime + SafetyFactor * Math.Sqrt(rate * leadTime);

    /// <summary>C_T(λ) = h w_T (λL_T + z√(λL_T)) + √(2 K_T λ h w_T) + λ w_T (spec B.4).</summary>
    public double TraditionalCost(double rate) =>
        HoldingRate * TraditionalPrice * ReorderPoint(rate, TraditionalLeadTime) + Math.Sqrt(2 * TraditionalOrderCost * rate * HoldingRate * TraditionalPrice) + rate * TraditionalPrice;

    /// <summary>C_A(λ, F, r) = h (w_A + r)(λL_A + z√(λL_A)) + √(2 K_A λ h (w_A + r)) + λ (w_A + r) + F (Eq. 5.1).</summary>
    public double LicensedCost(double rate, double fee, double royalty)
    {
        var (a, b) = LicensedCoefficients(rate);
        double u = Math.Sqrt(PrintPrice + royalty);
        return a * u * u + b * u + fee;
    }

    /// <summary>Δ(λ, F, r) = C_T − C_A: the buyer's surplus from licensing.</summary>
    public double Surplus(double rate, double fee, double royalty) => TraditionalCost(rate) - LicensedCost(rate, fee, royalty);

    /// <summary>π_T(λ) = λ (w_T − c).</summary>
    public double TraditionalProfit(double rate) => rate * (TraditionalPrice - UnitCost);

    /// <summary>π_A(λ, F, r) = F + λ r.</summary>
    public static double LicenceProfit(double rate, double fee, double royalty) => fee + rate * royalty;

    /// <summary>F̄(r) = Δ(λ, 0, r): the largest fee a buyer accepts with royalty r (negative: none).</summary>
    public double MaxFee(double rate, double royalty) => Surplus(rate, 0, royalty);

    /// <summary>
    /// r̄(F): the royalty that leaves the buyer zero surplus with fee F (Corollary 5.1(i)); below
    /// −w_A no royalty does, and the result is NaN. Negative when Δ(λ, F, 0) &lt; 0.
    /// </summary>
    public double MaxRoyalty(double rate, double fee)
    {
        var (a, b) = LicensedCoefficients(rate);
        double rest = TraditionalCost(rate) - fee;
        if (rest < 0) return double.NaN;
        double u = (-b + Math.Sqrt(b * b + 4 * a * rest)) / (2 * a);
        return u * u - PrintPrice;
    }

    /// <summary>∂Δ/∂r (Eq. 5.4): −h(λL_A + z√(λL_A)) − √(K_A λ h / (2(w_A + r))) − λ.</summary>
    public double SurplusRoyaltySlope(double rate, double royalty) =>
        -HoldingRate * ReorderPoint(rate, PrintLeadTime) - Math.Sqrt(PrintOrderCost * rate * HoldingRate / (2 * (PrintPrice + royalty))) - rate;

    /// <summary>C_A without F as A u² + B u with u = √(w_A + r) (spec B.4 [DERIVED]).</summary>
    public (double A, double B) LicensedCoefficients(double rate) =>
        (HoldingRate * ReorderPoint(rate, PrintLeadTime) + rate, Math.Sqrt(2 * PrintOrderCost * rate * HoldingRate));

    private static void Check(bool ok, string message, double value)
    {
        if (!ok) throw new ArgumentException($"{message}, got {value}");
    }
}
