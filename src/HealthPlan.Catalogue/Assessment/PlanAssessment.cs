using System;
using System.Collections.Generic;
using System.Linq;

namespace HealthPlan.Catalogue;

/// <summary>
/// A plan assessed against measured values for one year: every target of that year is either
/// assessed or listed as not assessed (no value given, or a scoped target the values do not cover).
/// <see cref="PlanActuals.Assess"/> (and the generated <c>Assess(Actuals)</c>) return one.
/// </summary>
public sealed class PlanAssessment
{
    internal PlanAssessment(Plan plan, int year, IReadOnlyList<TargetAssessment> results, IReadOnlyList<ITarget> notAssessed, IReadOnlyList<TargetProgress> progress)
    {
        Progress = progress;
        Plan = plan;
        Year = year;
        Results = results;
        NotAssessed = notAssessed;
    }

    /// <summary>The plan assessed.</summary>
    public Plan Plan { get; }

    /// <summary>The year the values are for: the targets of this year were assessed.</summary>
    public int Year { get; }

    /// <summary>One result per assessed target, in the plan's order.</summary>
    public IReadOnlyList<TargetAssessment> Results { get; }

    /// <summary>Targets of <see cref="Year"/> that no value was given for (a previous plan's target is not listed).</summary>
    public IReadOnlyList<ITarget> NotAssessed { get; }

    /// <summary>
    /// For each indicator given a value, its progress towards its next unscoped target: the one with the earliest year from
    /// <see cref="Year"/> on (the first stated, when the plan states several for that year), never a previous plan's target the
    /// plan restates (<see cref="ITarget.IsPreviousPeriod"/>). In the plan's order; an indicator
    /// without such a target is left out, and one whose progress cannot be measured is listed as
    /// <see cref="ProgressStatus.NotAvailable"/> with its reason.
    /// </summary>
    public IReadOnlyList<TargetProgress> Progress { get; }

    /// <summary>Results of binding (约束性) indicators.</summary>
    public IEnumerable<TargetAssessment> Binding => Results.Where(result => result.Target.Indicator.Attribute == IndicatorAttribute.Binding);

    /// <summary>True when every assessed binding target is met and no binding target was left unassessed.</summary>
    public bool AllBindingMet
        => Binding.All(result => result.Outcome == AssessmentOutcome.Met)
            && NotAssessed.All(target => target.Indicator.Attribute != IndicatorAttribute.Binding);

    /// <summary>How many results have <paramref name="outcome"/>.</summary>
    public int Count(AssessmentOutcome outcome) => Results.Count(result => result.Outcome == outcome);

    /// <summary>How the targets fared: <c>12 met, 2 not met, 1 cannot tell, 40 not assessed</c>.</summary>
    public string Summary
        => Wording.Tally(Count(AssessmentOutcome.Met), Count(AssessmentOutcome.NotMet), Count(AssessmentOutcome.CannotTell)) + $", {NotAssessed.Count} not assessed";

    /// <summary><c>fuxin-2016-2020 in 2020: 12 met, 2 not met, 1 cannot tell, 40 not assessed</c>.</summary>
    public override string ToString() => $"{Plan.Id} in {Year}: {Summary}";
}

/// <summary>Marks a generated actuals type with the id of the plan it reports on.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class PlanActualsAttribute : Attribute
{
    /// <summary>Marks the actuals type of plan <paramref name="planId"/>.</summary>
    public PlanActualsAttribute(string planId) => PlanId = planId;

    /// <summary>The plan's id.</summary>
    public string PlanId { get; }
}

/// <summary>
/// Marks a member of a generated actuals type whose indicator is binding (约束性). The HPC1001 analyzer
/// warns when a report creates the actuals without giving it.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, Inherited = false)]
public sealed class BindingIndicatorAttribute : Attribute
{
}
