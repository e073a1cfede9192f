using System.Globalization;

namespace SpareSim.Experiments.Studies.Abidar;

/// <summary>
/// One row of a printed table of Abidar &amp; Chaabane, as transcribed in the spec
/// (<c>/work/shared/specs/abidar.md</c>), with the printed strings kept as they are.
/// </summary>
/// <param name="SpecLine">Line of the spec's transcription.</param>
/// <param name="SourceLine">Line of the paper's text (the L numbers of the spec).</param>
/// <param name="Item">Item code 162, 163 or 164.</param>
/// <param name="Scenario">B, C or D.</param>
/// <param name="Demand">m (Table 6 prints N, S, F = 10, 75, 150).</param>
/// <param name="TimeRatio">rt = AM time / CP time.</param>
/// <param name="AmProbability">φ.</param>
/// <param name="Printed">The printed values for s = 0…5.</param>
public sealed record PaperTableRow(int SpecLine, int SourceLine, int Item, string Scenario, double Demand, double TimeRatio, double AmProbability, IReadOnlyList<string> Printed)
{
    /// <summary>The printed EBO values (Tables 4 and 6; decimal points).</summary>
    public IReadOnlyList<decimal> Ebo => Printed.Select(p => decimal.Parse(p, NumberStyles.Float, CultureInfo.InvariantCulture)).ToList();

    /// <summary>The printed costs in $ (Table 5): thousands separators are spaces (items 162, 164) or commas (item 163, spec §2 conventions).</summary>
    public IReadOnlyList<double> Dollars => Printed.Select(p => double.Parse(p.Replace(" ", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal), NumberStyles.Integer, CultureInfo.InvariantCulture)).ToList();
}

/// <summary>
/// Tables 4, 5 and 6 and the "which scenario wins" grid of Abidar &amp; Chaabane, transcribed from
/// the spec (<c>/work/shared/specs/abidar.md</c>): Table 4 §2.3 (spec lines 260–268, paper L284–292),
/// Table 5 §2.4 (spec lines 277–285, paper L299–307), Table 6 §2.5 (spec lines 294–329, paper L331–366),
/// winners §2.10 (spec lines 376–400). Scenario names are mapped to B, C, D (§1.1), Table 6's N/S/F
/// to m = 10/75/150 and the decimal commas of Table 5's rt and φ to points.
/// </summary>
public static class AbidarPaperTables
{
    /// <summary>Table 4, expected backorders (a subset of Appendix C).</summary>
    public static IReadOnlyList<PaperTableRow> Table4 { get; } =
    [
        new(260, 284, 162, "B", 10, 0.5, 0.9, ["3.32", "2.09", "1.18", "0.60", "0.27", "0.11"]),
        new(261, 285, 162, "C", 10, 0.5, 0.9, ["2.61", "1.49", "0.77", "0.35", "0.14", "0.05"]),
        new(262, 286, 162, "D", 10, 0.5, 0.9, ["2.42", "1.19", "0.53", "0.21", "0.07", "0.02"]),
        new(263, 287, 163, "B", 75, 1, 0.9, ["28.75", "27.30", "25.86", "24.41", "22.97", "21.54"]),
        new(264, 288, 163, "C", 75, 1, 0.9, ["28.75", "27.02", "25.45", "23.97", "22.52", "21.09"]),
        new(265, 289, 163, "D", 75, 1, 0.9, ["28.75", "26.86", "25.00", "23.21", "21.54", "20.01"]),
        new(266, 290, 164, "B", 150, 2, 0.9, ["59.42", "57.95", "56.48", "55.00", "53.53", "52.06"]),
        new(267, 291, 164, "C", 150, 2, 0.9, ["95.67", "93.75", "91.92", "90.20", "88.59", "87.05"]),
        new(268, 292, 164, "D", 150, 2, 0.9, ["82.58", "80.68", "78.78", "76.88", "74.98", "73.08"]),
    ];

    /// <summary>Table 5, expected backorder costs in $ as printed (separators kept).</summary>
    public static IReadOnlyList<PaperTableRow> Table5 { get; } =
    [
        new(277, 299, 162, "B", 10, 0.5, 0.9, ["1 327", "835", "472", "240", "109", "44"]),
        new(278, 300, 162, "C", 10, 0.5, 0.9, ["1 043", "597", "309", "140", "55", "19"]),
        new(279, 301, 162, "D", 10, 0.5, 0.9, ["970", "477", "212", "83", "28", "8"]),
        new(280, 302, 163, "B", 75, 1, 0.9, ["114,986", "109,208", "103,431", "97,657", "91,894", "86,157"]),
        new(281, 303, 163, "C", 75, 1, 0.9, ["114,986", "108,062", "101,793", "95,869", "90,083", "84,378"]),
        new(282, 304, 163, "D", 75, 1, 0.9, ["114,986", "107,451", "100,019", "92,856", "86,157", "80,059"]),
        new(283, 305, 164, "B", 150, 2, 0.9, ["267 410", "260 778", "254 147", "247 515", "240 884", "234252"]),
        new(284, 306, 164, "C", 150, 2, 0.9, ["430 519", "421 894", "413 649", "405 921", "398 664", "391730"]),
        new(285, 307, 164, "D", 150, 2, 0.9, ["371 600", "363 050", "354 500", "345 950", "337 402", "328857"]),
    ];

    /// <summary>Table 6, item 162 by demand class (a subset of Appendix C).</summary>
    public static IReadOnlyList<PaperTableRow> Table6 { get; } =
    [
        new(294, 331, 162, "B", 10, 0.5, 0.1, ["3.32", "2.09", "1.18", "0.60", "0.27", "0.11"]),
        new(295, 332, 162, "C", 10, 0.5, 0.1, ["3.24", "2.01", "1.13", "0.57", "0.25", "0.10"]),
        new(296, 333, 162, "D", 10, 0.5, 0.1, ["3.22", "1.99", "1.10", "0.55", "0.24", "0.09"]),
        new(297, 334, 162, "B", 75, 0.5, 0.1, ["24.88", "23.47", "22.06", "20.65", "19.26", "17.88"]),
        new(298, 335, 162, "C", 75, 0.5, 0.1, ["24.29", "22.74", "21.30", "19.89", "18.51", "17.15"]),
        new(299, 336, 162, "D", 75, 0.5, 0.1, ["24.14", "22.70", "21.27", "19.83", "18.42", "17.03"]),
        new(300, 337, 162, "B", 150, 0.5, 0.1, ["49.77", "48.36", "46.94", "45.53", "44.12", "42.71"]),
        new(301, 338, 162, "C", 150, 0.5, 0.1, ["48.58", "46.94", "45.44", "44.01", "42.59", "41.18"]),
        new(302, 339, 162, "D", 150, 0.5, 0.1, ["48.28", "46.84", "45.40", "43.96", "42.53", "41.09"]),
        new(303, 340, 162, "B", 10, 0.5, 0.9, ["3.32", "2.09", "1.18", "0.60", "0.27", "0.11"]),
        new(304, 341, 162, "C", 10, 0.5, 0.9, ["2.61", "1.49", "0.77", "0.35", "0.14", "0.05"]),
        new(305, 342, 162, "D", 10, 0.5, 0.9, ["2.42", "1.19", "0.53", "0.21", "0.07", "0.02"]),
        new(306, 343, 162, "B", 75, 0.5, 0.9, ["24.88", "23.47", "22.06", "20.65", "19.26", "17.88"]),
        new(307, 344, 162, "C", 75, 0.5, 0.9, ["19.56", "17.92", "16.47", "15.15", "13.93", "12.80"]),
        new(308, 345, 162, "D", 75, 0.5, 0.9, ["18.18", "16.32", "14.53", "12.87", "11.38", "10.07"]),
        new(309, 346, 162, "B", 150, 0.5, 0.9, ["49.77", "48.36", "46.94", "45.53", "44.12", "42.71"]),
        new(310, 347, 162, "C", 150, 0.5, 0.9, ["39.12", "37.37", "35.75", "34.25", "32.83", "31.46"]),
        new(311, 348, 162, "D", 150, 0.5, 0.9, ["36.36", "34.48", "32.61", "30.75", "28.92", "27.13"]),
        new(312, 349, 162, "B", 10, 1, 0.1, ["3.32", "2.09", "1.18", "0.60", "0.27", "0.11"]),
        new(313, 350, 162, "C", 10, 1, 0.1, ["3.32", "2.06", "1.17", "0.60", "0.27", "0.11"]),
        new(314, 351, 162, "D", 10, 1, 0.1, ["3.32", "2.08", "1.18", "0.60", "0.27", "0.11"]),
        new(315, 352, 162, "B", 75, 1, 0.1, ["24.88", "23.47", "22.06", "20.65", "19.26", "17.88"]),
        new(316, 353, 162, "C", 75, 1, 0.1, ["24.88", "23.24", "21.74", "20.32", "18.93", "17.57"]),
        new(317, 354, 162, "D", 75, 1, 0.1, ["24.88", "23.45", "22.01", "20.58", "19.16", "17.77"]),
        new(318, 355, 162, "B", 150, 1, 0.1, ["49.77", "48.36", "46.94", "45.53", "44.12", "42.71"]),
        new(319, 356, 162, "C", 150, 1, 0.1, ["49.77", "48.02", "46.40", "44.89", "43.45", "42.02"]),
        new(320, 357, 162, "D", 150, 1, 0.1, ["49.77", "48.33", "46.89", "45.45", "44.02", "42.58"]),
        new(321, 358, 162, "B", 10, 1, 0.9, ["3.32", "2.09", "1.18", "0.60", "0.27", "0.11"]),
        new(322, 359, 162, "C", 10, 1, 0.9, ["3.32", "2.06", "1.17", "0.60", "0.27", "0.11"]),
        new(323, 360, 162, "D", 10, 1, 0.9, ["3.32", "2.01", "1.15", "0.59", "0.27", "0.11"]),
        new(324, 361, 162, "B", 75, 1, 0.9, ["24.88", "23.47", "22.06", "20.65", "19.26", "17.88"]),
        new(325, 362, 162, "C", 75, 1, 0.9, ["24.88", "23.24", "21.74", "20.32", "18.93", "17.57"]),
        new(326, 363, 162, "D", 75, 1, 0.9, ["24.88", "23.03", "21.23", "19.57", "18.09", "16.77"]),
        new(327, 364, 162, "B", 150, 1, 0.9, ["49.77", "48.36", "46.94", "45.53", "44.12", "42.71"]),
        new(328, 365, 162, "C", 150, 1, 0.9, ["49.77", "48.02", "46.40", "44.89", "43.45", "42.02"]),
        new(329, 366, 162, "D", 150, 1, 0.9, ["49.77", "47.89", "46.02", "44.16", "42.32", "40.54"]),
    ];

    /// <summary>
    /// Spec §2.10 winners for rt = 0.5 and rt = 1 as printed there: per (item, m) and φ the winner(s)
    /// at s = 0…5, several letters = tie at 2 dp. For rt = 2 the spec states "B wins in all 162 cells" (spec line 400).
    /// </summary>
    public static IReadOnlyList<(double TimeRatio, int SpecLine, string Text)> WinnerLines { get; } =
    [
        (0.5, 378, "162 m=10  | φ=0.1: D D D D D D | φ=0.5: D D D D D D | φ=0.9: D D D D D D"),
        (0.5, 379, "162 m=75  | φ=0.1: D D D D D D | φ=0.5: D D D D D D | φ=0.9: D D D D D D"),
        (0.5, 380, "162 m=150 | φ=0.1: D D D D D D | φ=0.5: D D D D D D | φ=0.9: D D D D D D"),
        (0.5, 381, "163 m=10  | φ=0.1: CD CD D D D CD | φ=0.5: D D D D D D | φ=0.9: D D D D D D"),
        (0.5, 382, "163 m=75  | φ=0.1: D C C C C C | φ=0.5: D D C C D D | φ=0.9: D D D D D D"),
        (0.5, 383, "163 m=150 | φ=0.1: D C C C C C | φ=0.5: D D D C C C | φ=0.9: D D D D D D"),
        (0.5, 384, "164 m=10  | φ=0.1: C C C C CD CD | φ=0.5: C C C C C CD | φ=0.9: C C C C C C"),
        (0.5, 385, "164 m=75  | φ=0.1: C C C C C C | φ=0.5: C C C C C C | φ=0.9: C C C C C C"),
        (0.5, 386, "164 m=150 | φ=0.1: C C C C C C | φ=0.5: C C C C C C | φ=0.9: C C C C C C"),
        (1, 390, "162 m=10  | φ=0.1: BCD C C BCD BCD BCD | φ=0.5: BCD C C C BCD BCD | φ=0.9: BCD D D D BCD BCD"),
        (1, 391, "162 m=75  | φ=0.1: BCD C C C C C | φ=0.5: BCD C C C C C | φ=0.9: BCD D D D D D"),
        (1, 392, "162 m=150 | φ=0.1: BCD C C C C C | φ=0.5: BCD C C C C C | φ=0.9: BCD D D D D D"),
        (1, 393, "163 m=10  | φ=0.1: BCD C C BCD CD BCD | φ=0.5: BCD C C CD CD BCD | φ=0.9: BCD D D D CD BCD"),
        (1, 394, "163 m=75  | φ=0.1: BCD C C C C C | φ=0.5: BCD C C C C C | φ=0.9: BCD D D D D D"),
        (1, 395, "163 m=150 | φ=0.1: BCD C C C C C | φ=0.5: BCD C C C C C | φ=0.9: BCD D D D D D"),
        (1, 396, "164 m=10  | φ=0.1: BCD C C C BCD CD | φ=0.5: BCD C C C BCD CD | φ=0.9: BCD D D D BCD CD"),
        (1, 397, "164 m=75  | φ=0.1: BCD C C C C C | φ=0.5: BCD C C C C C | φ=0.9: BCD D D D D D"),
        (1, 398, "164 m=150 | φ=0.1: BCD C C C C C | φ=0.5: BCD C C C C C | φ=0.9: BCD C D D D D"),
    ];

    /// <summary>
    /// The spec's winners per (item, m, rt, φ) as six cells for s = 0…5 (letters in B, C, D order),
    /// rt = 2 filled with "B" everywhere as the spec states.
    /// </summary>
    public static IReadOnlyDictionary<(int Item, double Demand, double TimeRatio, double AmProbability), IReadOnlyList<string>> SpecWinners()
    {
        var result = new Dictionary<(int, double, double, double), IReadOnlyList<string>>();
        foreach (var (rt, _, text) in WinnerLines)
        {
            var parts = text.Split('|');
            var head = parts[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            int item = int.Parse(head[0], CultureInfo.InvariantCulture);
            double m = double.Parse(head[1]["m=".Length..], CultureInfo.InvariantCulture);
            foreach (string cell in parts.Skip(1))
            {
                var halves = cell.Split(':');
                double phi = double.Parse(halves[0].Trim()["φ=".Length..], CultureInfo.InvariantCulture);
                result[(item, m, rt, phi)] = halves[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            }
        }
        foreach (int item in new[] { 162, 163, 164 })
            foreach (double m in AppendixCPublished.Demands)
                foreach (double phi in AppendixCPublished.AmProbabilities)
                    result[(item, m, 2, phi)] = Enumerable.Repeat("B", AppendixCPublished.StockLevels).ToArray();
        return result;
    }
}
