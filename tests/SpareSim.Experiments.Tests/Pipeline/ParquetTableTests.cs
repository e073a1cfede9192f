using SpareSim.Experiments.Output;

namespace SpareSim.Experiments.Tests.Pipeline;

public class ParquetTableTests
{
    [Fact]
    public async Task Every_column_type_round_trips_with_its_metadata()
    {
        string folder = Path.Combine(Path.GetTempPath(), "sparesim-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            string path = Path.Combine(folder, "t.parquet");
            await new ParquetTable()
                .Add("n", [1, 2, 3])
                .Add("big", [1L, 2L, 3L])
                .Add("x", [0.5, 1.5, 2.5])
                .Add("ok", [true, false, true])
                .Add("name", ["a", "b", "c"])
                .WriteAsync(path, new Dictionary<string, string> { ["k"] = "v" });
            var (table, metadata) = await ParquetTable.ReadAsync(path);
            Assert.Equal(["n", "big", "x", "ok", "name"], table.ColumnNames);
            Assert.Equal([1, 2, 3], (int[])table.Column("n"));
            Assert.Equal([1L, 2L, 3L], (long[])table.Column("big"));
            Assert.Equal([0.5, 1.5, 2.5], (double[])table.Column("x"));
            Assert.Equal([true, false, true], (bool[])table.Column("ok"));
            Assert.Equal(["a", "b", "c"], (string[])table.Column("name"));
            Assert.Equal("v", metadata["k"]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Optional_columns_keep_null_apart_from_values_and_NaN_is_written_as_null()
    {
        string folder = Path.Combine(Path.GetTempPath(), "sparesim-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            string path = Path.Combine(folder, "t.parquet");
            await new ParquetTable()
                .Add("n", [1, null, 3])
                .Add("x", [0.5, null, 2.5])
                .AddOptional("y", [double.NaN, 1.25, double.NaN])
                .WriteAsync(path, new Dictionary<string, string>());
            var (table, _) = await ParquetTable.ReadAsync(path);
            Assert.Equal([1, null, 3], (int?[])table.Column("n"));
            Assert.Equal([0.5, null, 2.5], (double?[])table.Column("x"));
            Assert.Equal([null, 1.25, null], (double?[])table.Column("y"));
            // As numbers, null is NaN again (the in-memory mark of no value).
            Assert.Equal([1, double.NaN, 3], table.Numbers("n")!);
            Assert.Equal([double.NaN, 1.25, double.NaN], table.Numbers("y")!);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
