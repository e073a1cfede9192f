using SpareSim.Benchmarks;

namespace SpareSim.Cli;

/// <summary><c>sparesim bench kernel|hold|echelon|network|analytics</c>: events per second on the reference workloads; seconds for the reduced analytics factorial.</summary>
internal sealed class BenchCommand : ICommand
{
    public string Name => "bench";

    public string Summary => "bench kernel|echelon|network [--years Y] | hold [--processes N,...] [--events E] [--list-only] | analytics: events per second (kernel: machine shop, installed base; hold: the hold model, time per event against the number of processes, or with --list-only the event list alone with as many entries; echelon: multi-echelon CMC/RMC network on the supply-network engine; network: supply-network engine vs the hand-written kernel model of the installed-base case); analytics: seconds for a fixed reduced Knofius Table 2 factorial";

    public int Execute(string[] args)
    {
        // A benchmark keeps nothing, so Ctrl+C or SIGTERM only needs saying before the process ends.
        using var signals = StopSignals.Ending(() => Console.Error.WriteLine("sparesim bench: interrupted; a benchmark writes no file, so nothing is left behind"));
        return Run(args);
    }

    private static int Run(string[] args)
    {
        if (args.Length == 1 && args[0] == "analytics")
        {
            // Untimed warm-up on the same work: the JIT's optimised tier, as for the kernel below.
            AnalyticsBenchmark.Run();
            var r = AnalyticsBenchmark.Run();
            Console.WriteLine($"analytics instances: {r.Instances}");
            Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"analytics wall-seconds: {r.WallSeconds:F3}"));
            Console.WriteLine($"analytics check: {r.Check}");
            return 0;
        }
        if (args.Length > 0 && args[0] == "hold") return Hold(args);
        if (args.Length == 0 || args[0] is not ("kernel" or "echelon" or "network"))
        {
            Console.Error.WriteLine("usage: sparesim bench kernel|echelon|network [--years Y] | hold [--processes N,N,...] [--events E] [--list-only] | analytics   (Y: simulated years; kernel: of the machine shop, default 10; echelon: default 20000; network: installed-base case, default 10)");
            return 2;
        }
        double years = args[0] == "echelon" ? 20_000 : 10; // kernel and network: years of their workloads; echelon: of the network
        if (args.Length == 3 && args[1] == "--years")
        {
            // At most a thousand times the default: beyond that a run takes hours (the kernel's
            // default is about half a second), which no typo should start.
            double most = 1000 * years;
            if (!double.TryParse(args[2], System.Globalization.CultureInfo.InvariantCulture, out double given) || !(given > 0) || !(given <= most))
            {
                Console.Error.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"sparesim bench {args[0]}: --years must be a positive number of at most {most:G} (a thousand times the default), got '{args[2]}'"));
                return 2;
            }
            years = given;
        }
        else if (args.Length != 1)
        {
            Console.Error.WriteLine("usage: sparesim bench kernel|echelon|network [--years Y] | hold [--processes N,N,...] [--events E] [--list-only] | analytics");
            return 2;
        }

        if (args[0] == "network")
        {
            var rounds = NetworkVersusKernelBenchmark.Run(horizon: years * 200_000, rounds: 3);
            foreach (var (kernel, network) in rounds)
            {
                Report(kernel);
                Report(network);
            }
            var ratios = rounds.Select(r => r.Network.EventsPerSecond / r.Kernel.EventsPerSecond).Order().ToList();
            Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"network/hand-written kernel model events/s ratio: median {ratios[1]:F3} (rounds: {string.Join(", ", ratios.Select(x => x.ToString("F3", System.Globalization.CultureInfo.InvariantCulture)))})"));
            return 0;
        }

        if (args[0] == "echelon")
        {
            EchelonNetworkBenchmark.Run(years, seed: 1); // untimed: JIT warm-up, as below
            Report(EchelonNetworkBenchmark.Run(years, seed: 2026));
            return 0;
        }

        // Tiered JIT with dynamic PGO needs a few hundred milliseconds of the same code before the
        // optimized tier is in place (measured: the first second runs at a third of the steady
        // speed), so a full-length untimed run with another seed precedes each timed one.
        new MachineShopBenchmark(1).Run(weeks: years * 52);
        new InstalledBaseBenchmark(1).Run(horizon: years * 200_000);

        _ = ReportKernel(() => new MachineShopBenchmark(2026).Run(weeks: years * 52));
        _ = ReportKernel(() => new InstalledBaseBenchmark(2026).Run(horizon: years * 200_000));
        return 0;
    }

    /// <summary>
    /// Runs a kernel workload and reports, besides the usual lines, its CPU time (robust on a
    /// shared machine, where wall time is not) and the bytes it allocated per event, as
    /// SimSharp's bench of the same workloads does.
    /// </summary>
    private static KernelBenchmarkResult ReportKernel(Func<KernelBenchmarkResult> run)
    {
        var process = System.Diagnostics.Process.GetCurrentProcess();
        var cpu0 = process.TotalProcessorTime;
        long bytes0 = GC.GetAllocatedBytesForCurrentThread();
        var r = run();
        long bytes = GC.GetAllocatedBytesForCurrentThread() - bytes0;
        process.Refresh();
        double cpu = (process.TotalProcessorTime - cpu0).TotalSeconds;
        Report(r);
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"{r.Name} cpu-seconds: {cpu:F3}"));
        Console.WriteLine(string.Create(inv, $"{r.Name} events/cpu-s: {r.Events / cpu:F0}"));
        Console.WriteLine(string.Create(inv, $"{r.Name} bytes/event: {(double)bytes / r.Events:F1}"));
        return r;
    }

    private const int MaxHoldProcesses = 10_000_000;
    private const long MaxHoldEvents = 20_000_000_000;

    /// <summary>
    /// <c>bench hold [--processes N,N,...] [--events E] [--list-only]</c>: the hold model, time per
    /// event against n; with --list-only the event list alone, time per pop and push against n.
    /// </summary>
    private static int Hold(string[] args)
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        int[] sizes = [100, 1_000, 10_000, 100_000, 1_000_000];
        long events = 20_000_000;
        bool listOnly = false;
        for (int i = 1; i < args.Length; i += 2)
        {
            if (args[i] == "--list-only")
            {
                listOnly = true;
                i--; // a flag: no value follows
                continue;
            }
            string value = i + 1 < args.Length ? args[i + 1] : "";
            if (args[i] == "--processes")
            {
                var parsed = value.Split(',').Select(x => int.TryParse(x, System.Globalization.NumberStyles.Integer, inv, out int n) && n >= 1 ? n : 0).ToArray();
                if (parsed.Length == 0 || parsed.Contains(0))
                {
                    Console.Error.WriteLine($"sparesim bench hold: --processes must be a comma-separated list of positive integers, got '{value}'");
                    return 2;
                }
                // A process of the hold model takes a few hundred bytes: far more than this many
                // would not fit in memory, and the run would be killed instead of failing.
                if (parsed.Max() > MaxHoldProcesses)
                {
                    Console.Error.WriteLine($"sparesim bench hold: --processes must be at most {MaxHoldProcesses.ToString("N0", inv)} (a few GB of processes), got {parsed.Max().ToString("N0", inv)}");
                    return 2;
                }
                sizes = parsed;
            }
            else if (args[i] == "--events")
            {
                if (!long.TryParse(value, System.Globalization.NumberStyles.Integer, inv, out events) || events < 1 || events > MaxHoldEvents)
                {
                    Console.Error.WriteLine($"sparesim bench hold: --events must be a positive integer of at most {MaxHoldEvents.ToString("N0", inv)} (a thousand times the default), got '{value}'");
                    return 2;
                }
            }
            else
            {
                Console.Error.WriteLine("usage: sparesim bench hold [--processes N,N,...] [--events E] [--list-only]");
                return 2;
            }
        }
        Func<int, ulong, KernelBenchmarkResult> run = listOnly
            ? (n, seed) => EventListBenchmark.Run(n, events, seed)
            : (n, seed) => HoldModelBenchmark.Run(n, events, seed);
        run(sizes[0], 1); // untimed: JIT warm-up
        foreach (int n in sizes)
        {
            var r = ReportKernel(() => run(n, 2026));
            double nsPerEvent = r.WallSeconds * 1e9 / r.Events;
            Console.WriteLine(string.Create(inv, $"{r.Name} ns/event: {nsPerEvent:F1}"));
            Console.WriteLine(string.Create(inv, $"{r.Name} ns/event per log2(n): {nsPerEvent / Math.Log2(Math.Max(n, 2)):F2}"));
        }
        return 0;
    }

    private static void Report(KernelBenchmarkResult r)
    {
        Console.WriteLine($"{r.Name} events/s: {r.EventsPerSecond:F0}");
        Console.WriteLine($"{r.Name} wall-seconds: {r.WallSeconds:F3}");
        Console.WriteLine($"{r.Name} events: {r.Events}");
        Console.WriteLine($"{r.Name} check: {r.Check}");
    }
}
