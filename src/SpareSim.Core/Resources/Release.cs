using SpareSim.Core.Kernel;

namespace SpareSim.Core.Resources;

/// <summary>The (immediately served) release of a unit held by a <see cref="Request"/>.</summary>
public sealed class Release : Event
{
    internal Release(Request request) : base(request.Simulation)
    {
        Request = request;
    }

    /// <summary>The request whose unit is released.</summary>
    public Request Request { get; }
}
