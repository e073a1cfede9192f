namespace SpareSim.Experiments.Models.Echelon;

/// <summary>The time laws of one site of an echelon network; the means are those of the analytic network.</summary>
/// <param name="Repair">CP repair time.</param>
/// <param name="Am">AM production time.</param>
/// <param name="Ship">Order-and-ship time from the CMC (null at the CMC).</param>
public sealed record EchelonSiteLaws(EchelonLaw Repair, EchelonLaw Am, EchelonLaw? Ship);
