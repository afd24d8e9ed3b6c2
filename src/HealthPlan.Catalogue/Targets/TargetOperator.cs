namespace HealthPlan.Catalogue;

/// <summary>How a target compares the actual value with the target value.</summary>
public enum TargetOperator
{
    /// <summary>At least the value (≥, 以上, 不低于, 不少于). Plan files: <c>&gt;=</c>.</summary>
    AtLeast,
    /// <summary>At most the value (≤, 以下, 控制在…以下, 不超过). Plan files: <c>&lt;=</c>.</summary>
    AtMost,
    /// <summary>Strictly above the value (高于, 超过). Plan files: <c>&gt;</c>.</summary>
    Above,
    /// <summary>Strictly below the value (低于). Plan files: <c>&lt;</c>.</summary>
    Below,
    /// <summary>
    /// Reach the value (达到 N, or a bare figure in a table). Met when the actual is at the value or
    /// beyond it in the indicator's better direction; for a neutral indicator, when it equals the
    /// value at the value's stated precision. Plan files: <c>=</c>.
    /// </summary>
    Reach,
    /// <summary>Between two values, both included (103-107). Plan files: <c>range</c>.</summary>
    Between,
    /// <summary>
    /// About the value (左右, 稳定在…左右): met within the target's tolerance, which is 5% of the value
    /// unless the plan file states one. Plan files: <c>approx</c>.
    /// </summary>
    About,
    /// <summary>
    /// Increase over a baseline year by an amount in the indicator's unit (比2015年提高1岁), or by a
    /// percentage of the baseline when the target is relative. Plan files: <c>increase-by</c>.
    /// </summary>
    IncreaseBy,
    /// <summary>
    /// Decrease from a baseline year by an amount in the indicator's unit, or by a percentage of the
    /// baseline when the target is relative (比2015年降低10%). Plan files: <c>decrease-by</c>.
    /// </summary>
    DecreaseBy,
    /// <summary>A yes/no goal (实现全覆盖): met when the actual is 1 (achieved). Plan files: <c>qualitative</c>.</summary>
    Qualitative,
}
