using System;
using System.Collections.Generic;
using System.Linq;
using HealthPlan.Catalogue.Units;

namespace HealthPlan.Catalogue;

/// <summary>
/// A target of an indicator: a year, an operator and its value(s), in the indicator's unit.
/// <see cref="IsMetBy"/> accepts only a quantity in the same unit, so a wrong-unit check does not compile.
/// </summary>
/// <typeparam name="TUnit">The indicator's unit.</typeparam>
public sealed class Target<TUnit> : ITarget where TUnit : class, IUnit
{
    private readonly TargetSpec _spec;
    private IIndicator? _indicator;
    private Direction _direction = Direction.Neutral;

    /// <summary>Creates a target; an <see cref="Indicator{TUnit}"/> made with it attaches itself.</summary>
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
    /// <param name="baselineValue">The value in <paramref name="baselineYear"/> an increase or decrease starts from, when known.</param>
    /// <param name="sources">Every place the target is stated, the first being <paramref name="source"/>; null for <paramref name="source"/> alone.</param>
    /// <param name="inTable">Whether this is the target the plan's indicator table states among differing ones of its year and scope.</param>
    /// <param name="previousPeriod">Whether this is a previous plan's target the plan restates (a year before its period).</param>
    /// <exception cref="ArgumentException">The operator's required values are missing or inconsistent, or <paramref name="sources"/> does not start with <paramref name="source"/>.</exception>
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
        string? note = null,
        double? baselineValue = null,
        IEnumerable<Provenance>? sources = null,
        bool inTable = false,
        bool previousPeriod = false)
        : this(
            new TargetModel(year, @operator, Number(value, decimals), Number(valueMax, decimals), Number(tolerance, decimals), baselineYear,
                baselineValue is double baseline ? NumberModel.Of(baseline) : null, relative, scope,
                reference is null ? null : new ReferenceModel(reference.TextZh, reference.Operator, reference.Value is double r ? NumberModel.Of(r) : null),
                textZh, textEn, note, EquatableArray<SourceModel>.Empty, inTable, previousPeriod),
            SourcesOf(source, sources),
            TUnit.Info)
    {
    }

    private static NumberModel? Number(double? value, int decimals) => value is double number ? NumberModel.Of(number, decimals) : null;

    private static Provenance[] SourcesOf(Provenance source, IEnumerable<Provenance>? sources)
    {
        if (source is null)
        {
            throw new ArgumentNullException(nameof(source));
        }

        if (sources is null)
        {
            return new[] { source };
        }

        var all = sources.ToArray();
        if (all.Length == 0 || all[0] != source)
        {
            throw new ArgumentException("Sources must list at least one source, the first being the target's source.", nameof(sources));
        }

        return all;
    }

    /// <summary>The target <paramref name="definition"/> states, stated at <paramref name="sources"/> (at least one); <see cref="PlanData"/> passes the unit it has already looked up.</summary>
    internal Target(TargetModel definition, Provenance[] sources, UnitInfo unit)
    {
        if (!definition.Operator.IsQualitative() && definition.Value is null)
        {
            throw new ArgumentException($"A target with operator {definition.Operator} needs a value.", "value");
        }

        if (definition.Operator.IsRange() && (definition.ValueMax is null || definition.ValueMax.Value.Value < definition.Value?.Value))
        {
            throw new ArgumentException("A range target needs a maximum at or above its minimum.", "valueMax");
        }

        if (definition.Operator.IsChange() && definition.BaselineYear is null)
        {
            throw new ArgumentException($"A target with operator {definition.Operator} needs a baseline year.", "baselineYear");
        }

        Year = definition.Year;
        Source = sources[0];
        Sources = sources;
        InTable = definition.Table;
        IsPreviousPeriod = definition.PreviousPeriod;
        BaselineYear = definition.BaselineYear;
        BaselineValue = definition.BaselineValue?.Value;
        Scope = definition.Scope;
        Reference = definition.Reference is { } reference ? new TargetReference(reference.TextZh, reference.Operator, reference.Value?.Value) : null;
        TextZh = definition.TextZh;
        TextEn = definition.TextEn;
        Note = definition.Note;
        Unit = unit;
        _spec = new TargetSpec(definition.Operator, definition.Value?.Value, definition.ValueMax?.Value, definition.Tolerance?.Value, definition.Relative,
            definition.Value?.Decimals ?? 0, InWords: definition.Operator.IsQualitative() && unit.Dimension != UnitDimension.Achievement);
    }

    /// <summary>The target value as a quantity (the lower bound of a range); null for a qualitative goal.</summary>
    public Quantity<TUnit>? Quantity => Value is double value ? new Quantity<TUnit>(value) : null;

    /// <summary>
    /// The number actual values are compared with: the threshold an increase or decrease target sets from its baseline
    /// (null when the baseline is not known), otherwise the target value (a range's lower bound); null for a qualitative goal.
    /// </summary>
    public Quantity<TUnit>? Threshold => ThresholdValue is double threshold ? new Quantity<TUnit>(threshold) : null;

    /// <summary>Whether <paramref name="actual"/> meets the target: true or false, never a guess. Allocates nothing.</summary>
    /// <remarks>
    /// An increase or decrease target whose baseline value is not known (<see cref="CanJudge"/> is false) cannot be
    /// judged: rather than answer false, this throws. Use <see cref="Assess"/>, which says met, not met or cannot tell
    /// and takes a baseline, for such targets, or check <see cref="CanJudge"/> first.
    /// </remarks>
    /// <exception cref="InvalidOperationException">The target is relative to a baseline year whose value is not known.</exception>
    /// <exception cref="ArgumentException"><paramref name="actual"/> is not a number (NaN).</exception>
    public bool IsMetBy(Quantity<TUnit> actual)
    {
        var outcome = TargetEvaluator.Evaluate(_spec, _direction, actual.Value, BaselineValue).Outcome;
        if (outcome == AssessmentOutcome.CannotTell)
        {
            ThrowCannotTell(actual.Value);
        }

        return outcome == AssessmentOutcome.Met;
    }

    /// <inheritdoc />
    public bool CanJudge => !_spec.InWords && (!_spec.Operator.IsChange() || BaselineValue is not null);

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private void ThrowCannotTell(double actual)
    {
        if (double.IsNaN(actual))
        {
            throw new ArgumentException("The actual value is not a number (NaN), so whether it meets the target cannot be told.", nameof(actual));
        }

        if (_spec.InWords)
        {
            throw new InvalidOperationException(
                $"Cannot tell whether the target '{this}' is met: it is a goal in words on an indicator measured in {Unit}, which no single value meets. "
                + "Use Progress or ProgressOf, which measure how it is going from the baseline, or check CanJudge first.");
        }

        string year = BaselineYear.GetValueOrDefault().ToString(System.Globalization.CultureInfo.InvariantCulture);
        throw new InvalidOperationException(
            $"Cannot tell whether the target '{this}' is met: it is relative to {year} and no {year} value is known. "
            + $"Use Assess(actual, baseline: <the {year} value>), which also answers \"cannot tell\" instead of throwing, or check CanJudge first.");
    }

    /// <summary>Assesses <paramref name="actual"/>: met, not met or cannot tell, with the gap in the target's unit.</summary>
    /// <param name="actual">The measured value.</param>
    /// <param name="baseline">The baseline for an increase or decrease target; defaults to <see cref="ITarget.BaselineValue"/>.</param>
    public TargetAssessment Assess(Quantity<TUnit> actual, Quantity<TUnit>? baseline = null)
        => AssessValue(actual.Value, baseline?.Value);

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
    public double? BaselineValue { get; }

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
    public IReadOnlyList<Provenance> Sources { get; }

    /// <inheritdoc />
    public bool InTable { get; }

    /// <inheritdoc />
    public bool IsPreviousPeriod { get; }

    /// <inheritdoc />
    public UnitInfo Unit { get; }

    /// <inheritdoc />
    public IIndicator Indicator => _indicator ?? throw new InvalidOperationException("The target has not been added to an indicator.");

    /// <inheritdoc />
    public double? ThresholdValue => _spec.Operator.IsChange()
        ? TargetEvaluator.RelativeThreshold(_spec, BaselineValue)
        : _spec.Value;

    /// <inheritdoc />
    public TargetAssessment AssessValue(double actual, double? baseline = null)
    {
        var evaluation = TargetEvaluator.Evaluate(_spec, _direction, actual, baseline ?? BaselineValue);
        return new TargetAssessment(this, actual, evaluation.Outcome, evaluation.Threshold, evaluation.Gap);
    }

    /// <summary>Progress of <paramref name="value"/>, measured in <paramref name="year"/>, towards this target (docs/progress.md).</summary>
    /// <param name="year">The year the value was measured.</param>
    /// <param name="value">The measured value.</param>
    /// <param name="baseline">The value progress is measured from; the default is described at <see cref="ITarget.ProgressOf(int, double, IReportedValue?)"/>.</param>
    public TargetProgress Progress(int year, Quantity<TUnit> value, ReportedValue<TUnit>? baseline = null)
        => ProgressOf(year, value.Value, baseline);

    /// <summary>Progress of <paramref name="value"/> in <paramref name="year"/> from an explicit baseline.</summary>
    /// <param name="year">The year the value was measured.</param>
    /// <param name="value">The measured value.</param>
    /// <param name="baseYear">The baseline's year.</param>
    /// <param name="baseValue">The baseline's value.</param>
    public TargetProgress Progress(int year, Quantity<TUnit> value, int baseYear, Quantity<TUnit> baseValue)
        => ProgressOf(year, value.Value, baseYear, baseValue.Value);

    /// <inheritdoc />
    public TargetBaseline Baseline => Baselines.Of(this);

    /// <inheritdoc />
    public IReportedValue? LatestRecorded => Baselines.LatestRecorded(this);

    /// <inheritdoc />
    public TargetProgress? RecordedProgress => LatestRecorded is { } recorded ? ProgressOf(Baselines.LevelYear(recorded), recorded.Value) : null;

    /// <inheritdoc />
    public bool IsJudged
    {
        get
        {
            foreach (var judged in Indicator.JudgedTargets(Year, Scope))
            {
                if (ReferenceEquals(judged, this))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <inheritdoc />
    public bool SaysTheSame(ITarget other)
        => TargetChoice.TermsOf(this).SaysTheSame(TargetChoice.TermsOf(other ?? throw new ArgumentNullException(nameof(other))));

    /// <inheritdoc />
    public TargetProgress ProgressOf(int year, double value, IReportedValue? baseline = null)
    {
        if (baseline is not null)
        {
            double start = ReferenceEquals(baseline.Unit, Unit) ? baseline.Value : baseline.Unit.ConvertTo(baseline.Value, Unit);
            return ProgressOf(year, value, baseline.Year, start);
        }

        var known = Baseline;
        if (known.IsKnown)
        {
            return ProgressOf(year, value, known.Year.GetValueOrDefault(), known.Value.GetValueOrDefault());
        }

        // A yes/no goal needs no baseline: achieved or not.
        return _spec.Operator.IsQualitative()
            ? ProgressMeasure.Qualitative(this, _spec, _direction, year, value, null, null)
            : NoBaseline(year, value, known.ProgressReason!);
    }

    /// <inheritdoc />
    public TargetProgress ProgressOf(int year, double value, int baseYear, double baseValue)
    {
        // An increase or decrease counts from the plan's baseline value; failing that, from the given one when it is of the same year.
        double? relativeBaseline = BaselineValue ?? (baseYear == BaselineYear ? baseValue : null);
        return ProgressMeasure.Measure(this, _spec, _direction, year, value, baseYear, baseValue, relativeBaseline);
    }

    private TargetProgress NoBaseline(int year, double value, string reason)
        => new(this, ProgressStatus.NotAvailable, null, null, null, null, Year, null, year, value, null, null, null, null, reason);

    /// <inheritdoc />
    public string Describe() => Describe(Unit);

    /// <inheritdoc />
    public string Describe(UnitInfo unit)
    {
        if (unit is null)
        {
            throw new ArgumentNullException(nameof(unit));
        }

        // In the target's own unit, numbers keep the decimals the document states (5.0 stays 5.0);
        // converted, they are shown as computed. A relative amount is a share of the baseline: never converted.
        bool converted = !ReferenceEquals(unit, Unit);
        string? Number(double? number) => number is not double n ? null
            : converted ? Wording.Number(Unit.ConvertTo(n, unit)) : Wording.Number(n, _spec.Decimals);
        string? value = _spec.IsRelative ? Wording.Number(_spec.Value.GetValueOrDefault(), _spec.Decimals) : Number(_spec.Value);
        return Wording.Target(_spec.Operator, value, Number(_spec.ValueMax), unit.Symbol, _spec.IsRelative, BaselineYear, TextEn, TextZh);
    }

    /// <inheritdoc />
    public string DescribeWithYear(UnitInfo? unit = null) => Wording.ByYear(Describe(unit ?? Unit), Year, Scope, IsPreviousPeriod);

    /// <summary>The target in words with its year and scope: <c>≥ 95 % by 2020</c>.</summary>
    public override string ToString() => DescribeWithYear();

    /// <summary>Called once by the owning indicator: gives the target its indicator and direction.</summary>
    internal void AttachTo(IIndicator indicator)
    {
        if (_indicator is not null)
        {
            throw new InvalidOperationException("A target belongs to one indicator only.");
        }

        _indicator = indicator;
        _direction = indicator.Direction;
    }
}
