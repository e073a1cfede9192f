namespace SpareSim.Analytics.RemotePrinting;

/// <summary>
/// The raw material a policy prints per replenishment cycle (Section 3.6.6 and Appendix 3.A.3 of
/// the chapter). Instead of the appendix's trial-based approximation, whose printed formulas mix
/// trial and period indices (spec §7), the exact distribution of the number of parts printed per
/// cycle is computed by pushing the joint distribution of (I, P, prints so far) through the cycle.
/// Volumes are in cc; the pooled demand of several parts is the convolution of their volumes,
/// rounded to whole cc (parts are printed independently, so the parts' cycle demands are independent).
/// </summary>
public sealed class RawMaterialDemand
{
    private readonly double[] _pmf;

    private RawMaterialDemand(double[] pmf) => _pmf = pmf;

    /// <summary>P{demand = k units} for k = 0, 1, … (units: parts for <see cref="PrintsPerCycle"/>, cc after <see cref="Pool"/>).</summary>
    public IReadOnlyList<double> Probabilities => _pmf;

    /// <summary>Mean demand per cycle.</summary>
    public double Mean => _pmf.Select((p, k) => p * k).Sum();

    /// <summary>Variance of the demand per cycle.</summary>
    public double Variance
    {
        get
        {
            double mean = Mean;
            return _pmf.Select((p, k) => p * (k - mean) * (k - mean)).Sum();
        }
    }

    /// <summary>The smallest k with P{demand ≤ k} ≥ <paramref name="probability"/>: the base stock for that non-stockout probability per cycle.</summary>
    public int Quantile(double probability)
    {
        if (!(probability > 0 && probability < 1)) throw new ArgumentOutOfRangeException(nameof(probability), probability, "must be in (0,1)");
        double sum = 0;
        for (int k = 0; k < _pmf.Length; k++)
        {
            sum += _pmf[k];
            if (sum >= probability - 1e-12) return k;
        }
        return _pmf.Length - 1;
    }

    /// <summary>The exact distribution of the number of parts printed in one cycle under <paramref name="policy"/>.</summary>
    public static RawMaterialDemand PrintsPerCycle(RemoteSiteInstance instance, RemoteSitePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(policy);
        int n0 = instance.InstalledBase, s = policy.BaseStock, l = instance.CycleLength;
        if (policy.Emergency.CycleLength != l) throw new ArgumentException($"the policy covers L = {policy.Emergency.CycleLength}, the instance has L = {l}", nameof(policy));
        var kernel = new FailureKernel(instance, s);
        int most = n0 * (l - 1);
        // dist[k] is the distribution of (I, P) jointly with k parts printed so far.
        var start = new double[kernel.Rows, n0 + 1];
        start[s + n0, 0] = 1;
        var dist = new double[most + 1][,];
        dist[0] = kernel.Forward(start);
        for (int n = l - 1; n >= 1; n--)
        {
            bool print = policy.Emergency[n] == EmergencyAction.Print;
            var post = new double[most + 1][,];
            for (int k = 0; k <= most; k++)
            {
                if (dist[k] is null) continue;
                for (int i = 0; i < kernel.Rows; i++)
                    for (int p = 0; p <= n0; p++)
                    {
                        double w = dist[k][i, p];
                        if (w == 0) continue;
                        int shortage = Math.Max(0, n0 - i);
                        int printed = print ? shortage : 0;
                        int expedited = policy.Emergency[n] == EmergencyAction.Expedite ? shortage : 0;
                        post[k + printed] ??= new double[kernel.Rows, n0 + 1];
                        post[k + printed][i + printed + expedited, p + printed] += w;
                    }
            }
            for (int k = 0; k <= most; k++)
                dist[k] = n > 1 && post[k] is not null ? kernel.Forward(post[k]) : post[k]!;
        }
        var pmf = new double[most + 1];
        for (int k = 0; k <= most; k++)
            if (dist[k] is not null)
                foreach (double w in dist[k]) pmf[k] += w;
        return new RawMaterialDemand(Trim(pmf));
    }

    /// <summary>
    /// The pooled raw-material demand in whole cc per cycle of independent parts, each given by its
    /// distribution of prints per cycle and its printed volume in cc.
    /// </summary>
    public static RawMaterialDemand Pool(IReadOnlyList<(RawMaterialDemand Prints, double VolumeCc)> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        double[] total = [1];
        foreach (var (prints, volume) in parts)
        {
            if (!(volume >= 0) || !double.IsFinite(volume)) throw new ArgumentOutOfRangeException(nameof(parts), volume, "printed volume must be finite and non-negative");
            int step = (int)Math.Round(volume);
            var part = new double[step * (prints._pmf.Length - 1) + 1];
            for (int k = 0; k < prints._pmf.Length; k++) part[k * step] += prints._pmf[k];
            var next = new double[total.Length + part.Length - 1];
            for (int a = 0; a < total.Length; a++)
            {
                if (total[a] < 1e-300) continue;
                for (int b = 0; b < part.Length; b++) next[a + b] += total[a] * part[b];
            }
            total = Trim(next);
        }
        return new RawMaterialDemand(total);
    }

    // Drops the far tail below 1e-15 so pooled convolutions stay small.
    private static double[] Trim(double[] pmf)
    {
        int last = pmf.Length - 1;
        double tail = 0;
        while (last > 0 && tail + pmf[last] < 1e-15) tail += pmf[last--];
        return pmf[..(last + 1)];
    }
}
