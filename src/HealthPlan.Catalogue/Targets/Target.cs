using System;
using System.Globalization;
using HealthPlan.Catalogue.Units;

namespace HealthPlan.Catalogue;

/// <summary>
/// A target of an indicator: a year, an operator and its value(s), in the indicator's unit.
/// <see cref="IsMetBy"/> accepts only a quantity in the same unit, so a wrong-unit check does not compile.
/// </summary>
/// <typeparam name="TUnit">The indicator's unit.</typeparam>
public sealed class Target<TUnit> : ITarget where TUnit : struct, IUnit
{
    private readonly TargetSpec _spec;
    private IIndicator? _indicator;
    private double? _baselineValue;

    /// <summary>Creates a target. Generated catalogue code calls this; the indicator attaches itself afterwards.</summary>
    /// <param name="year">The year by which the target is to be reached.</param>
    /// <param name="operator">How the actual value is compared.</param>
    /// <param name="source">Where the target is stated.</param>
    /// <param name="value">The target value; required unless <paramref name="operator"/> is qualitative.</param>
    /// <param name="valueMax">The upper bound; required for a range.</param>
    /// <param name="tolerance">The tolerance of an about-target, in the indicator's unit.</param>
    /// <param name="baselineYear">The baseline year; required for an increase or decrease.</param>
    /// <param name="relative">Whether an increase or decrease is a percentage of the baseline.</param>
    /// <param name="decimals">The number of decimals the document states the value with (used by neutral reach targets).</param>
    /// <param name="scope">The part of the indicator the target applies to, or null.</param>
    /// <param name="reference">A benchmark quoted beside the target, or null.</param>
    /// <param name="textZh">The goal in Chinese (qualitative targets).</param>
    /// <param name="textEn">The goal in English (qualitative targets).</param>
    /// <param name="note">A curator's note, or null.</param>
    /// <exception cref="ArgumentException">The operator's required values are missing or inconsistent.</exception>
    public Target(
        int year,
        TargetOperator @operator,
        Provenance source,
        double? value = null,
        double? valueMax = null,
        double? tolerance = null,
        int? baselineYear = null,
        bool relative = false,
        int decimals = 0,
        string? scope = null,
        TargetReference? reference = null,
        string? textZh = null,
        string? textEn = null,
        string? note = null)
    {
        if (@operator != TargetOperator.Qualitative && value is null)
        {
            throw new ArgumentException($"A target with operator {@operator} needs a value.", nameof(value));
        }

        if (@operator == TargetOperator.Between && (valueMax is null || valueMax < value))
        {
            throw new ArgumentException("A range target needs a maximum at or above its minimum.", nameof(valueMax));
        }

        if (@operator is TargetOperator.IncreaseBy or TargetOperator.DecreaseBy && baselineYear is null)
        {
            throw new ArgumentException($"A target with operator {@operator} needs a baseline year.", nameof(baselineYear));
        }

        Year = year;
        Source = source ?? throw new ArgumentNullException(nameof(source));
        BaselineYear = baselineYear;
        Scope = scope;
        Reference = reference;
        TextZh = textZh;
        TextEn = textEn;
        Note = note;
        _spec = new TargetSpec(@operator, value, valueMax, tolerance, relative, decimals);
    }

    /// <inheritdoc />
    public int Year { get; }

    /// <inheritdoc />
    public TargetOperator Operator => _spec.Operator;

    /// <inheritdoc />
    public double? Value => _spec.Value;

    /// <inheritdoc />
    public double? ValueMax => _spec.ValueMax;

    /// <inheritdoc />
    public double? Tolerance => _spec.Tolerance;

    /// <inheritdoc />
    public int? BaselineYear { get; }

    /// <inheritdoc />
    public bool IsRelative => _spec.IsRelative;

    /// <inheritdoc />
    public int Decimals => _spec.Decimals;

    /// <inheritdoc />
    public string? Scope { get; }

    /// <inheritdoc />
    public TargetReference? Reference { get; }

    /// <inheritdoc />
    public string? TextZh { get; }

    /// <inheritdoc />
    public string? TextEn { get; }

    /// <inheritdoc />
    public string? Note { get; }

    /// <inheritdoc />
    public Provenance Source { get; }

    /// <inheritdoc />
    public UnitInfo Unit => TUnit.Info;

    /// <summary>The target value as a quantity (the lower bound of a range); null for a qualitative goal.</summary>
    public Quantity<TUnit>? Quantity => _spec.Value is double value ? new Quantity<TUnit>(value) : null;

    /// <inheritdoc />
    public IIndicator Indicator => _indicator ?? throw new InvalidOperationException("The target has not been added to an indicator.");

    /// <inheritdoc />
    public double? BaselineValue => _baselineValue;

    /// <summary>The threshold an increase or decrease target sets from its baseline, when the baseline is known.</summary>
    public Quantity<TUnit>? Threshold
        => TargetEvaluator.RelativeThreshold(_spec, _baselineValue) is double threshold ? new Quantity<TUnit>(threshold) : Quantity;

    private Direction Direction => _indicator?.Direction ?? Direction.Neutral;

    /// <summary>Whether <paramref name="actual"/> meets the target. Allocates nothing.</summary>
    /// <remarks>A relative target without a known baseline is not met: use <see cref="Assess"/> to tell that case apart.</remarks>
    public bool IsMetBy(Quantity<TUnit> actual)
        => TargetEvaluator.Evaluate(_spec, Direction, actual.Value, _baselineValue).Outcome == AssessmentOutcome.Met;

    /// <summary>Assesses <paramref name="actual"/>: met, not met or cannot tell, with the gap in the target's unit.</summary>
    /// <param name="actual">The measured value.</param>
    /// <param name="baseline">The baseline for an increase or decrease target; defaults to the plan's value for the baseline year.</param>
    public TargetAssessment Assess(Quantity<TUnit> actual, Quantity<TUnit>? baseline = null)
        => AssessValue(actual.Value, baseline?.Value);

    /// <inheritdoc />
    public TargetAssessment AssessValue(double actual, double? baseline = null)
    {
        var evaluation = TargetEvaluator.Evaluate(_spec, Direction, actual, baseline ?? _baselineValue);
        return new TargetAssessment(this, actual, evaluation.Outcome, evaluation.Threshold, evaluation.Gap);
    }

    /// <inheritdoc />
    public string Describe() => Describe(TUnit.Info);

    /// <inheritdoc />
    public string Describe(UnitInfo unit)
    {
        ArgumentNullException.ThrowIfNull(unit);

        // In the target's own unit numbers keep the decimals the document states (5.0 stays 5.0);
        // converted, they are shown as computed.
        bool converted = !ReferenceEquals(unit, TUnit.Info);
        string Number(double? number) => converted ? Shortest(TUnit.Info.ConvertTo(number.GetValueOrDefault(), unit)) : Stated(number);
        string WithSymbol(string number) => unit.Symbol.Length == 0 ? number : number + " " + unit.Symbol;

        string value = _spec.Value is not null ? WithSymbol(Number(_spec.Value)) : string.Empty;
        string baseline = BaselineYear?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
        string amount = _spec.IsRelative ? Stated(_spec.Value) + " %" : value;
        return _spec.Operator switch
        {
            TargetOperator.AtLeast => "≥ " + value,
            TargetOperator.AtMost => "≤ " + value,
            TargetOperator.Above => "> " + value,
            TargetOperator.Below => "< " + value,
            TargetOperator.Reach => "= " + value,
            TargetOperator.Between => Number(_spec.Value) + "–" + WithSymbol(Number(_spec.ValueMax)),
            TargetOperator.About => "≈ " + value,
            TargetOperator.IncreaseBy => $"+{amount} over {baseline}",
            TargetOperator.DecreaseBy => $"−{amount} from {baseline}",
            _ => TextEn ?? TextZh ?? "qualitative goal",
        };
    }

    /// <summary>The target in words with its year and scope: <c>≤ 6.3 ‰ by 2020</c>.</summary>
    public override string ToString()
    {
        string text = Describe() + " by " + Year.ToString(CultureInfo.InvariantCulture);
        return Scope is null ? text : text + " (" + Scope + ")";
    }

    /// <summary>Called once by the owning indicator: gives the target its direction and baseline.</summary>
    internal void AttachTo(IIndicator indicator, double? baselineValue)
    {
        if (_indicator is not null)
        {
            throw new InvalidOperationException("A target belongs to one indicator only.");
        }

        _indicator = indicator;
        _baselineValue = baselineValue;
    }

    /// <summary>A number with the decimals the document states it with: 5.0 stays 5.0.</summary>
    private string Stated(double? value)
    {
        double number = value.GetValueOrDefault();
        string shortest = Shortest(number);
        string stated = number.ToString("F" + _spec.Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return stated.Length > shortest.Length ? stated : shortest;
    }

    private static string Shortest(double number) => number.ToString("0.##########", CultureInfo.InvariantCulture);
}
