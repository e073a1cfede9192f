using SpareSim.Experiments.Running;

namespace SpareSim.Cli;

/// <summary>
/// Shows run progress on standard error: a bar redrawn in place on a terminal, or a plain line
/// every ten percent when output is redirected (CI logs, Slurm files).
/// </summary>
internal sealed class ConsoleProgress
{
    /// <summary>True when standard error is a terminal outside CI: progress is redrawn in place, else written as lines.</summary>
    public static bool IsInteractive => !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") is null;

    private readonly bool _interactive = IsInteractive;
    private readonly object _gate = new();
    private int _lastDecile = -1;
    private DateTime _lastDraw = DateTime.MinValue;

    public void Report(RunProgress p)
    {
        lock (_gate)
        {
            string line = Format(p);
            if (_interactive)
            {
                if (p.Done < p.Total && (DateTime.UtcNow - _lastDraw).TotalMilliseconds < 100) return;
                _lastDraw = DateTime.UtcNow;
                Console.Error.Write("\r" + line.PadRight(Math.Max(0, Console.WindowWidth - 1)));
                if (p.Done >= p.Total) Console.Error.WriteLine();
            }
            else
            {
                int decile = p.Total == 0 ? 10 : p.Done * 10 / p.Total;
                if (decile == _lastDecile) return;
                _lastDecile = decile;
                Console.Error.WriteLine(line);
            }
        }
    }

    private static string Format(RunProgress p)
    {
        const int width = 30;
        int filled = p.Total == 0 ? width : p.Done * width / p.Total;
        string eta = p.Remaining is { } r ? $"{(int)r.TotalHours}:{r.Minutes:00}:{r.Seconds:00} left" : "";
        string resumed = p.Resumed > 0 ? $", {p.Resumed} resumed" : "";
        return $"[{new string('#', filled)}{new string('.', width - filled)}] {p.Done}/{p.Total} replications{resumed}, " +
               $"{p.ScenariosDone}/{p.Scenarios} scenarios, {p.Rate:F1}/s {eta}";
    }
}
