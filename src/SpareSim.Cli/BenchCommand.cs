using SpareSim.Benchmarks;

namespace SpareSim.Cli;

/// <summary><c>sparesim bench kernel</c>: the kernel's speed on its reference workloads.</summary>
internal sealed class BenchCommand : ICommand
{
    public string Name => "bench";

    public string Summary => "bench kernel [--years Y]: kernel events per second (machine shop, installed base)";

    public int Execute(string[] args)
    {
        if (args.Length == 0 || args[0] != "kernel")
        {
            Console.Error.WriteLine("usage: sparesim bench kernel [--years Y]   (Y: simulated years of the machine shop, default 10)");
            return 2;
        }
        double years = 10;
        if (args.Length == 3 && args[1] == "--years")
        {
            if (!double.TryParse(args[2], System.Globalization.CultureInfo.InvariantCulture, out years) || !(years > 0))
            {
                Console.Error.WriteLine($"sparesim bench: --years must be a positive number, got '{args[2]}'");
                return 2;
            }
        }
        else if (args.Length != 1)
        {
            Console.Error.WriteLine("usage: sparesim bench kernel [--years Y]");
            return 2;
        }

        // Tiered JIT with dynamic PGO needs a few hundred milliseconds of the same code before the
        // optimized tier is in place (measured: the first second runs at a third of the steady
        // speed), so a full-length untimed run with another seed precedes each timed one.
        new MachineShopBenchmark(1).Run(weeks: years * 52);
        new InstalledBaseBenchmark(1).Run(horizon: years * 200_000);

        Report(new MachineShopBenchmark(2026).Run(weeks: years * 52));
        Report(new InstalledBaseBenchmark(2026).Run(horizon: years * 200_000));
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
