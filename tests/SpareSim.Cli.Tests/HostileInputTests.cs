using SpareSim.Cli;

namespace SpareSim.Cli.Tests;

/// <summary>
/// Inputs that used to fail mid-run with runtime text, run silently with surprises, or grow
/// without bound: each now exits 2 before anything is written, naming the key in a sentence.
/// </summary>
public class HostileInputTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sparesim-cli-tests", Guid.NewGuid().ToString("N"));

    public HostileInputTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private const string InstalledBase = """
        { "Name": "ib", "Model": "installed-base", "Replications": 3, "RunLength": 2000, "WarmUp": 100,
          "Parameters": { "k": 20, "lambda_cm": 0.02, "mu_cm": 0.5, "lambda_am": 0.035, "mu_am": 2 },
          "Scenarios": [ { "name": "cm", "policy": "cm" }, { "name": "dual", "policy": "dual" } ] }
        """;

    private (int Code, string Error, string Output) Run(string json, params string[] args)
    {
        string file = Path.Combine(_folder, "e.json");
        File.WriteAllText(file, json);
        string output = Path.Combine(_folder, "out");
        var (code, _, error) = ConsoleCapture.Run(["run", file, "--out", output, .. args]);
        return (code, error, output);
    }

    private static void AssertReadable(string message)
    {
        foreach (var runtimeText in new[] { "(Parameter '", "Actual value was", "System.", "Exception", "   at " })
            Assert.DoesNotContain(runtimeText, message);
    }

    [Theory]
    [InlineData("--Parameters:holding_rate=0", "holding_rate: 0 leaves no finite optimal base stock")]
    [InlineData("--Parameters:lambda_cm=1e-300", "lambda_cm: 1E-300 (lambda_cm) and 2 (mu_am) are 2E+300 times apart")]
    [InlineData("--Parameters:lambda_cm=1e308", "lambda_cm: 0.035 (lambda_am) and 1E+308 (lambda_cm) are more than 1E+300 times apart")]
    [InlineData("--Parameters:k=1000000000", "k: k = 1000000000 and base stock 0 give the dual-sourcing chain about 1.67E+26 states")]
    [InlineData("--Parameters:base_stock_mode=fixed --Parameters:base_stock=1000000000", "base_stock: k = 20 and base stock 1000000000 give the dual-sourcing chain")]
    [InlineData("--Parameters:base_stock_mode=fixed --Parameters:base_stock=1e10", "base_stock must be an integer <= 2147483647")]
    [InlineData("--Replications=100000000", "Replications: the run would need about")]
    [InlineData("--RunLength=1e308", "RunLength: 1E+308 time units are too long for scenario 'cm'")]
    [InlineData("--RunLength=1e-300 --WarmUp=0", "RunLength: 1E-300 is too short for scenario 'cm': a replication would see about")]
    [InlineData("--max-memory=1K", "the limit is 1 kB (--max-memory)")]
    [InlineData("--max-memory=lots", "--max-memory: must be a size such as 512M or 4G, got 'lots'")]
    public void A_run_that_cannot_work_exits_2_before_writing(string options, string message)
    {
        var (code, error, output) = Run(InstalledBase, options.Split(' '));
        Assert.Equal(2, code);
        Assert.Contains(message, error);
        AssertReadable(error);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void A_long_name_exits_2()
    {
        var (code, error, _) = Run(InstalledBase, $"--Name={new string('a', 300)}");
        Assert.Equal(2, code);
        Assert.Contains("Name: is 300 characters long; at most 100", error);
    }

    [Theory]
    [InlineData("{ \"Name\": \"x\", \"Model\": \"mmc-queue\",\n  \"name\": \"y\" }", "line 2, column 3: the key 'name' appears twice in the same object")]
    [InlineData("{ \"Name\": \"x\", \"Model\": \"mmc-queue\",\n  \"RunLength\": 10, }}", "line 2, column 21:")]
    [InlineData("{ \"Name\": \"x\", \"Model\": \"mmc-queue\", \"RunLength\": 100, \"Scenarios\": [] }", "Scenarios: is an empty list")]
    [InlineData("", "is not valid JSON: the file is empty")]
    public void Malformed_or_surprising_experiment_files_exit_2_saying_where(string json, string message)
    {
        var (code, error, _) = Run(json);
        Assert.Equal(2, code);
        Assert.Contains(message, error);
        AssertReadable(error);
    }

    [Fact]
    public void An_experiment_path_that_is_a_folder_says_so()
    {
        var stderr = new StringWriter();
        var old = Console.Error;
        Console.SetError(stderr);
        try
        {
            Assert.Equal(2, CommandLine.Run(["run", _folder]));
        }
        finally
        {
            Console.SetError(old);
        }
        Assert.Contains($"'{_folder}' is a folder, not a file", stderr.ToString());
    }

    private const string Allocation = """
        { "study": "echelon-allocation", "network": "NETWORK", "maxUnits": 5, "simulateEvery": 0 }
        """;

    [Theory]
    [InlineData("\"maxUnits\": 5", "\"maxUnits\": [1, 2]", "maxUnits: must be a single value, got a list")]
    [InlineData("\"maxUnits\": 5", "\"maxUnits\": \"ten\"", "maxUnits: 'ten' is not a whole number")]
    [InlineData("\"network\": \"NETWORK\", ", "", "network: is required")]
    [InlineData("NETWORK", "FOLDER", "is a folder, not a model file")]
    public void Study_options_of_the_wrong_shape_exit_2(string from, string to, string message)
    {
        string network = Path.Combine(_folder, "net.json");
        File.WriteAllText(network, "{}");
        string json = Allocation.Replace(from, to).Replace("NETWORK", network).Replace("FOLDER", _folder);
        var (code, error, _) = Run(json);
        Assert.Equal(2, code);
        Assert.Contains(message, error, StringComparison.OrdinalIgnoreCase);
        AssertReadable(error);
    }

    [Theory]
    [InlineData("--processes 100,2000000000", "--processes must be at most 10,000,000")]
    [InlineData("--processes 0", "--processes must be a comma-separated list of positive integers, got '0'")]
    [InlineData("--events -3 --list-only", "--events must be a positive integer of at most 20,000,000,000 (a thousand times the default), got '-3'")]
    [InlineData("--events 99999999999999", "got '99999999999999'")]
    [InlineData("--list-only --sizes 5", "usage: sparesim bench hold")]
    public void Bench_hold_options_out_of_range_exit_2(string options, string message)
    {
        // Two billion processes used to run until the machine killed the process, with no message.
        var (code, _, error) = ConsoleCapture.Run(["bench", "hold", .. options.Split(' ')]);
        Assert.Equal(2, code);
        Assert.Contains(message, error);
        AssertReadable(error);
    }

    [Theory]
    [InlineData("kernel", "1e300", "--years must be a positive number of at most 10000 (a thousand times the default), got '1e300'")]
    [InlineData("kernel", "Infinity", "got 'Infinity'")]
    [InlineData("network", "NaN", "got 'NaN'")]
    [InlineData("echelon", "-1", "--years must be a positive number of at most 20000000")]
    public void Bench_years_out_of_range_exit_2(string workload, string years, string message)
    {
        // A huge or infinite horizon used to run without end.
        var (code, _, error) = ConsoleCapture.Run("bench", workload, "--years", years);
        Assert.Equal(2, code);
        Assert.Contains(message, error);
        AssertReadable(error);
    }

    [Fact]
    public void Bench_hold_of_the_list_alone_renews_every_entry_at_rate_one()
    {
        // Each of the n entries is pushed again an EXP(1) time after it is popped: n superposed
        // Poisson processes, so the pops per entry and time unit estimate 1, with a relative
        // standard deviation of 1/sqrt(20000) = 0.7% here (the bound is five of them).
        var (code, output, _) = ConsoleCapture.Run("bench", "hold", "--list-only", "--processes", "50", "--events", "20000");
        Assert.Equal(0, code);
        var match = System.Text.RegularExpressions.Regex.Match(output, @"event-list\[n=50\] check: pops per entry and time unit: ([0-9.]+)");
        Assert.True(match.Success, output);
        double rate = double.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(rate, 1 - 5 * 0.0071, 1 + 5 * 0.0071);
        Assert.Contains("event-list[n=50] events: 20000", output);
    }
}
