using SpareSim.Analytics.LifeCycleCost;

namespace SpareSim.Analytics.Common;

/// <summary>
/// The steady state of the M/M/c queue (Erlang C): the probability that an arrival waits, the
/// mean wait in queue W_q and the mean queue length L_q = λ W_q. The delay probability comes
/// from the Erlang loss probability B of the same load, C = B / (1 − ρ (1 − B)), whose recursion
/// never forms a^c or c!.
/// </summary>
public static class ErlangDelay
{
    /// <summary>P(wait) for <paramref name="servers"/> servers, arrival rate λ and service rate μ per server (λ &lt; c μ).</summary>
    public static double WaitProbability(int servers, double arrivalRate, double serviceRate)
    {
        double load = Load(servers, arrivalRate, serviceRate);
        double rho = load / servers;
        double b = ErlangLoss.Probability(servers, load);
        return b / (1 - rho * (1 - b));
    }

    /// <summary>The mean time a customer waits before service, W_q = C / (c μ − λ).</summary>
    public static double MeanWait(int servers, double arrivalRate, double serviceRate) =>
        WaitProbability(servers, arrivalRate, serviceRate) / (servers * serviceRate - arrivalRate);

    /// <summary>The time-average number waiting, L_q = λ W_q (Little's law).</summary>
    public static double MeanQueueLength(int servers, double arrivalRate, double serviceRate) =>
        arrivalRate * MeanWait(servers, arrivalRate, serviceRate);

    private static double Load(int servers, double arrivalRate, double serviceRate)
    {
        if (servers < 1) throw new ArgumentOutOfRangeException(nameof(servers), servers, "needs at least one server");
        if (!(arrivalRate > 0) || !(serviceRate > 0) || !double.IsFinite(arrivalRate) || !double.IsFinite(serviceRate))
            throw new ArgumentOutOfRangeException(nameof(arrivalRate), "rates must be finite and > 0");
        if (arrivalRate >= servers * serviceRate) throw new ArgumentOutOfRangeException(nameof(arrivalRate), arrivalRate, "the queue is unstable (λ ≥ c μ)");
        return arrivalRate / serviceRate;
    }
}
