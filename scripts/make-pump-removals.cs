#:project ../src/SpareSim.Analytics/SpareSim.Analytics.csproj
// Writes models/data/pump-removals.csv: an illustrative removal record (not real data) of 240
// pumps. Lifetimes are Weibull (shape 1.8, scale 170 days); each pump was installed at a uniform
// time in a 400-day window, so the ones still running at the end are right-censored at their age
// then; 60 pumps were already in service when the records began (entry age uniform on [0, 120)
// days, lifetime drawn conditional on surviving it: left truncation).
// Run: dotnet run scripts/make-pump-removals.cs
using System.Globalization;
using SpareSim.Analytics.Fitting;

var family = new WeibullFamily();
double[] theta = [1.8, 170];
var random = new Random(20261202);
var lines = new List<string> { "pump,age_days,still_running,age_at_first_record" };
for (int i = 1; i <= 240; i++)
{
    double entry = i <= 60 ? 120 * random.NextDouble() : 0;
    double start = family.Cdf(theta, entry);
    double life = family.Quantile(theta, start + (1 - start) * random.NextDouble());
    double window = entry + 400 * random.NextDouble(); // age at the end of the records
    bool running = life > window;
    double age = Math.Round(running ? window : life, 1);
    if (age <= entry) age = Math.Round(entry, 1) + 0.1;
    lines.Add(string.Create(CultureInfo.InvariantCulture, $"P{i:000},{age:F1},{(running ? 1 : 0)},{entry:F1}"));
}
File.WriteAllLines(Path.Combine("models", "data", "pump-removals.csv"), lines);
Console.WriteLine($"wrote {lines.Count - 1} records");
