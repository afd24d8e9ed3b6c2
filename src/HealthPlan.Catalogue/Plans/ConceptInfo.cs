namespace HealthPlan.Catalogue;

/// <summary>A shared concept: the same indicator across plans, with its international codes where one exists.</summary>
/// <param name="Id">The concept id indicators refer to (<c>infant-mortality-rate</c>).</param>
/// <param name="NameEn">The English name.</param>
/// <param name="NameZh">The Chinese name.</param>
/// <param name="WhoGho">The WHO Global Health Observatory indicator code (<c>MDG_0000000001</c>), or null.</param>
/// <param name="Sdg">The UN Sustainable Development Goal indicator (<c>3.2.1</c>), or null.</param>
public sealed record ConceptInfo(string Id, string NameEn, string NameZh, string? WhoGho = null, string? Sdg = null)
{
    /// <inheritdoc />
    public override string ToString() => $"{Id}: {NameZh} {NameEn}";
}
