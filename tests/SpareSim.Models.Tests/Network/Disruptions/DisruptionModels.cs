using System.Globalization;

namespace SpareSim.Models.Tests.Network.Disruptions;

/// <summary>The small model files the disruption tests run: one Poisson fleet fed by one source, plus a disruptions list.</summary>
internal static class DisruptionModels
{
    /// <summary>A fleet of <paramref name="systems"/> with exponential lifetimes (mean <paramref name="meanLife"/>, Poisson mode) and a supplier with exponential lead times.</summary>
    public static string SupplierFleet(double systems, double meanLife, double lead, int stock, string disruptions) => string.Create(CultureInfo.InvariantCulture, $$"""
        {
          "parts": [ { "name": "pump", "versions": [ { "name": "cm" } ] } ],
          "sites": [ { "name": "base" } ],
          "sources": [ { "name": "supplier", "kind": "supplier", "leadTime": { "family": "exponential", "mean": {{lead}} } } ],
          "installedBases": [ { "name": "fleet", "site": "base", "part": "pump", "systems": {{systems}}, "failureMode": "poisson",
                                "lifetime": { "cm": { "family": "exponential", "mean": {{meanLife}} } } } ],
          "stockPoints": [ { "site": "base", "part": "pump", "stock": { "cm": {{stock}} }, "controller": { "kind": "base-stock", "source": "supplier" } } ],
          "disruptions": [ {{disruptions}} ]
        }
        """);

    /// <summary>The same fleet fed by a pool of unlimited printers with exponential print times.</summary>
    public static string PrinterFleet(double systems, double meanLife, double printTime, string disruptions) => string.Create(CultureInfo.InvariantCulture, $$"""
        {
          "parts": [ { "name": "pump", "versions": [ { "name": "am" } ] } ],
          "sites": [ { "name": "base" } ],
          "sources": [ { "name": "printer", "kind": "printer", "site": "base", "printers": 0, "printTime": { "family": "exponential", "mean": {{printTime}} } } ],
          "installedBases": [ { "name": "fleet", "site": "base", "part": "pump", "systems": {{systems}}, "failureMode": "poisson",
                                "lifetime": { "am": { "family": "exponential", "mean": {{meanLife}} } } } ],
          "stockPoints": [ { "site": "base", "part": "pump", "stock": { "am": 2 }, "controller": { "kind": "base-stock", "source": "printer" } } ],
          "disruptions": [ {{disruptions}} ]
        }
        """);
}
