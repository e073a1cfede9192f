using SpareSim.Core.Statistics;

namespace SpareSim.Models.Maintenance;

/// <summary>
/// Costs and times of the current renewal cycle by category, and one <see cref="RegenerativeRatio"/>
/// per category over all closed cycles (so every long-run rate gets its delta-method interval).
/// </summary>
public sealed class MaintenanceCycleLedger
{
    /// <summary>Cost categories and times, in this order in <see cref="Rates"/>.</summary>
    public static readonly string[] Categories = ["regular_purchase", "printing", "maintenance", "failure", "downtime", "holding", "downtime_days", "holding_days", "printed_days", "prints"];

    private const int Costs = 6;
    private readonly double[] _cycle = new double[Categories.Length];
    private readonly RegenerativeRatio _total = new();

    /// <summary>One estimator per entry of <see cref="Categories"/>.</summary>
    public RegenerativeRatio[] Rates { get; } = Categories.Select(_ => new RegenerativeRatio()).ToArray();

    /// <summary>The total cost rate.</summary>
    public RegenerativeRatio Total => _total;

    /// <summary>Adds <paramref name="amount"/> to category <paramref name="index"/> of the current cycle.</summary>
    public void Add(int index, double amount) => _cycle[index] += amount;

    /// <summary>Closes the current cycle of length <paramref name="length"/>.</summary>
    public void Close(double length)
    {
        double cost = 0;
        for (int k = 0; k < Costs; k++) cost += _cycle[k];
        _total.Add(cost, length);
        for (int k = 0; k < _cycle.Length; k++)
        {
            Rates[k].Add(_cycle[k], length);
            _cycle[k] = 0;
        }
    }

    /// <summary>Index of c_r paid.</summary>
    public const int RegularPurchase = 0;

    /// <summary>Index of c_p paid.</summary>
    public const int Printing = 1;

    /// <summary>Index of c_m paid.</summary>
    public const int Maintenance = 2;

    /// <summary>Index of c_f paid.</summary>
    public const int Failure = 3;

    /// <summary>Index of b × downtime.</summary>
    public const int Downtime = 4;

    /// <summary>Index of h × holding time.</summary>
    public const int Holding = 5;

    /// <summary>Index of days down.</summary>
    public const int DowntimeDays = 6;

    /// <summary>Index of days a regular part is in stock.</summary>
    public const int HoldingDays = 7;

    /// <summary>Index of days on a printed part.</summary>
    public const int PrintedDays = 8;

    /// <summary>Index of parts printed.</summary>
    public const int Prints = 9;
}
