using System.Globalization;
using SpareSim.Analytics.Fitting;

namespace SpareSim.Cli.Fit;

/// <summary>
/// A fitted law in the model-file syntax the network parser reads (<c>{"family", "mean", "cv"}</c>,
/// family names as in LeadTimeDistributions): mean and cv printed round-trip ("R"), so the parser
/// rebuilds the fitted parameters (Erlang: cv = 1/√k gives back the integer k; the exponential
/// states only its mean).
/// </summary>
internal static class ModelFileLaw
{
    public static string Of(FittedLaw fit)
    {
        string mean = Show(fit.Mean);
        return fit.Family is ExponentialFamily
            ? $"{{ \"family\": \"exponential\", \"mean\": {mean} }}"
            : $"{{ \"family\": \"{fit.Family.Name}\", \"mean\": {mean}, \"cv\": {Show(fit.Cv)} }}";
    }

    private static string Show(double x) => x.ToString("R", CultureInfo.InvariantCulture);
}
