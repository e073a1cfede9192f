namespace SpareSim.Models.Network.Controllers;

/// <summary>Builds controllers of one kind from a model file's settings.</summary>
public interface IControllerFactory
{
    /// <summary>The kind, as model files name it (e.g. "base-stock").</summary>
    string Kind { get; }

    /// <summary>One line on what the controller does.</summary>
    string Description { get; }

    /// <summary>Validates the settings and builds the controller; throws <see cref="File.NetworkModelException"/> naming the path.</summary>
    IReplenishmentController Create(ControllerContext context);
}
