// Shared with the generator as a linked source file (see generators/…/HealthPlan.Catalogue.Generators.csproj).
#if BUILDING_SOURCE_GENERATOR
namespace HealthPlan.Catalogue.Generators.Shared;
#else
namespace HealthPlan.Catalogue;
#endif

/// <summary>How a target compares the actual value with the target value. Plan files write them as <see cref="PlanFileTokens.Operators"/>.</summary>
public enum TargetOperator
{
    /// <summary>At least the value (≥, 以上, 不低于, 不少于).</summary>
    AtLeast,
    /// <summary>At most the value (≤, 以下, 控制在…以下, 不超过).</summary>
    AtMost,
    /// <summary>Strictly above the value (高于, 超过).</summary>
    Above,
    /// <summary>Strictly below the value (低于).</summary>
    Below,
    /// <summary>
    /// Reach the value (达到 N, or a bare figure in a table). Met when the actual is at the value or
    /// beyond it in the indicator's better direction; for a neutral indicator, when it equals the
    /// value at the value's stated precision.
    /// </summary>
    Reach,
    /// <summary>Between two values, both included (103-107).</summary>
    Between,
    /// <summary>
    /// About the value (左右, 稳定在…左右): met within the target's tolerance, which is 5% of the value
    /// unless the plan file states one.
    /// </summary>
    About,
    /// <summary>
    /// Increase over a baseline year by an amount in the indicator's unit (比2015年提高1岁), or by a
    /// percentage of the baseline when the target is relative.
    /// </summary>
    IncreaseBy,
    /// <summary>
    /// Decrease from a baseline year by an amount in the indicator's unit, or by a percentage of the
    /// baseline when the target is relative (比2015年降低10%).
    /// </summary>
    DecreaseBy,
    /// <summary>A yes/no goal (实现全覆盖): met when the actual is 1 (achieved).</summary>
    Qualitative,
}
