using System;

namespace HealthPlan.Catalogue.Units;

/// <summary>Describes a unit: how plans write it, its UCUM code or currency, its dimension and its factor.</summary>
/// <param name="Id">The unit's id in plan files: the value of an indicator's <c>unit</c>.</param>
/// <param name="Symbol">The symbol as the plans write it after a number; empty for dimensionless units.</param>
/// <param name="Ucum">
/// The UCUM code, with annotations in braces where UCUM has no unit of its own; <see langword="null"/> for money,
/// which UCUM has no units for (see <paramref name="Currency"/>).
/// </param>
/// <param name="NameEn">The English name of the unit.</param>
/// <param name="Dimension">What the unit measures.</param>
/// <param name="FactorToBase">The factor that turns a value in this unit into the dimension's base unit.</param>
/// <param name="Currency">
/// For money, the ISO 4217 code of the currency (<c>CNY</c>): a value in this unit is an amount of
/// <c>value × FactorToBase</c> of that currency (1.2 万元 is 12,000 CNY). <see langword="null"/> for other units.
/// </param>
public sealed record UnitInfo(string Id, string Symbol, string? Ucum, string NameEn, UnitDimension Dimension, double FactorToBase, string? Currency = null)
{
    /// <summary>Formats <paramref name="value"/> in this unit, invariant culture: the number, a space and the <see cref="Symbol"/> (the number alone when the symbol is empty).</summary>
    public string Format(double value) => Wording.WithSymbol(Wording.Number(value), Symbol);

    /// <summary>Whether values in this unit convert to <paramref name="other"/> (same dimension).</summary>
    public bool IsConvertibleTo(UnitInfo other) => other is not null && other.Dimension == Dimension;

    /// <summary>Converts a value in this unit to <paramref name="target"/>.</summary>
    /// <exception cref="InvalidOperationException">The units measure different dimensions.</exception>
    public double ConvertTo(double value, UnitInfo target)
    {
        if (!IsConvertibleTo(target))
        {
            throw new InvalidOperationException(
                $"Cannot convert {NameEn} ({Dimension}) to {target.NameEn} ({target.Dimension}): units of different dimensions do not convert.");
        }

        return ReferenceEquals(this, target) ? value : value * FactorToBase / target.FactorToBase;
    }

    /// <inheritdoc />
    public override string ToString() => Wording.UnitText(Symbol, Id);
}
