// Shared with the generator as a linked source file (see generators/…/HealthPlan.Catalogue.Generators.csproj):
// whether two statements of a plan are one target is decided here once, for the generator, the runtime and every output.
#if BUILDING_SOURCE_GENERATOR
namespace HealthPlan.Catalogue.Generators.Shared;
#else
namespace HealthPlan.Catalogue;
#endif

/// <summary>What a target states, without where it is stated: the terms two statements are compared by.</summary>
/// <param name="Year">The target year.</param>
/// <param name="Scope">The part of the indicator it applies to, or null.</param>
/// <param name="Operator">The operator.</param>
/// <param name="Value">The value (a range's lower bound, a change's amount); null for a qualitative goal.</param>
/// <param name="ValueMax">A range's upper bound.</param>
/// <param name="Tolerance">An about-target's stated tolerance.</param>
/// <param name="BaselineYear">A change's baseline year.</param>
/// <param name="Relative">Whether a change is a percentage of its baseline.</param>
/// <param name="TextZh">A qualitative goal in Chinese.</param>
/// <param name="TextEn">A qualitative goal in English.</param>
internal readonly record struct TargetTerms(
    int Year,
    string? Scope,
    TargetOperator Operator,
    double? Value,
    double? ValueMax,
    double? Tolerance,
    int? BaselineYear,
    bool Relative,
    string? TextZh,
    string? TextEn)
{
    /// <summary>
    /// Whether two statements are one target: the same year and scope, and the same operator and numbers (for a qualitative
    /// goal, the same words); or one is a bare figure (达到 N, a table cell with no words) and the other states the same number
    /// with words that say how to read it (N以上 ≥, N以下 ≤, N左右 ≈). A stricter operator (&gt; against ≥), another number
    /// or another kind of target (a change against a level) is another target.
    /// </summary>
    public bool SaysTheSame(TargetTerms other)
    {
        if (Year != other.Year || Scope != other.Scope)
        {
            return false;
        }

        if (Operator == other.Operator)
        {
            return Value == other.Value && ValueMax == other.ValueMax && Tolerance == other.Tolerance && BaselineYear == other.BaselineYear
                && Relative == other.Relative && (!Operator.IsQualitative() || (TextZh == other.TextZh && TextEn == other.TextEn));
        }

        return (Operator.IsBareFigure() && other.Worded(Value)) || (other.Operator.IsBareFigure() && Worded(other.Value));
    }

    /// <summary>
    /// Of two statements that say the same (<see cref="SaysTheSame"/>), whether this one is the one to keep: the one with words
    /// (≥ rather than a bare figure), else the first.
    /// </summary>
    public bool IsPreferredOver(TargetTerms other) => !(Operator.IsBareFigure() && !other.Operator.IsBareFigure());

    /// <summary>At least, at most or about <paramref name="value"/>, with nothing else stated.</summary>
    private bool Worded(double? value)
        => Operator is TargetOperator.AtLeast or TargetOperator.AtMost or TargetOperator.About && Value == value && value is not null
            && ValueMax is null && BaselineYear is null;
}
