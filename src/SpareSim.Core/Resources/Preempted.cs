using SpareSim.Core.Kernel;

namespace SpareSim.Core.Resources;

/// <summary>
/// The interrupt cause a resource user receives when a higher-priority request takes its
/// place: who preempted it, since when it had been using the resource, and which resource.
/// </summary>
/// <param name="By">The process whose request preempted this one (null if made outside a process).</param>
/// <param name="UsageSince">When the preempted user had been granted the resource.</param>
/// <param name="Resource">The resource.</param>
public sealed record Preempted(Process? By, double UsageSince, Resource Resource);
