using SpareSim.Core.Random;
using SpareSim.Models.Network.Controllers;
using SpareSim.Models.Network.Engine;
using SpareSim.Models.Network.File;

namespace SpareSim.Models.Tests.Network;

/// <summary>
/// Independent replications of a network model file (replication r draws from
/// <c>new RandomStreams(seed, r)</c>) and t-based confidence intervals from the replication means;
/// plus the closed forms the network tests compare with (Poisson EBO).
/// </summary>
internal sealed class NetworkRuns
{
    /// <summary>Two-sided confidence of the intervals the tests assert (a false alarm about once in 1,000 checks per fixed seed; seeds are fixed).</summary>
    public const double Confidence = 0.999;

    private readonly double[][] _runs;

    private NetworkRuns(NetworkBlueprint blueprint, double[][] runs, double observedTime)
    {
        Blueprint = blueprint;
        _runs = runs;
        ObservedTime = observedTime;
    }

    public NetworkBlueprint Blueprint { get; }

    public int Count => _runs.Length;

    public double ObservedTime { get; }

    public static NetworkBlueprint Build(string json, ControllerRegistry? registry = null, string? directory = null) =>
        new(NetworkModelFile.Parse(json, "test", directory ?? Path.GetTempPath()), registry ?? ControllerRegistry.WithBuiltIns());

    public static NetworkRuns Run(string json, ulong seed, int count, double warmUp, double observedTime) =>
        Run(Build(json), seed, count, warmUp, observedTime);

    public static NetworkRuns Run(NetworkBlueprint blueprint, ulong seed, int count, double warmUp, double observedTime)
    {
        var runs = new double[count][];
        Parallel.For(0, count, r => runs[r] = SupplyNetwork.Run(blueprint, new RandomStreams(seed, r), warmUp, observedTime).Measures);
        return new NetworkRuns(blueprint, runs, observedTime);
    }

    public double[] Values(string measure)
    {
        int index = Blueprint.Measures.ToList().IndexOf(measure);
        Assert.True(index >= 0, $"no measure '{measure}'; measures: {string.Join(", ", Blueprint.Measures)}");
        return _runs.Select(r => r[index]).ToArray();
    }

    /// <summary>The mean over replications and the half-width of its t-based interval at <see cref="Confidence"/>.</summary>
    public (double Mean, double HalfWidth) Interval(string measure)
    {
        var x = Values(measure);
        double mean = x.Average();
        double variance = x.Sum(v => (v - mean) * (v - mean)) / (x.Length - 1);
        double t = MathNet.Numerics.Distributions.StudentT.InvCDF(0, 1, x.Length - 1, 1 - (1 - Confidence) / 2);
        return (mean, t * Math.Sqrt(variance / x.Length));
    }

    /// <summary>Asserts the exact value lies in the interval of <paramref name="measure"/>; returns a line for the test output.</summary>
    public string AssertContains(string measure, double exact)
    {
        var (mean, half) = Interval(measure);
        string line = $"{measure}: exact {exact:G6}, simulated {mean:G6} ± {half:G3} ({Confidence:P1} t-CI, {Count} × {ObservedTime:G4}; rel. half-width {half / Math.Abs(exact):P2})";
        Assert.True(Math.Abs(mean - exact) <= half, "outside the interval: " + line);
        return line;
    }

    /// <summary>P(N = n) for N ~ Poisson(<paramref name="mean"/>), n = 0 … <paramref name="last"/>.</summary>
    public static double[] PoissonProbabilities(double mean, int last)
    {
        var p = new double[last + 1];
        p[0] = Math.Exp(-mean);
        for (int n = 1; n <= last; n++) p[n] = p[n - 1] * mean / n;
        return p;
    }

    /// <summary>E[(N − s)⁺] for N ~ Poisson(<paramref name="mean"/>): mean − s + Σ_{n&lt;s} (s − n) P(N = n).</summary>
    public static double ExpectedBackorders(int s, double mean)
    {
        if (s <= 0) return mean - s;
        var p = PoissonProbabilities(mean, s - 1);
        double sum = 0;
        for (int n = 0; n < s; n++) sum += (s - n) * p[n];
        return mean - s + sum;
    }
}
