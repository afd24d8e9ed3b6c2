using System;
using System.Linq;
using Fhir.Metrics;
using HealthPlan.Catalogue.Units;

namespace HealthPlan.Catalogue.Fhir.Tests;

/// <summary>
/// The units' UCUM codes against Firely's UCUM library (Fhir.Metrics), the second of the two libraries a FHIR system
/// is likely to use (.ci/run checks them with NLM's). Both must accept every code; Firely's must also agree with
/// units.json on how the units of a dimension convert.
/// </summary>
public sealed class UcumTests
{
    private static readonly FhirMetricService Metrics = new();

    private static (decimal Value, string Unit)? Canonical(string code)
        => Metrics.TryCanonicalize((1m, code, FhirNames.Ucum), out var canonical) && canonical is { } result ? (result.Item1, result.Item2) : null;

    [Fact]
    public void Every_unit_code_parses_with_firelys_ucum_library_and_money_has_none()
    {
        var rejected = UnitCatalogue.All.Where(unit => unit.Ucum is not null && Canonical(unit.Ucum) is null).Select(unit => $"{unit.Id}: {unit.Ucum}").ToList();

        Assert.True(rejected.Count == 0, "Fhir.Metrics cannot parse: " + string.Join(", ", rejected));
        Assert.Null(Canonical("{boys}/100{girls}"));
        Assert.All(UnitCatalogue.All.Where(unit => unit.Dimension == UnitDimension.Money), unit => Assert.Null(unit.Ucum));
    }

    [Fact]
    public void Units_of_a_dimension_convert_by_the_same_factor_in_firelys_ucum_library_as_in_units_json()
    {
        var pairs =
            from a in UnitCatalogue.All
            from b in UnitCatalogue.All
            where a.Ucum is not null && b.Ucum is not null && a.Dimension == b.Dimension && a != b
            let ca = Canonical(a.Ucum!)
            let cb = Canonical(b.Ucum!)
            where ca is not null && cb is not null && ca.Value.Unit == cb.Value.Unit
            select (a, b, Ucum: (double)(ca.Value.Value / cb.Value.Value), Ours: a.FactorToBase / b.FactorToBase);
        var checkedPairs = pairs.ToList();

        Assert.Contains(checkedPairs, pair => pair.a == Years.Info && pair.b == Days.Info);
        Assert.Contains(checkedPairs, pair => pair.a == PerMille.Info && pair.b == Per100K.Info);
        Assert.All(checkedPairs, pair => Assert.True(Math.Abs(pair.Ucum / pair.Ours - 1) < 1e-9, $"{pair.a.Id} / {pair.b.Id}: UCUM {pair.Ucum}, units.json {pair.Ours}"));
    }
}
