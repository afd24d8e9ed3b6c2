namespace HealthPlan.Catalogue;

/// <summary>A region that issues plans.</summary>
/// <param name="Id">The region's id (<c>fuxin</c>).</param>
/// <param name="NameZh">The Chinese name (阜新市).</param>
/// <param name="NameEn">The English name (Fuxin).</param>
/// <param name="Level">The administrative level.</param>
/// <param name="ParentZh">The region it belongs to (辽宁省), when given.</param>
/// <param name="Code">
/// The administrative division code (GB/T 2260: <c>210900</c> for Fuxin), when the plan gives it; none for the country. Chinese
/// health information systems identify regions by it.
/// </param>
public sealed record Region(string Id, string NameZh, string NameEn, AdministrativeLevel Level, string? ParentZh = null, string? Code = null)
{
    /// <inheritdoc />
    public override string ToString() => $"{NameZh} {NameEn}";
}
