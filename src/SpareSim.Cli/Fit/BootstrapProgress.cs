namespace SpareSim.Cli.Fit;

/// <summary>
/// Shows a bootstrap's progress on standard error, per family: a counter redrawn in place on a
/// terminal (erased when the family is done, so the family's result line stands alone), or, when
/// output is redirected, a line at every quarter of a long bootstrap (1000 replicates or more).
/// </summary>
internal sealed class BootstrapProgress
{
    private readonly bool _interactive = ConsoleProgress.IsInteractive;
    private DateTime _lastDraw = DateTime.MinValue;
    private int _lastQuarter = -1;

    public void Report(string family, int done, int total)
    {
        if (_interactive)
        {
            if (done >= total)
            {
                Console.Error.Write("\r" + new string(' ', 60) + "\r");
                return;
            }
            if ((DateTime.UtcNow - _lastDraw).TotalMilliseconds < 100) return;
            _lastDraw = DateTime.UtcNow;
            Console.Error.Write($"\r  bootstrap {family}: {done}/{total} replicates");
            return;
        }
        if (total < 1000) return;
        int quarter = done * 4 / total;
        if (done == 0) _lastQuarter = -1;
        if (quarter == _lastQuarter || quarter == 4) return;
        _lastQuarter = quarter;
        Console.Error.WriteLine($"  bootstrap {family}: {done}/{total} replicates");
    }
}
