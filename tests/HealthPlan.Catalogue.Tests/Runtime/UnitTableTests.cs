using System.Linq;
using HealthPlan.Catalogue.Generators.Units;
using HealthPlan.Catalogue.Units;

namespace HealthPlan.Catalogue.Tests.Runtime;

/// <summary>The generator's unit table and the runtime's unit types must describe the same units.</summary>
public class UnitTableTests
{
    [Fact]
    public void Every_generator_unit_is_a_runtime_type_with_the_same_id_and_symbol()
    {
        var runtime = typeof(IUnit).Assembly;
        foreach (var unit in UnitTable.All)
        {
            var type = runtime.GetType("HealthPlan.Catalogue.Units." + unit.TypeName);
            Assert.True(type is not null, $"{unit.Id}: no runtime type {unit.TypeName}");
            var info = (UnitInfo)type!.GetProperty(nameof(IUnit.Info))!.GetValue(null)!;
            Assert.Equal((unit.Id, unit.Symbol), (info.Id, info.Symbol));
        }
    }

    [Fact]
    public void Every_runtime_unit_can_be_named_in_a_plan_file()
        => Assert.Equal(UnitCatalogue.All.Select(unit => unit.Id).OrderBy(id => id), UnitTable.All.Select(unit => unit.Id).OrderBy(id => id));

    [Fact]
    public void Every_seed_indicator_unit_symbol_matches_its_runtime_type()
    {
        foreach (var indicator in HealthPlan.Catalogue.Seeds.Plans.Catalogue.Plans.SelectMany(plan => plan.Indicators))
        {
            var typeArgument = indicator.GetType().GetGenericArguments().Single();
            var info = (UnitInfo)typeArgument.GetProperty(nameof(IUnit.Info))!.GetValue(null)!;
            Assert.Same(info, indicator.Unit);
        }
    }
}
