using System;
using System.Globalization;

namespace HealthPlan.Catalogue;

/// <summary>
/// Open SDG's progress measure for a target with a value (its "method 2", see docs/progress.md), and the catalogue's
/// rules for what Open SDG does not cover: ranges, about-targets, relative targets, neutral indicators.
/// Facts from open-sdg/open-sdg <c>docs/progress.md</c> and open-sdg/sdg-build <c>sdg/ProgressMeasure.py</c>; no code from them.
/// </summary>
internal static class ProgressMeasure
{
    /// <summary>Open SDG replaces a base value or target of exactly zero by this, so growth rates stay defined.</summary>
    public const double ZeroReplacement = 0.001;

    /// <summary>Growth ratio from which progress is substantial.</summary>
    public const double SubstantialRatio = 0.95;

    /// <summary>Growth ratio from which progress is moderate.</summary>
    public const double ModerateRatio = 0.6;

    /// <summary>Annual growth in the better direction from which progress towards a goal without a number is substantial.</summary>
    public const double SubstantialGrowth = 0.015;

    /// <summary>Annual growth in the better direction from which progress towards a goal without a number is moderate.</summary>
    public const double ModerateGrowth = 0.005;

    /// <summary>Score of an achieved target; the score of every other status lies in [−5, 5].</summary>
    public const double MaxScore = 5;

    /// <summary>
    /// Measures progress of <paramref name="value"/> in <paramref name="year"/> from (<paramref name="baseYear"/>, <paramref name="baseValue"/>)
    /// towards <paramref name="target"/>. <paramref name="relativeBaseline"/> is the value an increase or decrease target counts from.
    /// </summary>
    public static TargetProgress Measure(
        ITarget target, TargetSpec spec, Direction direction, int year, double value, int baseYear, double baseValue, double? relativeBaseline)
    {
        int targetYear = target.Year;
        TargetProgress NotAvailable(string reason, double? aimed = null)
            => new(target, ProgressStatus.NotAvailable, null, null, baseYear, baseValue, targetYear, aimed, year, value, null, null, null, null, reason);

        if (spec.Operator.IsQualitative())
        {
            return Qualitative(target, spec, direction, year, value, baseYear, baseValue);
        }

        if (!IsFinite(value) || !IsFinite(baseValue))
        {
            return NotAvailable("the value or the baseline is not a number");
        }

        if (baseYear >= targetYear)
        {
            return NotAvailable($"the base year {Year(baseYear)} is not before the target year {Year(targetYear)}");
        }

        if (year < baseYear)
        {
            return NotAvailable($"the value is for {Year(year)}, before the base year {Year(baseYear)}");
        }

        if (year == baseYear)
        {
            return NotAvailable($"the value is for the base year {Year(baseYear)}: no time has passed");
        }

        if (year > targetYear)
        {
            return NotAvailable($"the value is for {Year(year)}, after the target year {Year(targetYear)}");
        }

        double? threshold = null;
        if (spec.Operator.IsChange())
        {
            threshold = TargetEvaluator.RelativeThreshold(spec, relativeBaseline);
            if (threshold is null)
            {
                return NotAvailable($"the target is relative to {Year(target.BaselineYear.GetValueOrDefault())} and no baseline value is known");
            }
        }

        // The value aimed at, and the way the indicator must move to reach it (+1 up, −1 down).
        double targetValue = spec.Value.GetValueOrDefault();
        double aim = spec.Operator.IsChange() ? threshold.GetValueOrDefault() : targetValue;
        int way = spec.Operator.Way();
        if (way == 0)
        {
            if (spec.Operator.IsBareFigure() && direction != Direction.Neutral)
            {
                way = direction == Direction.HigherIsBetter ? 1 : -1;
            }
            else if (spec.Operator.IsRange())
            {
                double max = spec.ValueMax.GetValueOrDefault(targetValue);
                aim = value < targetValue ? targetValue : value > max ? max : value - targetValue <= max - value ? targetValue : max;
                way = value < aim ? 1 : -1;
            }
            else
            {
                // About, and a bare figure on a neutral indicator: towards the value from wherever the indicator is.
                way = value < targetValue ? 1 : -1;
            }
        }

        if (!IsFinite(aim))
        {
            return NotAvailable("the target value is not a number");
        }

        int elapsed = year - baseYear;
        int span = targetYear - baseYear;
        double expectedLinear = baseValue + (aim - baseValue) * elapsed / span;
        double? share = aim == baseValue || TargetEvaluator.Evaluate(spec, direction, baseValue, relativeBaseline).Outcome == AssessmentOutcome.Met
            ? null
            : (value - baseValue) / (aim - baseValue);

        // Open SDG's zero rule: a base value or target of 0 counts as 0.001.
        double start = baseValue == 0 ? ZeroReplacement : baseValue;
        double end = aim == 0 ? ZeroReplacement : aim;
        double? expectedCompound = end / start > 0 ? start * Math.Pow(end / start, (double)elapsed / span) : null;
        double? projected = value / start >= 0 ? start * Math.Pow(value / start, (double)span / elapsed) : null;

        if (TargetEvaluator.Evaluate(spec, direction, value, relativeBaseline).Outcome == AssessmentOutcome.Met)
        {
            return new TargetProgress(target, ProgressStatus.TargetAchieved, MaxScore, null, baseYear, baseValue, targetYear, aim, year, value,
                expectedLinear, expectedCompound, projected, share, null);
        }

        if (end / start <= 0 || value / start < 0)
        {
            return NotAvailable("the baseline and the target or the value have opposite signs: a growth rate is not defined", aim);
        }

        int sign = start < 0 ? -1 : 1;
        double observed = Math.Pow(value / start, 1.0 / elapsed) - 1;
        double required = Math.Pow(end / start, 1.0 / span) - 1;
        double moved = sign * way * observed;
        double? ratio;
        ProgressStatus status;
        double score;
        if (required == 0)
        {
            // The baseline sits on the target: no growth is required and the ratio is undefined (Open SDG divides by zero).
            ratio = null;
            (status, score) = moved < 0 ? (ProgressStatus.Deterioration, -MaxScore) : (ProgressStatus.LimitedProgress, ScoreOf(0));
        }
        else
        {
            ratio = moved / Math.Abs(required);
            status = StatusOf(ratio.Value);
            score = ScoreOf(ratio.Value);
        }

        return new TargetProgress(target, status, score, ratio, baseYear, baseValue, targetYear, aim, year, value,
            expectedLinear, expectedCompound, projected, share, null);
    }

    /// <summary>
    /// Progress towards a goal without a number. A yes/no goal (实现全覆盖, unit <c>achievement</c>) is achieved at 1 and has no
    /// progress in between. A goal in words on an indicator with a number (持续改善: keep improving) gets Open SDG's measure for
    /// indicators without a target: the observed compound annual growth from the baseline, signed by the indicator's direction
    /// (and by a negative base), against 0.015 (substantial), 0.005 (moderate) and 0 (limited; below it, deterioration).
    /// </summary>
    public static TargetProgress Qualitative(ITarget target, TargetSpec spec, Direction direction, int year, double value, int? baseYear, double? baseValue)
    {
        int targetYear = target.Year;
        TargetProgress Result(ProgressStatus status, double? projected, string? reason)
            => new(target, status, status == ProgressStatus.TargetAchieved ? MaxScore : null, null, baseYear, baseValue, targetYear, null, year, value,
                null, null, projected, null, reason);

        if (!spec.InWords)
        {
            return value == 1
                ? Result(ProgressStatus.TargetAchieved, null, null)
                : Result(ProgressStatus.NotAvailable, null, "a yes/no goal is achieved (1) or not (0): there is no progress in between");
        }

        if (baseYear is not int from || baseValue is not double start)
        {
            return Result(ProgressStatus.NotAvailable, null, target.Baseline.ProgressReason);
        }

        if (!IsFinite(value) || !IsFinite(start))
        {
            return Result(ProgressStatus.NotAvailable, null, "the value or the baseline is not a number");
        }

        if (year <= from || year > targetYear)
        {
            return Result(ProgressStatus.NotAvailable, null, $"the value is for {Year(year)}: progress is measured after the base year {Year(from)}, until the target year {Year(targetYear)}");
        }

        if (direction == Direction.Neutral)
        {
            return Result(ProgressStatus.NotAvailable, null, "a goal without a number on a neutral indicator gives no way to progress in");
        }

        double origin = start == 0 ? ZeroReplacement : start;
        if (value / origin < 0)
        {
            return Result(ProgressStatus.NotAvailable, null, "the baseline and the value have opposite signs: a growth rate is not defined");
        }

        int elapsed = year - from;
        double growth = (origin < 0 ? -1 : 1) * (direction == Direction.HigherIsBetter ? 1 : -1) * (Math.Pow(value / origin, 1.0 / elapsed) - 1);
        var status = growth >= SubstantialGrowth ? ProgressStatus.SubstantialProgress
            : growth >= ModerateGrowth ? ProgressStatus.ModerateProgress
            : growth >= 0 ? ProgressStatus.LimitedProgress
            : ProgressStatus.Deterioration;
        return Result(status, origin * Math.Pow(value / origin, (double)(targetYear - from) / elapsed), null);
    }

    /// <summary>Open SDG's thresholds: 0.95 substantial, 0.6 moderate, 0 limited, below 0 deterioration.</summary>
    public static ProgressStatus StatusOf(double ratio)
        => ratio >= SubstantialRatio ? ProgressStatus.SubstantialProgress
            : ratio >= ModerateRatio ? ProgressStatus.ModerateProgress
            : ratio >= 0 ? ProgressStatus.LimitedProgress
            : ProgressStatus.Deterioration;

    /// <summary>Open SDG's score of a target not yet achieved: two straight lines in the ratio, meeting near 0 at 0.6, clamped to [−5, 5].</summary>
    public static double ScoreOf(double ratio)
        => ratio >= ModerateRatio ? Math.Min(7.1429 * ratio - 4.2857, MaxScore) : Math.Max(4.1667 * ratio - 2.5, -MaxScore);

    private static bool IsFinite(double x) => !double.IsNaN(x) && !double.IsInfinity(x);

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);
}
