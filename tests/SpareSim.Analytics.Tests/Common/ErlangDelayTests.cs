using SpareSim.Analytics.Common;

namespace SpareSim.Analytics.Tests.Common;

/// <summary>Erlang C against the M/M/1 closed form, a hand-computed M/M/2 and the textbook sum for c = 5.</summary>
public class ErlangDelayTests
{
    [Theory]
    [InlineData(0.3)]
    [InlineData(0.5)]
    [InlineData(0.9)]
    public void One_server_is_the_MM1_queue(double lambda)
    {
        // M/M/1 with μ = 1: P(wait) = ρ, W_q = ρ / (μ − λ), L_q = ρ² / (1 − ρ).
        Assert.Equal(lambda, ErlangDelay.WaitProbability(1, lambda, 1), 12);
        Assert.Equal(lambda / (1 - lambda), ErlangDelay.MeanWait(1, lambda, 1), 12);
        Assert.Equal(lambda * lambda / (1 - lambda), ErlangDelay.MeanQueueLength(1, lambda, 1), 12);
    }

    [Fact]
    public void Two_servers_at_half_load_match_the_hand_computation()
    {
        // a = 1, c = 2: P0 terms 1 + 1 + (1/2)/(1/2) = 3, so P(wait) = 1/3 and W_q = (1/3) / (2 − 1).
        Assert.Equal(1.0 / 3, ErlangDelay.WaitProbability(2, 1, 1), 12);
        Assert.Equal(1.0 / 3, ErlangDelay.MeanWait(2, 1, 1), 12);
    }

    [Fact]
    public void Five_servers_match_the_textbook_sum()
    {
        const int c = 5;
        const double lambda = 3.7, mu = 0.9, a = lambda / mu, rho = a / c;
        double term = 1, sum = 0;
        for (int k = 0; k < c; k++)
        {
            sum += term;
            term *= a / (k + 1);
        }
        double tail = term / (1 - rho);   // a^c / c! / (1 − ρ)
        Assert.Equal(tail / (sum + tail), ErlangDelay.WaitProbability(c, lambda, mu), 12);
    }

    [Fact]
    public void An_unstable_queue_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ErlangDelay.MeanWait(2, 2, 1));
}
