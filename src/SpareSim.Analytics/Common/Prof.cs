namespace SpareSim.Analytics.Common;
public static class Prof
{
    public static long[] Hist = new long[64];
    public static long GmresOk, GmresFail, GthFactor, Evaluations, SSolves, PiIters, GmresTicks, GthTicks, StatTicks, GmresIters, GmresSolves;
    public static string Dump() => $"evals {Evaluations} sSolves {SSolves} piIters {PiIters} gmresOk {GmresOk} gmresFail {GmresFail} gth {GthFactor} gmresMs {GmresTicks*1000/System.Diagnostics.Stopwatch.Frequency} gthMs {GthTicks*1000/System.Diagnostics.Stopwatch.Frequency} statMs {StatTicks*1000/System.Diagnostics.Stopwatch.Frequency} gmresSolvesOk {GmresSolves} itersPerOk {(double)GmresIters/Math.Max(1,GmresSolves):F1} hist {string.Join(",", Hist.Take(12))}";
    public static void Reset() { GmresOk = GmresFail = GthFactor = Evaluations = SSolves = PiIters = GmresTicks = GthTicks = StatTicks = GmresIters = 0; }
}
