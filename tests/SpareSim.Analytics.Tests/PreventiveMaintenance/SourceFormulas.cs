using MathNet.Numerics;
using MathNet.Numerics.Integration;
using SpareSim.Analytics.PreventiveMaintenance;

namespace SpareSim.Analytics.Tests.PreventiveMaintenance;

/// <summary>
/// ECC and ECL exactly as printed in the thesis (spec A.6, first lines: densities and double
/// integrals, no integration by parts), evaluated by adaptive quadrature of the Weibull density: the
/// independent reference for <see cref="PmCostModel"/>'s single-integral forms.
/// </summary>
internal sealed class SourceFormulas(double alphaR, double alphaP, double beta, PmInstance i)
{
    private double Fr(double t) => 1 - Math.Exp(-Math.Pow(t / alphaR, beta));
    private double Fp(double t) => 1 - Math.Exp(-Math.Pow(t / alphaP, beta));
    private double fr(double t) => t <= 0 ? 0 : beta / alphaR * Math.Pow(t / alphaR, beta - 1) * Math.Exp(-Math.Pow(t / alphaR, beta));
    private double fp(double t) => t <= 0 ? 0 : beta / alphaP * Math.Pow(t / alphaP, beta - 1) * Math.Exp(-Math.Pow(t / alphaP, beta));

    private static double I(Func<double, double> f, double a, double b) => b <= a ? 0 : Integrate.OnClosedInterval(f, a, b, 1e-11);

    public double RateB(double tr)
    {
        double ecc = i.RegularPrice + i.MaintenanceCost + i.FailureCost * Fr(tr)
                     + i.HoldingRate * ((tr - i.RegularLeadTime) * (1 - Fr(tr)) + I(x => (x - i.RegularLeadTime) * fr(x), i.RegularLeadTime, tr));
        double ecl = tr * (1 - Fr(tr)) + I(x => x * fr(x), 0, tr);
        return ecc / ecl;
    }

    private double EclTr(double tr)
    {
        double a = tr - i.RegularLeadTime;
        return tr * (1 - Fr(tr)) + tr * (Fr(tr) - Fr(a)) + I(x => (x + i.RegularLeadTime) * fr(x), 0, a);
    }

    public double RateTr(double tr, double tb)
    {
        double a = tr - i.RegularLeadTime, b = i.DowntimeRate;
        double ecc = i.RegularPrice + i.MaintenanceCost + i.FailureCost * Fr(tr);
        if (tb == 0) ecc += b * (i.RegularLeadTime * Fr(a) + I(x => (tr - x) * fr(x), a, tr));
        else ecc += Fr(tb) * (i.PrintPrice + b * i.PrintLeadTime + i.MaintenanceCost) + b * I(x => (tr - x) * fr(x), tb, tr);
        return ecc / EclTr(tr);
    }

    public double RateDa(double tr, double tb, double tp)
    {
        double a = tr - i.RegularLeadTime, b = i.DowntimeRate, lp = i.PrintLeadTime, lr = i.RegularLeadTime, h = i.HoldingRate;
        double ecc = i.RegularPrice + i.MaintenanceCost + i.FailureCost * Fr(tr)
                     + Fr(tb) * (i.PrintPrice + b * lp + i.MaintenanceCost + i.FailureCost * Fp(tp))
                     + b * I(x => (tr - x) * fr(x), tb, tr);
        // The inner integrals over x_p are the same for every x_r up to the x_r-linear term.
        double tail = 1 - Fp(tp), inner0 = I(xp => fp(xp) * (lp + xp - lr), lr, tp), innerMass = Fp(tp) - Fp(lr);
        ecc += h * I(xr => fr(xr) * ((lp + tp - lr) * tail + inner0), 0, a);
        ecc += h * I(xr => fr(xr) * ((xr + lp + tp - tr) * tail + inner0 + (xr - tr + lr) * innerMass), a, tb);
        double ecl = tr * (1 - Fr(tb)) + I(x => x * fr(x), 0, tb) + Fr(tb) * (lp + tp * (1 - Fp(tp)) + I(x => x * fp(x), 0, tp));
        return ecc / ecl;
    }
}
