using SpareSim.Analytics.PreventiveMaintenance;
using SpareSim.Models.Maintenance;

namespace SpareSim.Experiments.Studies.PreventiveMaintenance;

/// <summary>
/// Options of <c>experiments/pm-validation.json</c>: the instance, the off-optimal decision vectors
/// (the three optima are always added), replications × cycles, seed (the same streams for every
/// point: common random numbers), and the rules outside the analytic model.
/// </summary>
public sealed class PmValidationOptions
{
    /// <summary>Study name written into the results.</summary>
    public string Name { get; set; } = "pm-validation";

    /// <summary>Output folder.</summary>
    public string Output { get; set; } = "results/pm-validation";

    /// <summary>The instance.</summary>
    public PmInstanceOptions Instance { get; set; } = new();

    /// <summary>Decision vectors besides the optima.</summary>
    public List<PmPointOptions> Points { get; set; } = [];

    /// <summary>Independent replications per point.</summary>
    public int Replications { get; set; } = 10;

    /// <summary>Renewal cycles per replication.</summary>
    public long Cycles { get; set; } = 1_000_000;

    /// <summary>Master seed.</summary>
    public ulong MasterSeed { get; set; } = 2026;

    /// <summary>What a printed part failing before the regular arrival leads to: "wait" or "reprint".</summary>
    public string EarlyPrintedFailure { get; set; } = "wait";

    /// <summary>Whether such a failure pays c_f.</summary>
    public bool ChargeEarlyFailure { get; set; } = true;

    /// <summary>Replications run in parallel.</summary>
    public int DegreeOfParallelism { get; set; } = 2;

    /// <summary>The early-failure response.</summary>
    public EarlyPrintedFailureResponse EarlyFailureResponse => EarlyPrintedFailure.Trim().ToLowerInvariant() switch
    {
        "wait" => EarlyPrintedFailureResponse.WaitForRegular,
        "reprint" => EarlyPrintedFailureResponse.Reprint,
        _ => throw new ArgumentException($"earlyPrintedFailure: must be 'wait' or 'reprint', got '{EarlyPrintedFailure}'"),
    };

    /// <summary>Binds the file plus overrides and validates every value; unknown keys are errors.</summary>
    public static PmValidationOptions Load(string experimentFile, IEnumerable<string> overrides)
    {
        var o = StudyOptionsLoader.Load<PmValidationOptions>(experimentFile, overrides, typeof(PmInstanceOptions), typeof(PmPointOptions));
        var model = new PmCostModel(o.Instance.ToInstance());
        for (int k = 0; k < o.Points.Count; k++)
        {
            var p = o.Points[k];
            var policy = PmPolicyNames.Parse(p.Policy, $"points:{k}:policy");
            try
            {
                model.Check(policy, new PmDecision(p.Tr, p.Tb, p.Tp));
            }
            catch (ArgumentException e)
            {
                throw new ArgumentException($"points:{k}: {e.Message}", e);
            }
        }
        if (o.Replications < 2) throw new ArgumentException($"replications: at least 2, got {o.Replications}");
        if (o.Cycles < 2) throw new ArgumentException($"cycles: at least 2, got {o.Cycles}");
        if (o.DegreeOfParallelism < 1) throw new ArgumentException($"degreeOfParallelism: at least 1, got {o.DegreeOfParallelism}");
        _ = o.EarlyFailureResponse;
        return o;
    }
}
