namespace HealthPlan.Catalogue;

/// <summary>Where a number came from: the source document, the 1-based line and an exact quote.</summary>
/// <param name="Document">The source document's file name.</param>
/// <param name="Line">The 1-based line in the document.</param>
/// <param name="Quote">A substring of that line, as the document writes it, containing the number.</param>
public sealed record Provenance(string Document, int Line, string Quote)
{
    /// <summary><c>plan.txt:39 “人均预期寿命达到78岁以上”</c>.</summary>
    public override string ToString() => $"{Document}:{Line} “{Quote}”";
}

/// <summary>A benchmark quoted beside a target, such as 省指标 ≥90% (the provincial target).</summary>
/// <param name="TextZh">The benchmark as the plan writes it.</param>
/// <param name="Operator">The benchmark's operator, when it states one.</param>
/// <param name="Value">The benchmark's value, when it states one.</param>
public sealed record TargetReference(string TextZh, TargetOperator? Operator = null, double? Value = null)
{
    /// <inheritdoc />
    public override string ToString() => TextZh;
}
