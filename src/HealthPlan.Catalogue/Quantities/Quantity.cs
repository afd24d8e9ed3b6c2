using System;
using HealthPlan.Catalogue.Units;

namespace HealthPlan.Catalogue;

/// <summary>
/// A value in a unit. The unit is part of the type, so a <c>Quantity&lt;Percent&gt;</c> cannot be
/// passed, compared or added where a <c>Quantity&lt;PerMille&gt;</c> is expected: convert it
/// explicitly (<see cref="QuantityConversions.ToPerMille{TFrom}(Quantity{TFrom})"/>) instead.
/// </summary>
/// <typeparam name="TUnit">The unit, for example <see cref="PerMille"/>.</typeparam>
public readonly struct Quantity<TUnit> : IEquatable<Quantity<TUnit>>, IComparable<Quantity<TUnit>>, IFormattable
    where TUnit : class, IUnit
{
    /// <summary>Creates a quantity of <paramref name="value"/> in <typeparamref name="TUnit"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="value"/> is NaN.</exception>
    public Quantity(double value)
    {
        if (double.IsNaN(value))
        {
            throw new ArgumentException("A quantity cannot be NaN.", nameof(value));
        }

        Value = value;
    }

    /// <summary>The number, in <typeparamref name="TUnit"/>.</summary>
    public double Value { get; }

    /// <summary>The unit's description.</summary>
    public static UnitInfo Unit => TUnit.Info;

    /// <summary>Converts this quantity to another unit of the same dimension.</summary>
    /// <exception cref="InvalidOperationException">The units measure different dimensions.</exception>
    /// <remarks>Prefer the typed conversions such as <c>ToPerMille()</c>: they refuse other dimensions at compile time.</remarks>
    public Quantity<TOther> ConvertTo<TOther>() where TOther : class, IUnit
        => new(TUnit.Info.ConvertTo(Value, TOther.Info));

    /// <summary>Equal when the values are equal: both are in the same unit.</summary>
    public static bool operator ==(Quantity<TUnit> left, Quantity<TUnit> right) => left.Value == right.Value;

    /// <summary>Not equal when the values differ.</summary>
    public static bool operator !=(Quantity<TUnit> left, Quantity<TUnit> right) => left.Value != right.Value;

    /// <summary>Whether <paramref name="left"/> is less than <paramref name="right"/>.</summary>
    public static bool operator <(Quantity<TUnit> left, Quantity<TUnit> right) => left.Value < right.Value;

    /// <summary>Whether <paramref name="left"/> is at most <paramref name="right"/>.</summary>
    public static bool operator <=(Quantity<TUnit> left, Quantity<TUnit> right) => left.Value <= right.Value;

    /// <summary>Whether <paramref name="left"/> is greater than <paramref name="right"/>.</summary>
    public static bool operator >(Quantity<TUnit> left, Quantity<TUnit> right) => left.Value > right.Value;

    /// <summary>Whether <paramref name="left"/> is at least <paramref name="right"/>.</summary>
    public static bool operator >=(Quantity<TUnit> left, Quantity<TUnit> right) => left.Value >= right.Value;

    /// <summary>The sum of two quantities in the same unit.</summary>
    public static Quantity<TUnit> operator +(Quantity<TUnit> left, Quantity<TUnit> right) => new(left.Value + right.Value);

    /// <summary>The difference of two quantities in the same unit.</summary>
    public static Quantity<TUnit> operator -(Quantity<TUnit> left, Quantity<TUnit> right) => new(left.Value - right.Value);

    /// <summary>The quantity with its sign reversed.</summary>
    public static Quantity<TUnit> operator -(Quantity<TUnit> quantity) => new(-quantity.Value);

    /// <inheritdoc />
    public bool Equals(Quantity<TUnit> other) => Value.Equals(other.Value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Quantity<TUnit> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(Quantity<TUnit> other) => Value.CompareTo(other.Value);

    /// <summary>The value and the unit's symbol, invariant culture, as <see cref="UnitInfo.Format(double)"/> writes them.</summary>
    public override string ToString() => TUnit.Info.Format(Value);

    /// <inheritdoc />
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        string number = Value.ToString(format, formatProvider);
        return TUnit.Info.Symbol.Length == 0 ? number : number + " " + TUnit.Info.Symbol;
    }
}
