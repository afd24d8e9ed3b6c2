using System;
using System.Globalization;
using HealthPlan.Catalogue.Units;
using Hl7.Fhir.Model;

namespace HealthPlan.Catalogue.Fhir.Mapping;

/// <summary>Numbers of the catalogue as FHIR quantities: UCUM units, and money as ISO 4217 amounts.</summary>
public static class FhirQuantities
{
    /// <summary>
    /// <paramref name="value"/> in <paramref name="unit"/> as a FHIR <see cref="Quantity"/>: with the unit's UCUM code, or for
    /// money the amount in the unit's currency (1.2 万元 is 12000 CNY, system <c>urn:iso:std:iso:4217</c>).
    /// </summary>
    /// <param name="value">The number.</param>
    /// <param name="unit">Its unit.</param>
    /// <param name="decimals">The decimals the document writes it with (6.30 → 2), kept in the FHIR decimal; null for as many as it has.</param>
    public static Quantity ToQuantity(double value, UnitInfo unit, int? decimals = null)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (unit.Currency is { } currency)
        {
            // Scale in decimal: 1.2 × 10000 is exactly 12000, as the document means it. Trailing zeros go: 1.5 亿元 is
            // 150000000 CNY, not 150000000.0, which would claim a precision of a tenth of a yuan.
            decimal amount = Normalize(Decimal(value, decimals) * (decimal)unit.FactorToBase);
            return new Quantity { Value = amount, System = FhirNames.Iso4217, Code = currency, Unit = currency };
        }

        return new Quantity
        {
            Value = Decimal(value, decimals),
            System = FhirNames.Ucum,
            Code = unit.Ucum,
            Unit = unit.Symbol.Length > 0 ? unit.Symbol : unit.NameEn,
        };
    }

    /// <summary>A percentage (of a baseline), in UCUM <c>%</c>.</summary>
    public static Quantity Percent(double value, int? decimals = null) => ToQuantity(value, Units.Percent.Info, decimals);

    /// <summary>The unit as a FHIR <see cref="Coding"/>: UCUM, or the ISO 4217 currency for money.</summary>
    public static Coding ToCoding(UnitInfo unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return unit.Currency is { } currency
            ? new Coding(FhirNames.Iso4217, currency, unit.NameEn)
            : new Coding(FhirNames.Ucum, unit.Ucum, unit.NameEn);
    }

    /// <summary>
    /// The catalogue unit a FHIR quantity is in: by UCUM code, or for ISO 4217 amounts the currency's base unit
    /// (factor 1); null when the catalogue has no such unit.
    /// </summary>
    public static UnitInfo? FindUnit(string? system, string? code)
    {
        return code is null ? null
            : system == FhirNames.Iso4217 ? UnitCatalogue.FindByCurrency(code)
            : system is null || system == FhirNames.Ucum ? UnitCatalogue.FindByUcum(code)
            : null;
    }

    /// <summary>The same number without trailing zeros after the point (12000.0 → 12000).</summary>
    private static decimal Normalize(decimal value) => value / 1.0000000000000000000000000000m;

    /// <summary>The double as a decimal, at <paramref name="decimals"/> places when given (trailing zeros kept: 6.30).</summary>
    internal static decimal Decimal(double value, int? decimals)
    {
        if (decimals is int places && places >= 0 && places <= 15)
        {
            return decimal.Parse(value.ToString("F" + places.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        }

        return decimal.Parse(value.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);
    }
}
