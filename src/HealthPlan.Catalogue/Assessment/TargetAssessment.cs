using System.Globalization;

namespace HealthPlan.Catalogue;

/// <summary>The result of assessing one actual value against one target.</summary>
/// <param name="Target">The target assessed.</param>
/// <param name="Actual">The measured value, in the target's unit.</param>
/// <param name="Outcome">Met, not met, or cannot tell.</param>
/// <param name="Threshold">The bound the actual was compared with (for a range, the nearer bound; for an increase or decrease, the baseline moved by the amount); null when nothing was compared.</param>
/// <param name="Gap">The actual minus the threshold, in the target's unit (zero inside a range); null when nothing was compared.</param>
public sealed record TargetAssessment(ITarget Target, double Actual, AssessmentOutcome Outcome, double? Threshold, double? Gap)
{
    /// <summary>Why the outcome is what it is, in one sentence.</summary>
    public string Explanation => Outcome switch
    {
        AssessmentOutcome.CannotTell when Target.BaselineYear is int year
            => $"cannot tell: the target is relative to {year.ToString(CultureInfo.InvariantCulture)} and no baseline value is known",
        AssessmentOutcome.CannotTell => "cannot tell: the actual value is not a number",
        _ when GapText is string gap => $"{Outcome.Describe()}: {Target.Unit.Format(Actual)} against {Target.Describe()} (gap {gap})",
        _ => $"{Outcome.Describe()}: {Target.Unit.Format(Actual)} against {Target.Describe()}",
    };

    /// <summary>The gap signed, in the target's unit: <c>+0.4 岁</c>, <c>-1.5 %</c>, <c>0 %</c>; null when nothing was compared.</summary>
    public string? GapText => Gap is double gap ? (gap > 0 ? "+" : string.Empty) + Target.Unit.Format(gap) : null;

    /// <inheritdoc />
    public override string ToString() => Explanation;
}
