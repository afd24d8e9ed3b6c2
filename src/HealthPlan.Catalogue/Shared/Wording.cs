// Shared with the generator as a linked source file (see generators/…/HealthPlan.Catalogue.Generators.csproj),
// so IntelliSense (the generated XML docs) words a target exactly as the runtime does.
using System.Globalization;

#if BUILDING_SOURCE_GENERATOR
namespace HealthPlan.Catalogue.Generators.Shared;
#else
namespace HealthPlan.Catalogue;
#endif

/// <summary>The catalogue's words for its enums and numbers, in English, under the invariant culture.</summary>
public static class Wording
{
    /// <summary><c>higher is better</c>, <c>lower is better</c> or <c>neutral</c>.</summary>
    public static string Describe(this Direction direction) => direction switch
    {
        Direction.HigherIsBetter => "higher is better",
        Direction.LowerIsBetter => "lower is better",
        _ => "neutral",
    };

    /// <summary><c>binding 约束性</c>, <c>anticipatory 预期性</c> or <c>unspecified</c>.</summary>
    public static string Describe(this IndicatorAttribute attribute) => attribute switch
    {
        IndicatorAttribute.Binding => "binding 约束性",
        IndicatorAttribute.Anticipatory => "anticipatory 预期性",
        _ => "unspecified",
    };

    /// <summary><c>official text</c> or <c>secondary copy</c>.</summary>
    public static string Describe(this DocumentCopy copy) => copy == DocumentCopy.Official ? "official text" : "secondary copy";

    /// <summary><c>met</c>, <c>not met</c> or <c>cannot tell</c>.</summary>
    public static string Describe(this AssessmentOutcome outcome) => outcome switch
    {
        AssessmentOutcome.Met => "met",
        AssessmentOutcome.NotMet => "not met",
        _ => "cannot tell",
    };

    /// <summary>
    /// <c>target achieved</c>, <c>substantial progress</c>, <c>moderate progress</c>, <c>limited progress</c>,
    /// <c>deterioration</c> or <c>not available</c>.
    /// </summary>
    public static string Describe(this ProgressStatus status) => status switch
    {
        ProgressStatus.TargetAchieved => "target achieved",
        ProgressStatus.SubstantialProgress => "substantial progress",
        ProgressStatus.ModerateProgress => "moderate progress",
        ProgressStatus.LimitedProgress => "limited progress",
        ProgressStatus.Deterioration => "deterioration",
        _ => "not available",
    };

    /// <summary>How many assessments had each outcome: <c>5 met, 2 not met, 0 cannot tell</c>.</summary>
    public static string Tally(int met, int notMet, int cannotTell)
        => Count(met, AssessmentOutcome.Met) + ", " + Count(notMet, AssessmentOutcome.NotMet) + ", " + Count(cannotTell, AssessmentOutcome.CannotTell);

    /// <summary>A number in its shortest invariant form, up to ten decimals: <c>6.3</c>, <c>0.00001</c>, <c>120</c>.</summary>
    public static string Number(double value) => value.ToString("0.##########", CultureInfo.InvariantCulture);

    /// <summary>A number with at least the decimals the document states it with: 5 stated as <c>5.0</c> stays <c>5.0</c>.</summary>
    public static string Number(double value, int decimals)
    {
        string shortest = Number(value);
        string stated = value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return stated.Length > shortest.Length ? stated : shortest;
    }

    /// <summary>The most decimals <see cref="DecimalsOf"/> gives: a double holds no more, and formats allow no more everywhere.</summary>
    private const int MaxDecimals = 20;

    /// <summary>
    /// How many decimals a number is written with: <c>6.30</c> → 2, <c>106</c> → 0. An exponent moves the point, so
    /// <c>1.5e2</c> (150) → 0, <c>15e-1</c> (1.5) → 1 and <c>1.5E-2</c> (0.015) → 3; at most <see cref="MaxDecimals"/>.
    /// </summary>
    public static int DecimalsOf(string number)
    {
        int exponentAt = number.IndexOfAny(ExponentMarks);
        int mantissaEnd = exponentAt < 0 ? number.Length : exponentAt;
        int dot = number.IndexOf('.');
        long decimals = dot < 0 || dot > mantissaEnd ? 0 : mantissaEnd - dot - 1;
        if (exponentAt >= 0)
        {
            long exponent = 0;
            bool negative = false;
            for (int i = exponentAt + 1; i < number.Length; i++)
            {
                char c = number[i];
                if (c == '-')
                {
                    negative = true;
                }
                else if (c is >= '0' and <= '9' && exponent < 1_000_000)
                {
                    exponent = exponent * 10 + (c - '0');
                }
            }

            decimals += negative ? exponent : -exponent;
        }

        return (int)System.Math.Max(0, System.Math.Min(MaxDecimals, decimals));
    }

    private static readonly char[] ExponentMarks = { 'e', 'E' };

    /// <summary>A unit as text: its symbol (<c>‰</c>, <c>岁</c>), or its id for a unit the plans write without one (<c>achievement</c>).</summary>
    public static string UnitText(string symbol, string id) => symbol.Length == 0 ? id : symbol;

    /// <summary>A number with its unit's symbol: <c>6.3 ‰</c>; the number alone for a unit without one.</summary>
    public static string WithSymbol(string number, string symbol) => symbol.Length == 0 ? number : number + " " + symbol;

    /// <summary>
    /// A target in words, without its year: <c>≥ 95 %</c>, <c>103–107</c>, <c>+1 岁 over 2015</c>, <c>−10 % from 2015</c>.
    /// <paramref name="value"/> and <paramref name="valueMax"/> are already formatted; a relative amount is a percentage of the baseline.
    /// </summary>
    internal static string Target(TargetOperator op, string? value, string? valueMax, string symbol, bool relative, int? baselineYear, string? textEn, string? textZh)
    {
        string quantity = value is null ? string.Empty : WithSymbol(value, symbol);
        string amount = relative ? value + " %" : quantity;
        string baseline = baselineYear?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
        return op switch
        {
            TargetOperator.AtLeast => "≥ " + quantity,
            TargetOperator.AtMost => "≤ " + quantity,
            TargetOperator.Above => "> " + quantity,
            TargetOperator.Below => "< " + quantity,
            TargetOperator.Reach => "= " + quantity,
            TargetOperator.Between => value + "–" + WithSymbol(valueMax ?? string.Empty, symbol),
            TargetOperator.About => "≈ " + quantity,
            TargetOperator.IncreaseBy => "+" + amount + " over " + baseline,
            TargetOperator.DecreaseBy => "−" + amount + " from " + baseline,
            _ => textEn ?? textZh ?? "qualitative goal",
        };
    }

    /// <summary>A target's words with its year and scope: <c>&lt; 12 分钟 by 2020 (urban)</c>.</summary>
    internal static string ByYear(string target, int year, string? scope, bool previousPeriod = false)
        => Scoped(target + " by " + year.ToString(CultureInfo.InvariantCulture), scope) + (previousPeriod ? PreviousPlanMark : string.Empty);

    /// <summary>What follows a previous plan's target that a plan restates (<c>≤ 6.3 ‰ by 2020 (previous plan)</c>).</summary>
    internal const string PreviousPlanMark = " (previous plan)";

    /// <summary>
    /// A reported value's words with its year (or period) and scope: <c>76.9 岁 in 2015</c>, <c>4 家 in 2016–2020</c>, and for
    /// a change from a base year <c>+1.57 岁 over 2010 in 2015</c> or, relative to the base year's level, <c>+8.52 % over 2010 in 2011–2015</c>.
    /// <paramref name="number"/> is already formatted.
    /// </summary>
    internal static string Reported(string number, string symbol, int year, int? periodStart, int? periodEnd, int? changeFrom, bool relative, string? scope)
    {
        string when = periodStart is int from && periodEnd is int to && from != to
            ? from.ToString(CultureInfo.InvariantCulture) + "–" + to.ToString(CultureInfo.InvariantCulture)
            : (periodEnd ?? year).ToString(CultureInfo.InvariantCulture);
        if (changeFrom is not int baseYear)
        {
            return Scoped(WithSymbol(number, symbol) + " in " + when, scope);
        }

        string signed = number.StartsWith("-", System.StringComparison.Ordinal) ? "−" + number.Substring(1) : "+" + number;
        string amount = relative ? signed + " %" : WithSymbol(signed, symbol);
        return Scoped(amount + " over " + baseYear.ToString(CultureInfo.InvariantCulture) + " in " + when, scope);
    }

    private static string Count(int count, AssessmentOutcome outcome) => count.ToString(CultureInfo.InvariantCulture) + " " + outcome.Describe();

    private static string Scoped(string text, string? scope) => scope is null ? text : text + " (" + scope + ")";
}
