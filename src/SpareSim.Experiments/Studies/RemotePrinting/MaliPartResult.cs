using SpareSim.Analytics.RemotePrinting;

namespace SpareSim.Experiments.Studies.RemotePrinting;

/// <summary>One part of the Mali case on one fleet: the optimum of each sourcing strategy (discounted, as in the chapter).</summary>
/// <param name="Part">The part.</param>
/// <param name="System">The fleet assumed.</param>
/// <param name="Instance">The instance with printing, without expediting.</param>
/// <param name="ByStrategy">The optimum of each strategy.</param>
public sealed record MaliPartResult(MaliPart Part, MaliSystem System, RemoteSiteInstance Instance, IReadOnlyDictionary<SourcingStrategy, RemoteSiteOptimum> ByStrategy)
{
    /// <summary>Single-sourcing optimum.</summary>
    public RemoteSiteOptimum Single => ByStrategy[SourcingStrategy.SingleSourcing];

    /// <summary>Printing optimum.</summary>
    public RemoteSiteOptimum Printing => ByStrategy[SourcingStrategy.Printing];

    /// <summary>Relative error of the annualized V_s against the published one.</summary>
    public double SingleError => Single.Best.AnnualizedExcessCost / Part.Published.SingleSourcingCost - 1;

    /// <summary>Relative error of the annualized V_p against the published one.</summary>
    public double PrintingError => Printing.Best.AnnualizedExcessCost / Part.Published.PrintingCost - 1;

    /// <summary>Whether V_s, V_p are within <paramref name="tolerance"/> and S_s, S_p exact.</summary>
    public bool Reproduces(double tolerance) =>
        Math.Abs(SingleError) <= tolerance && Math.Abs(PrintingError) <= tolerance
        && Single.BaseStock == Part.Published.SingleSourcingBaseStock && Printing.BaseStock == Part.Published.PrintingBaseStock;

    /// <summary>Optimizes every strategy of <paramref name="part"/> on <paramref name="system"/>; expediting costs c_r + <paramref name="expeditePremium"/>.</summary>
    public static MaliPartResult Solve(MaliCaseModel model, MaliPart part, MaliSystem system, double expeditePremium)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(part);
        var x = model.Instance(part, system);
        var full = x with { ExpediteCost = part.RegularCost + expeditePremium };
        var results = Enum.GetValues<SourcingStrategy>().ToDictionary(s => s,
            s => RemoteSiteOptimizer.Optimize(SourcingStrategies.Restrict(full, s), CostCriterion.Discounted));
        return new MaliPartResult(part, system, x, results);
    }
}
