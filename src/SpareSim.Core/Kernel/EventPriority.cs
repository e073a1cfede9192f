namespace SpareSim.Core.Kernel;

/// <summary>
/// Scheduling priorities for events at the same time: lower values are processed first.
/// Ties in time are broken by priority, then by scheduling order.
/// </summary>
public static class EventPriority
{
    /// <summary>Kernel-internal urgency (process start, interrupts): before anything else at that time.</summary>
    public const int Urgent = int.MinValue;

    /// <summary>The default priority of model events.</summary>
    public const int Normal = 0;
}
