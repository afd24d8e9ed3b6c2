using System;
using System.Collections.Generic;
using HealthPlan.Catalogue.Units;

namespace HealthPlan.Catalogue;

/// <summary>
/// Measured values of one year for a plan, one per indicator. Each generated <c>Actuals</c> class derives from
/// it with one typed member per indicator, so a value in the wrong unit, or for an indicator the plan no longer
/// has, does not compile.
/// </summary>
public abstract class PlanActuals
{
    private readonly Plan _plan;
    private readonly double?[] _values;

    /// <summary>Starts an empty set of values for <paramref name="plan"/>. Generated <c>Actuals</c> classes call this.</summary>
    protected PlanActuals(Plan plan)
    {
        _plan = plan ?? throw new ArgumentNullException(nameof(plan));
        _values = new double?[plan.Indicators.Count];
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
        var results = new List<TargetAssessment>();
        var notAssessed = new List<ITarget>();
        var progress = new List<TargetProgress>();
        for (int i = 0; i < _values.Length; i++)
        {
            var indicator = _plan.Indicators[i];
            if (_values[i] is double measured && indicator.ProgressTarget(Year) is ITarget next)
            {
                progress.Add(next.ProgressOf(Year, measured));
            }

            foreach (string? scope in ScopesOf(indicator))
            {
                foreach (var target in indicator.JudgedTargets(Year, scope))
                {
                    if (_values[i] is double value && scope is null)
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

    /// <summary>The value of the plan's indicator at <paramref name="index"/>, in its unit, or null.</summary>
    protected Quantity<TUnit>? ValueAt<TUnit>(int index) where TUnit : class, IUnit
        => _values[index] is double value ? new Quantity<TUnit>(value) : null;

    /// <summary>Sets the value of the plan's indicator at <paramref name="index"/>.</summary>
    protected void SetValueAt<TUnit>(int index, Quantity<TUnit>? value) where TUnit : class, IUnit
        => _values[index] = value?.Value;
}
