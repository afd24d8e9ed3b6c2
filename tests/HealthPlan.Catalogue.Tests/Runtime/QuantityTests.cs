using System.Linq;
using HealthPlan.Catalogue.Units;

namespace HealthPlan.Catalogue.Tests.Runtime;

public class QuantityTests
{
    [Fact]
    public void Quantities_of_one_unit_compare_and_add()
    {
        var a = 5.9.PerMille();
        var b = 6.3.PerMille();

        Assert.True(a < b);
        Assert.True(a <= b);
        Assert.True(b > a);
        Assert.True(b >= a);
        Assert.True(a == 5.9.PerMille());
        Assert.True(a != b);
        Assert.Equal(12.2, (a + b).Value, 10);
        Assert.Equal(0.4, (b - a).Value, 10);
        Assert.Equal(-5.9, (-a).Value, 10);
    }

    [Fact]
    public void Ratio_units_convert_explicitly()
    {
        Assert.Equal(0.63, 6.3.PerMille().ToPercent().Value, 10);
        Assert.Equal(6.3, 0.63.Percent().ToPerMille().Value, 10);
        Assert.Equal(11, 0.11.PerMille().ToPer100K().Value, 10);
        Assert.Equal(130, 1.3.Percent().ToPer10K().Value, 10);
    }

    [Fact]
    public void Units_of_one_dimension_convert_and_others_refuse()
    {
        Assert.Equal(1440, 1.Days().ToMinutes().Value, 10);
        Assert.Equal(120, 1.2.HundredMillionYuan().ToTenThousandYuan().Value / 100, 10);
        Assert.Equal(1_200_000, 120.TenThousandPersons().ToPersons().Value, 10);
        Assert.Equal(2.46, 24.6.PersonsPer10K().ToPersonsPer1000().Value, 10);
        Assert.Throws<System.InvalidOperationException>(() => 78.Years().ConvertTo<Percent>());
    }

    [Fact]
    public void Quantities_print_with_the_plan_symbol()
    {
        Assert.Equal("6.3 ‰", 6.3.PerMille().ToString());
        Assert.Equal("11 /10万", 11.Per100K().ToString());
        Assert.Equal("78.14 岁", 78.14.Years().ToString());
        Assert.Equal("0.75", 0.75.Ratio().ToString());
        Assert.Equal("6.30 ‰", 6.3.PerMille().ToString("F2", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void NaN_is_not_a_quantity()
        => Assert.Throws<System.ArgumentException>(() => double.NaN.Percent());

    [Fact]
    public void Every_factory_makes_a_quantity_in_the_unit_it_is_named_after()
    {
        var factories = typeof(QuantityFactory).GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(method => method.GetParameters() is [{ ParameterType: var type }] && (type == typeof(double) || type == typeof(int)))
            .ToList();

        Assert.NotEmpty(factories);
        Assert.All(factories, factory =>
        {
            var unit = factory.ReturnType.GetGenericArguments().Single();
            Assert.Equal(unit.Name, factory.Name);
            object quantity = factory.Invoke(null, [factory.GetParameters()[0].ParameterType == typeof(int) ? (object)7 : 7.0])!;
            Assert.Equal(7.0, factory.ReturnType.GetProperty(nameof(Quantity<Ratio>.Value))!.GetValue(quantity));
        });
    }

    [Fact]
    public void Achieved_is_one_and_not_achieved_is_zero()
    {
        Assert.Equal(1, true.Achieved().Value);
        Assert.Equal(0, false.Achieved().Value);
        Assert.Equal(Achievement.Info, Quantity<Achievement>.Unit);
    }

    [Fact]
    public void A_fraction_factor_is_the_exact_quotient()
        => Assert.Equal(1.0 / 1440, Minutes.Info.FactorToBase);
}
