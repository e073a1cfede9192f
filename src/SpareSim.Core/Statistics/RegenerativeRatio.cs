namespace SpareSim.Core.Statistics;

/// <summary>
/// The regenerative (renewal-reward) ratio estimator of a long-run rate: from i.i.d. cycles with
/// reward C_i and length L_i, ĝ = ΣC/ΣL, with the delta-method standard error
/// √(Σ(C_i − ĝL_i)²/(n − 1)) / (√n · L̄). Keeps five running sums; <see cref="Add"/> allocates nothing.
/// </summary>
public sealed class RegenerativeRatio
{
    private double _sumC, _sumL, _sumCc, _sumLl, _sumCl;

    /// <summary>Number of cycles recorded.</summary>
    public long Count { get; private set; }

    /// <summary>ΣL, the total length observed.</summary>
    public double TotalLength => _sumL;

    /// <summary>ΣC, the total reward observed.</summary>
    public double TotalReward => _sumC;

    /// <summary>ĝ = ΣC/ΣL; NaN when empty.</summary>
    public double Ratio => Count == 0 ? double.NaN : _sumC / _sumL;

    /// <summary>The delta-method standard error of <see cref="Ratio"/>; NaN with fewer than two cycles.</summary>
    public double StandardError
    {
        get
        {
            if (Count < 2) return double.NaN;
            double g = Ratio;
            // Σ(C − ĝL) = 0 by the choice of ĝ, so the sum of squares is the (n − 1)-scaled variance.
            double ss = Math.Max(0, _sumCc - 2 * g * _sumCl + g * g * _sumLl);
            double meanLength = _sumL / Count;
            return Math.Sqrt(ss / (Count - 1)) / (Math.Sqrt(Count) * meanLength);
        }
    }

    /// <summary>Records one cycle with reward <paramref name="reward"/> and length <paramref name="length"/> &gt; 0.</summary>
    public void Add(double reward, double length)
    {
        if (!(length > 0) || !double.IsFinite(length)) throw new ArgumentOutOfRangeException(nameof(length), length, "a cycle length must be positive and finite");
        if (!double.IsFinite(reward)) throw new ArgumentOutOfRangeException(nameof(reward), reward, "a cycle reward must be finite");
        Count++;
        _sumC += reward;
        _sumL += length;
        _sumCc += reward * reward;
        _sumLl += length * length;
        _sumCl += reward * length;
    }
}
