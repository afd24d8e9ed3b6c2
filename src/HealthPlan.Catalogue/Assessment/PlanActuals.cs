using System;
using System.Collections.Generic;
using HealthPlan.Catalogue.Units;

namespace HealthPlan.Catalogue;

/// <summary>
/// Measured values of one year for a plan, one per indicator. Each generated <c>Actuals</c> class derives from
/// it with one typed member per indicator, so a value in the wrong unit, or for an indicator the plan no longer
/// has, does not compile. The members are fields, so a large catalogue costs the compiler no accessor methods;
/// <see cref="CopyValues"/> hands their numbers to <see cref="Assess"/>.
/// </summary>
public abstract class PlanActuals
{
    private readonly Plan _plan;

    /// <summary>Starts an empty set of values for <paramref name="plan"/>. Generated <c>Actuals</c> classes call this.</summary>
    protected PlanActuals(Plan plan)
    {
        _plan = plan ?? throw new ArgumentNullException(nameof(plan));
    }

    /// <summary>The year the values were measured: the plan's targets for this year are assessed.</summary>
    public required int Year { get; init; }

    /// <summary>
    /// Assesses the values against the plan's targets for <see cref="Year"/>: each indicator with a value is judged against its
    /// unscoped targets of that year (<see cref="IIndicator.JudgedTargets"/>: a restated target once, a previous plan's never);
    /// the others of that year (no value, or a scoped target) are listed as not assessed. Each indicator with a value also gets its
    /// progress towards <see cref="IIndicator.ProgressTarget"/> (<see cref="PlanAssessment.Progress"/>).
    /// </summary>
    public PlanAssessment Assess()
    {
        var values = new double?[_plan.Indicators.Count];
        CopyValues(values);
        var results = new List<TargetAssessment>();
        var notAssessed = new List<ITarget>();
        var progress = new List<TargetProgress>();
        for (int i = 0; i < values.Length; i++)
        {
            var indicator = _plan.Indicators[i];
            if (values[i] is double measured && indicator.ProgressTarget(Year) is ITarget next)
            {
                progress.Add(next.ProgressOf(Year, measured));
            }

            foreach (string? scope in ScopesOf(indicator))
            {
                foreach (var target in indicator.JudgedTargets(Year, scope))
                {
                    if (values[i] is double value && scope is null)
                    {
                        results.Add(target.AssessValue(value));
                    }
                    else
                    {
                        notAssessed.Add(target);
                    }
                }
            }
        }

        return new PlanAssessment(_plan, Year, results.ToArray(), notAssessed.ToArray(), progress.ToArray());
    }

    /// <summary>The scopes of the indicator's targets for <see cref="Year"/>, unscoped first, each once.</summary>
    private List<string?> ScopesOf(IIndicator indicator)
    {
        var scopes = new List<string?> { null };
        foreach (var target in indicator.Targets)
        {
            if (target.Year == Year && target.Scope is not null && !scopes.Contains(target.Scope))
            {
                scopes.Add(target.Scope);
            }
        }

        return scopes;
    }

    /// <summary>
    /// Writes each indicator's value to <paramref name="values"/>, which has one element per indicator in the plan's
    /// order; an indicator that was not measured stays null. Generated <c>Actuals</c> classes override it with one
    /// line per indicator.
    /// </summary>
    protected abstract void CopyValues(Span<double?> values);
}
