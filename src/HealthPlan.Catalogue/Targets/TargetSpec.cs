namespace HealthPlan.Catalogue;

/// <summary>The numbers that define a target, independent of its unit.</summary>
internal readonly record struct TargetSpec(
    TargetOperator Operator,
    double? Value,
    double? ValueMax,
    double? Tolerance,
    bool IsRelative,
    int Decimals);
