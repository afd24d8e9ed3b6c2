using System;

namespace HealthPlan.Catalogue;

/// <summary>The outcome of comparing one number with one target, before it is dressed in units.</summary>
internal readonly struct Evaluation
{
    public Evaluation(AssessmentOutcome outcome, double? threshold, double? gap)
    {
        Outcome = outcome;
        Threshold = threshold;
        Gap = gap;
    }

    public AssessmentOutcome Outcome { get; }

    /// <summary>The bound the actual was compared with (for a range, the nearer bound).</summary>
    public double? Threshold { get; }

    /// <summary>Actual minus threshold; zero inside a range; null when nothing was compared.</summary>
    public double? Gap { get; }

    public static Evaluation CannotTell => new(AssessmentOutcome.CannotTell, null, null);
}

/// <summary>
/// The meaning of every target operator, on plain numbers. Comparisons allow a relative error of
/// 1e-9 so that a threshold computed from a baseline (77.14 + 1) is met by the figure the plan prints (78.14).
/// Allocates nothing: <see cref="Target{TUnit}.IsMetBy"/> runs on every assessment.
/// </summary>
internal static class TargetEvaluator
{
    private const double RelativeEpsilon = 1e-9;

    /// <summary>Default tolerance of an <see cref="TargetOperator.About"/> target: 5% of its value.</summary>
    public const double DefaultAboutTolerance = 0.05;

    public static Evaluation Evaluate(TargetSpec spec, Direction direction, double actual, double? baseline)
    {
        if (double.IsNaN(actual))
        {
            return Evaluation.CannotTell;
        }

        double value = spec.Value.GetValueOrDefault();
        switch (spec.Operator)
        {
            case TargetOperator.AtLeast:
                return Compare(actual, value, AtLeast(actual, value));
            case TargetOperator.AtMost:
                return Compare(actual, value, AtMost(actual, value));
            case TargetOperator.Above:
                return Compare(actual, value, actual > value && !Close(actual, value));
            case TargetOperator.Below:
                return Compare(actual, value, actual < value && !Close(actual, value));
            case TargetOperator.Reach:
                return direction switch
                {
                    Direction.HigherIsBetter => Compare(actual, value, AtLeast(actual, value)),
                    Direction.LowerIsBetter => Compare(actual, value, AtMost(actual, value)),
                    _ => Compare(actual, value, Math.Abs(actual - value) <= HalfLastDigit(spec.Decimals) + Epsilon(value)),
                };
            case TargetOperator.Between:
            {
                double max = spec.ValueMax.GetValueOrDefault(value);
                if (actual < value && !Close(actual, value))
                {
                    return new Evaluation(AssessmentOutcome.NotMet, value, actual - value);
                }

                if (actual > max && !Close(actual, max))
                {
                    return new Evaluation(AssessmentOutcome.NotMet, max, actual - max);
                }

                return new Evaluation(AssessmentOutcome.Met, actual - value <= max - actual ? value : max, 0);
            }
            case TargetOperator.About:
            {
                double tolerance = spec.Tolerance ?? Math.Abs(value) * DefaultAboutTolerance;
                return Compare(actual, value, Math.Abs(actual - value) <= tolerance + Epsilon(value));
            }
            case TargetOperator.IncreaseBy:
            case TargetOperator.DecreaseBy:
            {
                if (RelativeThreshold(spec, baseline) is not double threshold)
                {
                    return Evaluation.CannotTell;
                }

                bool met = spec.Operator.Way() > 0 ? AtLeast(actual, threshold) : AtMost(actual, threshold);
                return Compare(actual, threshold, met);
            }
            case TargetOperator.Qualitative when spec.InWords:
                // 持续改善 on a rate: no single number meets it; progress (Open SDG's growth-rate method) says how it is going.
                return Evaluation.CannotTell;
            case TargetOperator.Qualitative:
                return new Evaluation(actual >= 1 ? AssessmentOutcome.Met : AssessmentOutcome.NotMet, null, null);
            default:
                return Evaluation.CannotTell;
        }
    }

    /// <summary>The threshold an increase or decrease target sets from <paramref name="baseline"/>.</summary>
    public static double? RelativeThreshold(TargetSpec spec, double? baseline)
    {
        if (baseline is not double start || spec.Value is not double value)
        {
            return null;
        }

        return spec.Operator switch
        {
            TargetOperator.IncreaseBy => spec.IsRelative ? start * (1 + value / 100) : start + value,
            TargetOperator.DecreaseBy => spec.IsRelative ? start * (1 - value / 100) : start - value,
            _ => null,
        };
    }

    private static Evaluation Compare(double actual, double threshold, bool met)
        => new(met ? AssessmentOutcome.Met : AssessmentOutcome.NotMet, threshold, actual - threshold);

    private static bool AtLeast(double actual, double threshold) => actual >= threshold || Close(actual, threshold);

    private static bool AtMost(double actual, double threshold) => actual <= threshold || Close(actual, threshold);

    private static bool Close(double a, double b) => Math.Abs(a - b) <= Epsilon(b);

    private static double Epsilon(double reference) => RelativeEpsilon * Math.Max(1, Math.Abs(reference));

    /// <summary>Half a unit of the last stated digit: 106 matches 105.5 to 106.5; 6.3 matches 6.25 to 6.35.</summary>
    private static double HalfLastDigit(int decimals) => 0.5 * Math.Pow(10, -Math.Max(0, decimals));
}
