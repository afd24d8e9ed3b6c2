using System;
using System.Linq;
using HealthPlan.Catalogue.Units;

namespace HealthPlan.Catalogue.Tests.Runtime;

public class UnitCatalogueTests
{
    [Fact]
    public void Every_unit_is_in_the_catalogue_with_a_symbol_code_and_factor()
    {
        Assert.NotEmpty(UnitCatalogue.All);
        Assert.Equal(UnitCatalogue.All.Select(unit => unit.Id).Order(StringComparer.Ordinal), UnitCatalogue.All.Select(unit => unit.Id));
        Assert.Equal(UnitCatalogue.All.Count, UnitCatalogue.All.Select(unit => unit.Id).Distinct().Count());
        Assert.All(UnitCatalogue.All, unit =>
        {
            // Money is an ISO 4217 amount; every other unit has a UCUM code.
            Assert.True(unit.Dimension == UnitDimension.Money ? unit.Ucum is null && unit.Currency == "CNY" : !string.IsNullOrEmpty(unit.Ucum) && unit.Currency is null, unit.Id);
            Assert.True(unit.FactorToBase > 0);
            Assert.Same(unit, UnitCatalogue.Find(unit.Id));
        });
        Assert.Equal(PerMille.Info, Quantity<PerMille>.Unit);
    }

    [Fact]
    public void Find_returns_null_for_an_unknown_id()
    {
        Assert.Null(UnitCatalogue.Find("permille"));
        Assert.Throws<ArgumentNullException>(() => UnitCatalogue.Find(null!));
    }

    [Fact]
    public void Visit_calls_the_visitor_with_the_type_of_every_unit()
        => Assert.All(UnitCatalogue.All, unit => Assert.Same(unit, UnitCatalogue.Visit(unit, new InfoOf())));

    [Fact]
    public void Visit_lets_non_generic_code_create_generic_instances_for_a_unit_known_by_id()
    {
        var unit = UnitCatalogue.Find(PerMille.Info.Id)!;

        object quantity = UnitCatalogue.Visit(unit, new QuantityOf(6.3));

        var perMille = Assert.IsType<Quantity<PerMille>>(quantity);
        Assert.Equal(6.3, perMille.Value);
        Assert.Equal(0.63, perMille.ToPercent().Value, 10);
    }

    [Fact]
    public void Visit_matches_the_unit_by_id()
    {
        var copy = PerMille.Info with { };
        Assert.NotSame(PerMille.Info, copy);
        Assert.Same(PerMille.Info, UnitCatalogue.Visit(copy, new InfoOf()));
    }

    [Fact]
    public void Visit_refuses_a_unit_the_catalogue_does_not_have()
    {
        var unknown = new UnitInfo("per-billion", "ppb", "[ppb]", "per billion", UnitDimension.Ratio, 1e-9);

        var exception = Assert.Throws<ArgumentException>(() => UnitCatalogue.Visit(unknown, new InfoOf()));
        Assert.Equal("unit", exception.ParamName);
        Assert.Contains("per-billion", exception.Message);
        Assert.Throws<ArgumentNullException>(() => UnitCatalogue.Visit(null!, new InfoOf()));
        Assert.Throws<ArgumentNullException>(() => UnitCatalogue.Visit<UnitInfo>(PerMille.Info, null!));
    }

    private sealed class InfoOf : IUnitVisitor<UnitInfo>
    {
        public UnitInfo Visit<TUnit>() where TUnit : class, IUnit => TUnit.Info;
    }

    private sealed class QuantityOf(double value) : IUnitVisitor<object>
    {
        public object Visit<TUnit>() where TUnit : class, IUnit => new Quantity<TUnit>(value);
    }
}
