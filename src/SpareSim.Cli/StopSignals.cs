using System.Runtime.InteropServices;

namespace SpareSim.Cli;

/// <summary>
/// Ctrl+C (SIGINT) and SIGTERM (kill, Slurm's scancel) for one command, for as long as the
/// returned object is not disposed: each calls <c>onStop</c>. A command that stops itself (it
/// cancels its work and exits 130 through <see cref="CommandErrors"/>) keeps the process
/// running; otherwise the signal ends the process after <c>onStop</c>, as it would without us.
/// </summary>
internal sealed class StopSignals : IDisposable
{
    private readonly ConsoleCancelEventHandler _onCancel;
    private readonly PosixSignalRegistration _terminate;

    private StopSignals(Action onStop, bool stopsItself)
    {
        _onCancel = (_, e) =>
        {
            e.Cancel = stopsItself;
            onStop();
        };
        Console.CancelKeyPress += _onCancel;
        _terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = stopsItself;
            onStop();
        });
    }

    /// <summary>Calls <paramref name="onStop"/> on either signal; the command then stops itself.</summary>
    public static StopSignals Cancelling(Action onStop) => new(onStop, stopsItself: true);

    /// <summary>Calls <paramref name="onStop"/> on either signal, which then ends the process.</summary>
    public static StopSignals Ending(Action onStop) => new(onStop, stopsItself: false);

    public void Dispose()
    {
        Console.CancelKeyPress -= _onCancel;
        _terminate.Dispose();
    }
}
