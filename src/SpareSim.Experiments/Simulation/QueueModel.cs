using SpareSim.Analytics.Common;
using SpareSim.Core.Distributions;
using SpareSim.Core.Kernel;
using KernelSimulation = SpareSim.Core.Kernel.Simulation;
using SpareSim.Core.Resources;
using SpareSim.Core.Statistics;

namespace SpareSim.Experiments.Simulation;

/// <summary>
/// The M/M/c queue ("mmc-queue"): the pipeline's reference model, whose measures have closed
/// forms (Erlang C), so the runner's confidence intervals can be checked for coverage.
/// Measures: mean waiting time in queue, time-average queue length, server utilization.
/// </summary>
public sealed class QueueModel : ISimulationModel, IPilotSeriesModel
{
    /// <inheritdoc />
    public string Name => "mmc-queue";

    /// <inheritdoc />
    public string Description => "M/M/c queue: Poisson arrivals, exponential service, c servers";

    /// <inheritdoc />
    public IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        ParameterSpec.Number("arrival_rate", "arrivals per time unit", 0.5, ParameterRule.Positive),
        ParameterSpec.Number("service_rate", "services per time unit per server", 1.0, ParameterRule.Positive),
        ParameterSpec.Number("servers", "number of servers c", 1, ParameterRule.PositiveInteger),
        ParameterSpec.Number("initial_queue", "customers waiting at time 0 (to create a transient)", 0, ParameterRule.NonNegativeInteger),
    ];

    /// <inheritdoc />
    /// <remarks>The analytic_… measures are Erlang C's steady-state values, reported beside the simulated ones.</remarks>
    public IReadOnlyList<string> Measures { get; } =
        ["mean_waiting_time", "mean_queue_length", "utilization", "analytic_mean_waiting_time", "analytic_mean_queue_length", "analytic_utilization"];

    /// <inheritdoc />
    public string? MeasureUnit(string measure) => measure is "mean_queue_length" or "analytic_mean_queue_length" ? "customers (time average)" : null;

    /// <inheritdoc />
    public string? ValidateScenario(Scenario scenario) =>
        scenario.GetDouble("arrival_rate") >= scenario.GetDouble("service_rate") * scenario.GetInt("servers")
            ? "arrival_rate must be below servers x service_rate, or the queue is unstable"
            : null;

    /// <inheritdoc />
    public RunEstimate? Estimate(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        // An arrival and a service completion per customer; a waiting customer holds a process and a request.
        return new RunEstimate(2 * scenario.GetDouble("arrival_rate"), 64_000 + 400 * scenario.GetDouble("initial_queue"), 0, "initial_queue");
    }

    /// <inheritdoc />
    public double[] RunReplication(Scenario scenario, ReplicationContext context)
    {
        var run = new QueueRun(scenario, context);
        run.Sim.Run(context.WarmUp);
        run.ResetStatistics();
        run.Sim.Run(context.WarmUp + context.RunLength);
        double now = run.Sim.Now;
        int c = scenario.GetInt("servers");
        double lambda = scenario.GetDouble("arrival_rate"), mu = scenario.GetDouble("service_rate");
        return
        [
            run.Waits.Count > 0 ? run.Waits.Mean : 0, run.Queue.TimeAverage(now), run.Busy.TimeAverage(now) / c,
            ErlangDelay.MeanWait(c, lambda, mu), ErlangDelay.MeanQueueLength(c, lambda, mu), lambda / (c * mu),
        ];
    }

    /// <inheritdoc />
    public double[] RunPilotSeries(Scenario scenario, ReplicationContext context, double length, int intervals)
    {
        var run = new QueueRun(scenario, context);
        var series = new double[intervals];
        double width = length / intervals;
        for (int i = 0; i < intervals; i++)
        {
            run.ResetStatistics();
            run.Sim.Run((i + 1) * width);
            series[i] = run.Waits.Count > 0 ? run.Waits.Mean : 0;
        }
        return series;
    }

    /// <summary>One replication's state: the kernel model and its collectors.</summary>
    private sealed class QueueRun
    {
        private readonly Resource _servers;

        public QueueRun(Scenario scenario, ReplicationContext context)
        {
            var arrivals = Exponential.FromRate(scenario.GetDouble("arrival_rate"));
            var service = Exponential.FromRate(scenario.GetDouble("service_rate"));
            var arrivalStream = context.Streams.Get("arrivals");
            var serviceStream = context.Streams.Get("service");
            _servers = new Resource(Sim, scenario.GetInt("servers"));

            IEnumerable<Event> Customer()
            {
                double arrived = Sim.Now;
                using var request = _servers.Request();
                Record();
                yield return request;
                Record();
                Waits.Add(Sim.Now - arrived);
                yield return Sim.Timeout(service.Sample(serviceStream));
                Busy.Update(Sim.Now, _servers.Count - 1);
            }

            IEnumerable<Event> Source()
            {
                for (int i = 0; i < scenario.GetInt("initial_queue"); i++) Sim.Process(Customer(), "customer");
                while (true)
                {
                    yield return Sim.Timeout(arrivals.Sample(arrivalStream));
                    Sim.Process(Customer(), "customer");
                }
            }

            Sim.Process(Source(), "arrivals");
        }

        public KernelSimulation Sim { get; } = new();

        public Tally Waits { get; } = new();

        public TimeWeightedStatistic Queue { get; } = new();

        public TimeWeightedStatistic Busy { get; } = new();

        public void ResetStatistics()
        {
            Waits.Reset();
            Queue.Reset(Sim.Now);
            Busy.Reset(Sim.Now);
        }

        private void Record()
        {
            Queue.Update(Sim.Now, _servers.PutQueue.Count);
            Busy.Update(Sim.Now, _servers.Count);
        }
    }
}
