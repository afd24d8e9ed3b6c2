// Shared with the generator as a linked source file (see generators/…/HealthPlan.Catalogue.Generators.csproj):
// what kind of statement an operator makes is decided here once, for the parser, the runtime and every output.
#if BUILDING_SOURCE_GENERATOR
namespace HealthPlan.Catalogue.Generators.Shared;
#else
namespace HealthPlan.Catalogue;
#endif

/// <summary>The traits of a <see cref="TargetOperator"/>: what every output asks instead of listing operators itself.</summary>
public static class TargetOperatorTraits
{
    /// <summary>
    /// True for a change from a baseline year (<see cref="TargetOperator.IncreaseBy"/>, <see cref="TargetOperator.DecreaseBy"/>):
    /// its value is an amount, and the number actuals are compared with is the baseline moved by it.
    /// </summary>
    public static bool IsChange(this TargetOperator op) => op is TargetOperator.IncreaseBy or TargetOperator.DecreaseBy;

    /// <summary>True for a range with a lower and an upper bound (<see cref="TargetOperator.Between"/>).</summary>
    public static bool IsRange(this TargetOperator op) => op == TargetOperator.Between;

    /// <summary>True for a value met within a tolerance (<see cref="TargetOperator.About"/>).</summary>
    public static bool IsApproximate(this TargetOperator op) => op == TargetOperator.About;

    /// <summary>True for a goal stated in words, without a number (<see cref="TargetOperator.Qualitative"/>).</summary>
    public static bool IsQualitative(this TargetOperator op) => op == TargetOperator.Qualitative;

    /// <summary>
    /// True for a bare figure (<see cref="TargetOperator.Reach"/>: 达到 N, or a table cell with no words): it states the number
    /// and leaves the way to read it to the indicator's direction, so the same number stated with words (以上, 以下, 左右)
    /// says the same target.
    /// </summary>
    public static bool IsBareFigure(this TargetOperator op) => op == TargetOperator.Reach;

    /// <summary>
    /// +1 when meeting the target means being at or above its value (≥, &gt;, an increase), −1 at or below it (≤, &lt;, a decrease),
    /// 0 when the operator alone does not say (a bare figure, a range, about, a qualitative goal).
    /// </summary>
    public static int Way(this TargetOperator op) => op switch
    {
        TargetOperator.AtLeast or TargetOperator.Above or TargetOperator.IncreaseBy => 1,
        TargetOperator.AtMost or TargetOperator.Below or TargetOperator.DecreaseBy => -1,
        _ => 0,
    };
}
