using System;
using System.Linq;
using CsCheck;
using HealthPlan.Catalogue.Fhir.Mapping;
using HealthPlan.Catalogue.Units;

namespace HealthPlan.Catalogue.Fhir.Tests;

/// <summary>What a receiving system reads back from a FHIR quantity is the number the catalogue holds, in every unit.</summary>
public sealed class QuantityPropertyTests
{
    [Fact]
    public void Any_number_in_any_unit_reads_back_from_its_fhir_quantity_as_the_same_number()
    {
        var numbers =
            from unit in Gen.OneOf(UnitCatalogue.All.Select(Gen.Const).ToArray())
            from decimals in Gen.Int[0, 4]
            from scaled in Gen.Long[-10_000_000, 10_000_000]
            select (unit, decimals, value: scaled / Math.Pow(10, decimals));

        numbers.Sample(item =>
        {
            var quantity = FhirQuantities.ToQuantity(item.value, item.unit, item.decimals);
            var read = FhirQuantities.FindUnit(quantity.System, quantity.Code);

            Assert.NotNull(read);
            double back = read!.ConvertTo((double)quantity.Value!.Value, item.unit);
            Assert.True(Math.Abs(back - item.value) <= 1e-9 * Math.Max(1, Math.Abs(item.value)), $"{item.value} {item.unit.Id} → {quantity.Value} {quantity.Code} → {back}");
        });
    }
}
