using System.Globalization;

namespace SpareSim.Experiments.Studies.MultiEchelon;

/// <summary>Number formats shared by the multi-echelon reports.</summary>
internal static class ReportText
{
    /// <summary>"+0.0012" / "-0.0012"; a value that rounds to zero prints as "0.0000" (no "-+" artefacts).</summary>
    public static string Signed(double v)
    {
        string text = Math.Abs(v).ToString("0.0000", CultureInfo.InvariantCulture);
        return text == "0.0000" ? text : (v < 0 ? "-" : "+") + text;
    }

    /// <summary>Four decimals, or empty for NaN (a column that does not apply to the row).</summary>
    public static string Number(double v) => double.IsNaN(v) ? "" : v.ToString("F4", CultureInfo.InvariantCulture);
}
