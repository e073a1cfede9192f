using SpareSim.Analytics.DualSourcing;

namespace SpareSim.Analytics.Tests.DualSourcing;

/// <summary>
/// The CM and AM base-stock columns of Knofius et al. (2020) Table 2, rebuilt from the full
/// 6561-instance factorial with the exact birth–death model (fast: a few thousand small chains).
/// </summary>
public class SingleSourcingTable2Tests
{
    private static readonly (double L, double M)[] Items = [(0.02, 0.5), (0.015, 0.25), (0.01, 0.15)];
    private static readonly int[] K = [10, 20, 30];
    private static readonly double[] LambdaA = [0.0175, 0.035, 0.0525], MuA = [1, 2, 4], CA = [10, 20, 30], B = [20, 200, 2000], M = [2, 10, 18], Kappa = [0.15, 0.2, 0.25];

    // Table 2, "Base stock level" CM and AM columns, rows in the paper's order (item, k, λA, μA, cA, b, m, κ).
    private static readonly double[,] PaperCm =
        { { 3.37, 4.30, 4.48 }, { 2.74, 4.15, 5.26 }, { 4.05, 4.05, 4.05 }, { 4.05, 4.05, 4.05 }, { 4.05, 4.05, 4.05 }, { 2.63, 4.07, 5.44 }, { 4.05, 4.05, 4.05 }, { 4.22, 4.04, 3.89 } };
    private static readonly double[,] PaperAm =
        { { 1.97, 1.97, 1.97 }, { 1.40, 2.01, 2.50 }, { 1.40, 2.01, 2.49 }, { 2.72, 1.88, 1.31 }, { 2.25, 1.93, 1.72 }, { 0.90, 2.01, 3.00 }, { 1.97, 1.97, 1.96 }, { 2.11, 1.95, 1.85 } };

    [Fact]
    public void BaseStockColumnsReproduceTable2Exactly()
    {
        var sumCm = new double[8, 3];
        var sumAm = new double[8, 3];
        double totalCm = 0, totalAm = 0;
        int count = 0;
        for (int it = 0; it < 3; it++)
            for (int ik = 0; ik < 3; ik++)
                for (int il = 0; il < 3; il++)
                    for (int im = 0; im < 3; im++)
                        for (int ic = 0; ic < 3; ic++)
                            for (int ib = 0; ib < 3; ib++)
                                for (int imc = 0; imc < 3; imc++)
                                    for (int ih = 0; ih < 3; ih++)
                                    {
                                        var x = new DualSourcingInstance(K[ik], Items[it].L, Items[it].M, 10, LambdaA[il], MuA[im], CA[ic], B[ib], M[imc], Kappa[ih]);
                                        int cm = SingleSourcingModel.Optimize(x, PartVersion.Cm).BaseStock;
                                        int am = SingleSourcingModel.Optimize(x, PartVersion.Am).BaseStock;
                                        int[] level = [it, ik, il, im, ic, ib, imc, ih];
                                        for (int f = 0; f < 8; f++) { sumCm[f, level[f]] += cm; sumAm[f, level[f]] += am; }
                                        totalCm += cm; totalAm += am; count++;
                                    }
        Assert.Equal(6561, count);
        Assert.Equal(4.05, Math.Round(totalCm / count, 2));
        Assert.Equal(1.97, Math.Round(totalAm / count, 2));
        for (int f = 0; f < 8; f++)
            for (int l = 0; l < 3; l++)
            {
                Assert.Equal(PaperCm[f, l], Math.Round(sumCm[f, l] / 2187, 2));
                Assert.Equal(PaperAm[f, l], Math.Round(sumAm[f, l] / 2187, 2));
            }
    }
}
