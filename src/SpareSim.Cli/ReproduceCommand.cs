using System.Diagnostics;
using System.Runtime.InteropServices;
using SpareSim.Cli.Reproduce;
using SpareSim.Experiments.Configuration;

namespace SpareSim.Cli;

/// <summary>
/// <c>sparesim reproduce</c>: rebuilds the committed results (results/NAME for every step of
/// <c>results/reproduce.json</c>), each step a sparesim child process with its output shown.
/// This is the only command that writes into results/ by default; a plain <c>sparesim run</c> of a
/// simulation experiment writes into the git-ignored runs/. Finished steps are recorded, so
/// running it again after Ctrl+C, SIGTERM or a failed step continues with the first unfinished
/// step (which resumes from its own checkpoint where the runner keeps one).
/// </summary>
internal sealed class ReproduceCommand : ICommand
{
    private readonly Func<IReadOnlyList<string>, Action<Process>, int> _runStep;
    private volatile bool _interrupted;
    private Process? _child;

    public ReproduceCommand() : this(RunChild) { }

    /// <summary>For tests: <paramref name="runStep"/> runs one step's arguments and returns its exit code.</summary>
    internal ReproduceCommand(Func<IReadOnlyList<string>, Action<Process>, int> runStep) => _runStep = runStep;

    public string Name => "reproduce";

    public string Summary => "reproduce [--list] [--only A,B] [--restart] [--threads N]: rebuild the committed results/ (hours; resumable)";

    public int Execute(string[] args)
    {
        if (args is ["--help"] or ["-h"])
        {
            Console.WriteLine("usage: sparesim " + Summary);
            Console.WriteLine($"  --list            the steps ({ReproduceArguments.DefaultManifest}) with their commands and usual durations; runs nothing");
            Console.WriteLine("  --only A,B        only these steps (names as --list shows them)");
            Console.WriteLine($"  --restart         forget finished steps ({ReproduceProgress.FileName}) and start from the first");
            Console.WriteLine("  --threads N       passed to each run step");
            Console.WriteLine("  --manifest FILE   another list of steps; results go into the folder that holds it");
            return 0;
        }
        return CommandErrors.Guard(() => Reproduce(ReproduceArguments.Parse(args)));
    }

    private int Reproduce(ReproduceArguments options)
    {
        var steps = ReproducePlan.Load(options.Manifest);
        string results = Path.GetDirectoryName(options.Manifest) is { Length: > 0 } d ? d : ".";
        if (options.Only is { } only)
        {
            var unknown = only.Where(n => steps.All(s => s.Name != n)).ToList();
            if (unknown.Count > 0)
                throw new ExperimentInputException("--only", $"no step named {string.Join(", ", unknown.Select(u => $"'{u}'"))}; the steps: {string.Join(", ", steps.Select(s => s.Name))}");
            steps = steps.Where(s => only.Contains(s.Name)).ToList();
        }
        var progress = new ReproduceProgress(results, options.Restart && !options.List);
        if (options.List)
        {
            foreach (var s in steps)
                Console.WriteLine($"{s.Name,-26} {ReproducePlan.About(s.Minutes),-14} {s.CommandLine(results, options.Threads)}{(progress.IsDone(s.Name, s.CommandLine(results, options.Threads)) ? "   [done]" : "")}");
            Console.WriteLine($"{steps.Count} steps, {ReproducePlan.About(steps.Sum(s => s.Minutes))} in all on the 2-core development machine");
            return 0;
        }
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
        var clock = Stopwatch.StartNew();
        double left = steps.Sum(s => s.Minutes);
        for (int i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            string line = step.CommandLine(results, options.Threads);
            string position = $"[{i + 1}/{steps.Count}] {step.Name}";
            if (progress.IsDone(step.Name, line))
            {
                Console.WriteLine($"{position}: done in an earlier reproduce, skipped ({ReproduceProgress.FileName}; --restart runs it again)");
                left -= step.Minutes;
                continue;
            }
            if (_interrupted) return Interrupted(step.Name);
            Console.WriteLine($"{position}: {line}   ({ReproducePlan.About(step.Minutes)}; {ReproducePlan.About(left)} left, {clock.Elapsed.TotalMinutes:F1} min so far)");
            var started = clock.Elapsed;
            int code = _runStep(step.Arguments(results, options.Threads), child => _child = child);
            _child = null;
            if (_interrupted || code == 130) return Interrupted(step.Name);
            if (code != 0)
            {
                Console.Error.WriteLine($"sparesim: step {step.Name} failed (exit {code}): {line}; the steps before it are recorded, so after a fix `sparesim reproduce` continues with it");
                return 1;
            }
            progress.MarkDone(step.Name, line);
            left -= step.Minutes;
            Console.WriteLine($"{position}: done in {(clock.Elapsed - started).TotalSeconds:F1} s");
        }
        progress.Clear(steps.Select(s => s.Name));
        Console.WriteLine($"reproduced {steps.Count} step(s) into {results}/ in {clock.Elapsed.TotalMinutes:F1} min; `git diff --stat {results}` shows what changed");
        return 0;
    }

    /// <summary>Ctrl+C or SIGTERM: the child gets the signal too (Ctrl+C reaches the whole process group; SIGTERM is passed on), writes its checkpoint and exits 130.</summary>
    private void OnSignal(PosixSignalContext context)
    {
        context.Cancel = true;
        _interrupted = true;
        if (context.Signal == PosixSignal.SIGTERM && _child is { HasExited: false } child)
            Process.Start(new ProcessStartInfo("kill", ["-TERM", child.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]) { UseShellExecute = false })?.WaitForExit();
    }

    private static int Interrupted(string step)
    {
        Console.Error.WriteLine($"sparesim: interrupted in step {step}; finished steps are recorded ({ReproduceProgress.FileName}), so running the same command again continues with it (from its checkpoint where it keeps one)");
        return 130;
    }

    /// <summary>Runs this sparesim again as a child process on the same console.</summary>
    private static int RunChild(IReadOnlyList<string> args, Action<Process> started)
    {
        string host = Environment.ProcessPath ?? "dotnet";
        var info = new ProcessStartInfo(host) { UseShellExecute = false };
        // Under `dotnet sparesim.dll` the host is dotnet and the program is this assembly.
        if (Path.GetFileNameWithoutExtension(host) == "dotnet") info.ArgumentList.Add(typeof(ReproduceCommand).Assembly.Location);
        foreach (var a in args) info.ArgumentList.Add(a);
        using var child = Process.Start(info) ?? throw new InvalidOperationException($"could not start {host}");
        started(child);
        child.WaitForExit();
        return child.ExitCode;
    }
}
