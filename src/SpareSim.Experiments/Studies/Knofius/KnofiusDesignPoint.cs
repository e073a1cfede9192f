using SpareSim.Analytics.DualSourcing;

namespace SpareSim.Experiments.Studies.Knofius;

/// <summary>One instance of the factorial: its running number, CM item, and parameters.</summary>
public sealed record KnofiusDesignPoint(int Index, int Item, DualSourcingInstance Instance);
