namespace SpareSim.Analytics.RemotePrinting;

/// <summary>
/// The one-period failure transition of the in-cycle state, shared by the forward (distribution)
/// and backward (value) computations. From a post-decision state (I′, Q) — net inventory after the
/// emergency action and Q printed parts installed — D_p ~ Bin(Q, p_p) printed and
/// D_r ~ Bin(R, p_r) regular parts fail, with R = N − Q − I′⁻, giving (I′ − D_p − D_r, Q − D_p).
/// The two draws are applied one after the other: after the printed failures the intermediate
/// state (J, Q′) = (I′ − D_p, Q − D_p) still has N − Q′ − J⁻ = R regular parts, so the
/// double sum factorizes into two single sums. States are indexed [I + N, P].
/// </summary>
internal sealed class FailureKernel
{
    private readonly double[][] _regular;
    private readonly double[][] _printed;

    public FailureKernel(RemoteSiteInstance instance, int maxInventory)
    {
        N = instance.InstalledBase;
        MaxInventory = maxInventory;
        _regular = Table(N, instance.RegularFailureProbability);
        _printed = Table(N, instance.PrintedFailureProbability);
    }

    /// <summary>N.</summary>
    public int N { get; }

    /// <summary>The largest net inventory represented.</summary>
    public int MaxInventory { get; }

    /// <summary>Rows of the state arrays: I ∈ [−N, MaxInventory].</summary>
    public int Rows => N + MaxInventory + 1;

    /// <summary>P{Bin(k, p_r) = d}.</summary>
    public double Regular(int k, int d) => _regular[k][d];

    /// <summary>P{Bin(k, p_p) = d}.</summary>
    public double Printed(int k, int d) => _printed[k][d];

    /// <summary>Whether (I, P) is a state: P ≤ N − I⁻ and no stock beside printed parts.</summary>
    public bool IsState(int inventory, int printed) =>
        inventory >= -N && inventory <= MaxInventory && printed >= 0 && printed <= N - Math.Max(0, -inventory) && (inventory <= 0 || printed == 0);

    /// <summary>Regular parts installed in (I, P): N − P − I⁻.</summary>
    public int RegularInstalled(int inventory, int printed) => N - printed - Math.Max(0, -inventory);

    /// <summary>Pushes a probability distribution over post-decision states through one period of failures.</summary>
    public double[,] Forward(double[,] post)
    {
        var mid = new double[Rows, N + 1];
        for (int i = 0; i < Rows; i++)
            for (int q = 0; q <= N; q++)
            {
                double w = post[i, q];
                if (w == 0) continue;
                for (int d = 0; d <= q; d++) mid[i - d, q - d] += w * _printed[q][d];
            }
        var next = new double[Rows, N + 1];
        for (int j = 0; j < Rows; j++)
            for (int q = 0; q <= N; q++)
            {
                double w = mid[j, q];
                if (w == 0) continue;
                int r = RegularInstalled(j - N, q);
                for (int d = 0; d <= r; d++) next[j - d, q] += w * _regular[r][d];
            }
        return next;
    }

    /// <summary>
    /// The expectation of next-period values (rows of width <paramref name="width"/>, indexed
    /// [(i·(N+1) + P)·width + k]) seen from each post-decision state; same layout as the input.
    /// </summary>
    public double[] Backward(double[] next, int width)
    {
        int cols = N + 1;
        var mid = new double[next.Length];
        for (int j = 0; j < Rows; j++)
            for (int q = 0; q <= N; q++)
            {
                if (!IsState(j - N, q)) continue;
                int r = RegularInstalled(j - N, q);
                int at = (j * cols + q) * width;
                for (int d = 0; d <= r; d++)
                {
                    double p = _regular[r][d];
                    int from = ((j - d) * cols + q) * width;
                    for (int k = 0; k < width; k++) mid[at + k] += p * next[from + k];
                }
            }
        var post = new double[next.Length];
        for (int i = 0; i < Rows; i++)
            for (int q = 0; q <= N; q++)
            {
                if (!IsState(i - N, q)) continue;
                int at = (i * cols + q) * width;
                for (int d = 0; d <= q; d++)
                {
                    double p = _printed[q][d];
                    int from = ((i - d) * cols + q - d) * width;
                    for (int k = 0; k < width; k++) post[at + k] += p * mid[from + k];
                }
            }
        return post;
    }

    private static double[][] Table(int n, double p)
    {
        var table = new double[n + 1][];
        for (int k = 0; k <= n; k++)
        {
            table[k] = new double[k + 1];
            for (int d = 0; d <= k; d++) table[k][d] = MathNet.Numerics.Distributions.Binomial.PMF(p, k, d);
        }
        return table;
    }
}
