using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using UnitInfo = HealthPlan.Catalogue.Units.UnitInfo;

namespace HealthPlan.Catalogue.TargetQuery.Rendering;

/// <summary>How the app writes the catalogue's enums, numbers and sources as text.</summary>
internal static class Words
{
    /// <summary>The plan-file token of an operator: <c>&gt;=</c>, <c>range</c>, <c>increase-by</c>.</summary>
    public static string Operator(TargetOperator op) => op switch
    {
        TargetOperator.AtLeast => ">=",
        TargetOperator.AtMost => "<=",
        TargetOperator.Above => ">",
        TargetOperator.Below => "<",
        TargetOperator.Reach => "=",
        TargetOperator.Between => "range",
        TargetOperator.About => "approx",
        TargetOperator.IncreaseBy => "increase-by",
        TargetOperator.DecreaseBy => "decrease-by",
        TargetOperator.Qualitative => "qualitative",
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, "Unknown target operator."),
    };

    /// <summary><c>prefecture-city</c>.</summary>
    public static string Level(AdministrativeLevel level) => Kebab(level.ToString());

    /// <summary><c>higher-is-better</c>.</summary>
    public static string Direction(Direction direction) => Kebab(direction.ToString());

    /// <summary><c>binding</c>, <c>anticipatory</c> or <c>unspecified</c>.</summary>
    public static string Attribute(IndicatorAttribute attribute) => Kebab(attribute.ToString());

    /// <summary><c>binding 约束性</c>, <c>anticipatory 预期性</c>, or a dash when the plan does not say.</summary>
    public static string AttributeCell(IndicatorAttribute attribute) => attribute switch
    {
        IndicatorAttribute.Binding => "binding 约束性",
        IndicatorAttribute.Anticipatory => "anticipatory 预期性",
        _ => "—",
    };

    /// <summary><c>met</c>, <c>not-met</c> or <c>cannot-tell</c>.</summary>
    public static string Outcome(AssessmentOutcome outcome) => Kebab(outcome.ToString());

    /// <summary>PascalCase to kebab-case: <c>PrefectureCity</c> to <c>prefecture-city</c>.</summary>
    public static string Kebab(string pascal)
    {
        var builder = new StringBuilder(pascal.Length + 4);
        for (int i = 0; i < pascal.Length; i++)
        {
            char c = pascal[i];
            if (char.IsUpper(c))
            {
                if (i > 0)
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>A number as the catalogue writes it: invariant, up to ten decimals.</summary>
    public static string Number(double value) => value.ToString("0.##########", CultureInfo.InvariantCulture);

    /// <summary>A signed amount in a unit: <c>+0.2 ‰</c>, <c>-1.5 %</c>, <c>0 ‰</c>.</summary>
    public static string Signed(double value, UnitInfo unit) => (value > 0 ? "+" : string.Empty) + unit.Format(value);

    /// <summary>The unit as a cell: its symbol, or its id for units without a symbol.</summary>
    public static string UnitCell(UnitInfo unit) => unit.Symbol.Length == 0 ? unit.Id : unit.Symbol;

    /// <summary>The earliest values of an indicator (all scopes of the earliest year): <c>6.5 ‰ in 2015</c>.</summary>
    public static IReadOnlyList<IReportedValue> EarliestValues(IIndicator indicator)
    {
        if (indicator.Values.Count == 0)
        {
            return Array.Empty<IReportedValue>();
        }

        int earliest = indicator.Values.Min(value => value.Year);
        return indicator.Values.Where(value => value.Year == earliest).ToArray();
    }

    /// <summary>The distinct source lines of an indicator's values and targets, ascending: <c>37, 39</c>.</summary>
    public static string SourceLines(IIndicator indicator)
    {
        var lines = indicator.Values.Select(value => value.Source.Line)
            .Concat(indicator.Targets.Select(target => target.Source.Line))
            .Distinct()
            .OrderBy(line => line);
        return string.Join(", ", lines.Select(line => line.ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary><c>阜新市 Fuxin</c>.</summary>
    public static string Region(Region region) => region.NameZh + " " + region.NameEn;

    /// <summary><c>2016–2020</c>.</summary>
    public static string Period(Plan plan)
        => plan.PeriodStart.ToString(CultureInfo.InvariantCulture) + "–" + plan.PeriodEnd.ToString(CultureInfo.InvariantCulture);
}
