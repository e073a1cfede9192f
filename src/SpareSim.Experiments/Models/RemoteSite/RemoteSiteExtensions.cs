namespace SpareSim.Experiments.Models.RemoteSite;

/// <summary>
/// What the chapter's MDP leaves out, for stress tests: unreliable convoys and a limited printer.
/// The defaults switch everything off (the chapter's model).
/// </summary>
public sealed record RemoteSiteExtensions
{
    /// <summary>Probability that a convoy is cancelled (the site waits for the next one).</summary>
    public double ConvoyCancellationProbability { get; init; }

    /// <summary>Equally likely delays of a convoy in whole days (empty: on time).</summary>
    public IReadOnlyList<double> ConvoyDelayDays { get; init; } = [];

    /// <summary>Stopgaps the printer can print per night (0: unlimited).</summary>
    public int PrintsPerNight { get; init; }

    /// <summary>Probability that a print is unusable (cost and material spent, the system keeps waiting).</summary>
    public double FailedPrintProbability { get; init; }

    /// <summary>Raw material per print (cc; 0 with <see cref="MaterialCapacity"/> 0: unlimited material).</summary>
    public double PrintVolume { get; init; }

    /// <summary>Raw material the convoy tops the store up to (cc; 0: unlimited).</summary>
    public double MaterialCapacity { get; init; }

    /// <summary>Mean days between printer breakdowns (exponential; 0: the printer never breaks down).</summary>
    public double PrinterMeanUptime { get; init; }

    /// <summary>Mean days a broken printer is down (exponential).</summary>
    public double PrinterMeanRepair { get; init; }

    /// <summary>The chapter's model.</summary>
    public static RemoteSiteExtensions None { get; } = new();
}
