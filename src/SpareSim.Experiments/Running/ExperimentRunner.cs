using System.Diagnostics;
using SpareSim.Core.Random;
using SpareSim.Experiments.Analysis;
using SpareSim.Experiments.Configuration;
using SpareSim.Experiments.Simulation;

namespace SpareSim.Experiments.Running;

/// <summary>
/// Runs the (scenario, replication) pairs of an experiment (or of one shard) in parallel.
/// Each pair draws from the streams of (master seed, replication), so its numbers do not depend
/// on the thread count, the shard, or the other scenarios; each completed pair is checkpointed,
/// so an interrupted run resumes where it stopped.
/// </summary>
public sealed class ExperimentRunner
{
    private const int PilotIntervals = 100;
    // Pilot runs use their own replication index so that they never share numbers with a replication.
    private const int PilotReplication = 1_000_000;

    private readonly ExperimentDefinition _definition;
    private readonly RunOptions _options;
    private readonly Dictionary<(int, int), ReplicationRecord> _done = new();
    private readonly object _gate = new();
    private readonly Stopwatch _clock = new();
    private int _resumed;
    private int _planned;

    /// <summary>Prepares a run; throws <see cref="ExperimentInputException"/> for option combinations that cannot work.</summary>
    public ExperimentRunner(ExperimentDefinition definition, RunOptions options)
    {
        _definition = definition;
        _options = options;
        if (options.Threads < 1) throw new ExperimentInputException("--threads", $"must be >= 1, got {options.Threads}");
        if (definition.TargetRelativeHalfWidth is not null && !options.Shard.IsWhole)
            throw new ExperimentInputException("--shard", "an experiment with TargetRelativeHalfWidth decides its replication count as it goes and cannot be sharded; set Replications instead");
    }

    /// <summary>Set when the output folder held a checkpoint of another configuration, which was discarded.</summary>
    public bool DiscardedStaleCheckpoint { get; private set; }

    /// <summary>
    /// Runs (or resumes from <paramref name="checkpoint"/>; null runs in memory only) and returns
    /// every replication of the shard, sorted by (scenario, replication).
    /// </summary>
    public IReadOnlyList<ReplicationRecord> Run(Checkpoint? checkpoint)
    {
        _clock.Start();
        DiscardedStaleCheckpoint = checkpoint?.Discarded ?? false;
        if (checkpoint is not null) Resume(checkpoint);
        foreach (var note in _discarded) _options.Log?.WriteLine($"note: {note}");
        _resumed = _done.Count;

        var warmUps = WarmUps();
        var counts = _definition.Scenarios.Select(_ => _definition.Replications).ToArray();
        var pending = Plan(counts);
        // The precision target is evaluated after every round, also when a resumed checkpoint
        // already holds all of a round: the rounds (and so the replication counts) are then the
        // same as in an uninterrupted run.
        while (true)
        {
            if (pending.Count > 0) Execute(pending, warmUps, checkpoint);
            if (_definition.TargetRelativeHalfWidth is not { } target) break;
            pending = Extend(counts, target, out bool grew);
            if (!grew) break;
        }
        return _done.Values
            .Where(r => r.Replication < counts[r.Scenario])
            .OrderBy(r => r.Scenario).ThenBy(r => r.Replication).ToList();
    }

    /// <summary>Notes about checkpoint records that were damaged or did not fit the configuration and were discarded.</summary>
    public IReadOnlyList<string> DiscardedRecords => _discarded;

    private readonly List<string> _discarded = new();

    /// <summary>Takes the checkpoint's records that fit this configuration and shard; names and discards the others.</summary>
    private void Resume(Checkpoint checkpoint)
    {
        var loaded = checkpoint.Load();
        _discarded.AddRange(loaded.Damaged);
        int limit = _definition.TargetRelativeHalfWidth is null ? _definition.Replications : _definition.MaxReplications;
        int measures = _definition.Model.Measures.Count;
        foreach (var (file, record) in loaded.Records)
        {
            string? problem =
                record.Scenario < 0 || record.Scenario >= _definition.Scenarios.Count ? $"scenario {record.Scenario} is outside 0..{_definition.Scenarios.Count - 1}"
                : record.Replication < 0 || record.Replication >= limit ? $"replication {record.Replication} is outside 0..{limit - 1}"
                : record.Values.Length != measures ? $"it holds {record.Values.Length} values for {measures} measures"
                : (record.Series?.Length ?? 0) != SeriesLength ? $"it holds {record.Series?.Length ?? 0} time-series values for {SeriesLength}"
                : !_options.Shard.Contains(Position(record.Scenario, record.Replication)) ? $"it does not belong to shard {_options.Shard}"
                : null;
            if (problem is null)
            {
                _done[(record.Scenario, record.Replication)] = record;
                continue;
            }
            _discarded.Add($"{file}: {problem}");
            checkpoint.Discard(file);
        }
    }

    private int SeriesLength => _definition.TimeSeries is { } s ? s.Points * s.Measures.Count : 0;

    /// <summary>
    /// The decision log (<see cref="ExperimentDefinition.DecisionLog"/>): the logged replications
    /// run again with the log on, in (scenario, replication) order, until the size limit; null
    /// when the experiment keeps none. A replication draws the same numbers as in the run, so its
    /// log is that run's (and is the same after a resume).
    /// </summary>
    public EventLog? RunDecisionLog(IReadOnlyList<ReplicationRecord> records)
    {
        if (_definition.DecisionLog is not { } spec) return null;
        var model = (IRecordingModel)_definition.Model;
        var rows = new List<EventLogRow>();
        long dropped = 0;
        foreach (var record in records.Where(r => r.Replication < spec.Replications).OrderBy(r => r.Scenario).ThenBy(r => r.Replication))
        {
            _options.Cancellation.ThrowIfCancellationRequested();
            int room = spec.MaxRows - rows.Count;
            var scenario = _definition.Scenarios[record.Scenario];
            var context = new ReplicationContext(new RandomStreams(_definition.MasterSeed, record.Replication), record.Replication, _definition.RunLength, record.WarmUp);
            if (room <= 0)
            {
                var unkept = model.RunLogged(scenario, context, 1, out long more);
                dropped += more + unkept.Count;
                continue;
            }
            var logged = model.RunLogged(scenario, context, room, out long past);
            dropped += past;
            rows.AddRange(logged.Select(e => new EventLogRow(record.Scenario, record.Replication, e)));
        }
        return new EventLog(rows, dropped, spec.MaxRows);
    }

    private long Position(int scenario, int replication) => (long)scenario * _definition.Replications + replication;

    private List<(int Scenario, int Replication)> Plan(int[] counts)
    {
        var pairs = new List<(int, int)>();
        for (int s = 0; s < counts.Length; s++)
            for (int r = 0; r < counts[s]; r++)
                if (_options.Shard.Contains(Position(s, r))) pairs.Add((s, r));
        _planned = pairs.Count;
        return pairs.Where(p => !_done.ContainsKey(p)).ToList();
    }

    /// <summary>Adds replications to scenarios whose primary measure is not yet precise enough.</summary>
    private List<(int, int)> Extend(int[] counts, double target, out bool grew)
    {
        int primary = _definition.Model.Measures.ToList().IndexOf(_definition.PrimaryMeasure);
        var rule = new SequentialStoppingRule(target, minimumReplications: Math.Min(5, _definition.Replications));
        grew = false;
        for (int s = 0; s < counts.Length; s++)
        {
            if (counts[s] >= _definition.MaxReplications) continue;
            var values = Enumerable.Range(0, counts[s]).Select(r => _done[(s, r)].Values[primary]).ToList();
            var decision = rule.Evaluate(values);
            if (decision.IsSatisfied) continue;
            int more = Math.Max(1, decision.EstimatedAdditionalReplications ?? counts[s]);
            counts[s] = (int)Math.Min(_definition.MaxReplications, (long)counts[s] + more);
            grew = true;
        }
        return grew ? Plan(counts) : [];
    }

    private double[] WarmUps()
    {
        var scenarios = _definition.Scenarios;
        if (!_definition.WarmUpByMser5) return scenarios.Select(_ => _definition.WarmUp!.Value).ToArray();
        var model = (IPilotSeriesModel)_definition.Model;
        var warmUps = new double[scenarios.Count];
        double width = _definition.RunLength / PilotIntervals;
        Parallel.For(0, scenarios.Count, new ParallelOptions { MaxDegreeOfParallelism = _options.Threads, CancellationToken = _options.Cancellation }, s =>
        {
            var context = new ReplicationContext(new RandomStreams(_definition.MasterSeed, PilotReplication), PilotReplication, _definition.RunLength, 0);
            var series = model.RunPilotSeries(scenarios[s], context, _definition.RunLength, PilotIntervals);
            warmUps[s] = Mser5.Find(series).TruncationIndex * width;
        });
        return warmUps;
    }

    private void Execute(List<(int Scenario, int Replication)> pairs, double[] warmUps, Checkpoint? checkpoint)
    {
        var model = _definition.Model;
        int measures = model.Measures.Count;
        Report();
        Parallel.ForEach(pairs, new ParallelOptions { MaxDegreeOfParallelism = _options.Threads, CancellationToken = _options.Cancellation }, pair =>
        {
            var (s, r) = pair;
            var scenario = _definition.Scenarios[s];
            var context = new ReplicationContext(new RandomStreams(_definition.MasterSeed, r), r, _definition.RunLength, warmUps[s]);
            double[] values;
            double[]? series = null;
            try
            {
                values = _definition.TimeSeries is { } spec
                    ? ((IRecordingModel)model).RunReplication(scenario, context, spec, out series)
                    : model.RunReplication(scenario, context);
            }
            catch (Exception ex) when (ex is not ExperimentInputException and not OperationCanceledException)
            {
                throw new InvalidOperationException($"scenario '{scenario.Name}', replication {r} failed: {UserMessage.Of(ex)}", ex);
            }
            if (values.Length != measures)
                throw new InvalidOperationException($"model '{model.Name}' returned {values.Length} values for {measures} measures");
            var record = new ReplicationRecord(s, r, warmUps[s], values, series);
            checkpoint?.Save(record);
            lock (_gate) _done[(s, r)] = record;
            Report();
        });
    }

    private void Report()
    {
        if (_options.Progress is null) return;
        RunProgress progress;
        lock (_gate)
        {
            int scenariosDone = _done.Keys.GroupBy(k => k.Item1).Count(g => g.Count() >= ExpectedInShard(g.Key));
            progress = new RunProgress(_done.Count, Math.Max(_planned, _done.Count), _resumed, scenariosDone, _definition.Scenarios.Count, _clock.Elapsed);
        }
        _options.Progress(progress);
    }

    private int ExpectedInShard(int scenario) =>
        Enumerable.Range(0, _definition.Replications).Count(r => _options.Shard.Contains(Position(scenario, r)));
}
