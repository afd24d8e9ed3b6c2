namespace HealthPlan.Catalogue;

/// <summary>
/// The numbers that define a target, independent of its unit. <see cref="InWords"/> marks a qualitative goal on an indicator
/// measured in numbers (持续改善, 逐步提高), which no single value meets; a qualitative goal on a yes/no indicator is met at 1.
/// </summary>
internal readonly record struct TargetSpec(
    TargetOperator Operator,
    double? Value,
    double? ValueMax,
    double? Tolerance,
    bool IsRelative,
    int Decimals,
    bool InWords = false);
