using SpareSim.Models.Network.Controllers;

namespace SpareSim.Experiments.Models.SupplyNetwork;

/// <summary>The controller kinds supply-network model files can name: the built-in ones and those computed by the analytical core.</summary>
public static class NetworkControllers
{
    /// <summary>A registry with every kind.</summary>
    public static ControllerRegistry Registry() => ControllerRegistry.WithBuiltIns()
        .Add(new DualSourcingOptimalControllerFactory());
}
