namespace SpareSim.Analytics.LifeCycleCost;

/// <summary>
/// The Erlang loss (Erlang B) probability g(S, a) of an M/G/S/S system with offered load a: the
/// fraction of failures that find no spare on hand under (S−1, S) base stock with lost sales
/// (thesis ch. 2, §2.3). Computed by the recursion B(0) = 1, B(s) = a B(s−1) / (s + a B(s−1)),
/// which never forms a^S or S! and so stays finite and accurate for large a and S.
/// </summary>
public static class ErlangLoss
{
    /// <summary>g(S, a) for base stock <paramref name="stock"/> ≥ 0 and load <paramref name="load"/> ≥ 0.</summary>
    public static double Probability(int stock, double load)
    {
        if (stock < 0) throw new ArgumentOutOfRangeException(nameof(stock), stock, "base stock must be >= 0");
        if (!(load >= 0) || double.IsInfinity(load)) throw new ArgumentOutOfRangeException(nameof(load), load, "load must be finite and >= 0");
        double b = 1;
        for (int s = 1; s <= stock; s++) b = load * b / (s + load * b);
        return b;
    }

    /// <summary>g(0, a), …, g(<paramref name="maxStock"/>, a) in one pass.</summary>
    public static double[] Probabilities(int maxStock, double load)
    {
        if (maxStock < 0) throw new ArgumentOutOfRangeException(nameof(maxStock), maxStock, "base stock must be >= 0");
        _ = Probability(0, load);
        var b = new double[maxStock + 1];
        b[0] = 1;
        for (int s = 1; s <= maxStock; s++) b[s] = load * b[s - 1] / (s + load * b[s - 1]);
        return b;
    }
}
