namespace SpareSim.Analytics.PreventiveMaintenance;

/// <summary>The three spare-part policies of chapter 4.</summary>
public enum PmPolicy
{
    /// <summary>B: a regular spare is ordered at each installation and held until used.</summary>
    Benchmark,

    /// <summary>TR: regular parts just in time; a printed part bridges an early failure until the regular part arrives.</summary>
    TemporaryReplacement,

    /// <summary>DA: as TR, but the printed part stays in until its own PM age t_p or its failure.</summary>
    DoubleAgeBased,
}
