using SpareSim.Analytics.RemotePrinting;

namespace SpareSim.Analytics.Tests.RemotePrinting;

/// <summary>The instances of the chapter's Table 3.1 / Fig. 3.3 and Fig. 3.6.</summary>
internal static class Table31
{
    /// <summary>c_p 50, c_r 100, p_p 0.2, p_r 0.01, N 3, L 14, α 0.9995, h 1, b 30.</summary>
    public static RemoteSiteInstance Instance(double expediteCost = double.PositiveInfinity) =>
        new(installedBase: 3, cycleLength: 14, regularCost: 100, printCost: 50, regularFailureProbability: 0.01,
            printedFailureProbability: 0.2, holdingCost: 1, backorderCost: 30, discount: 0.9995, expediteCost: expediteCost);
}
