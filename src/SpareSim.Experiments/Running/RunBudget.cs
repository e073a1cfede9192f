namespace SpareSim.Experiments.Running;

/// <summary>The resources a run may use, and the estimate of what it needs, checked before it starts.</summary>
public static class RunBudget
{
    /// <summary>The default memory budget: 80% of the memory available to the process.</summary>
    public static long DefaultMaxMemoryBytes => (long)(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes * 0.8);
}
