namespace HealthPlan.Catalogue;

/// <summary>The administrative level of a region.</summary>
public enum AdministrativeLevel
{
    /// <summary>A province (省), such as Shanxi.</summary>
    Province,
    /// <summary>A prefecture-level city (地级市), such as Fuxin.</summary>
    PrefectureCity,
    /// <summary>A county-level city (县级市), such as Cixi.</summary>
    CountyCity,
    /// <summary>A county (县).</summary>
    County,
    /// <summary>A city district (市辖区), such as Lucheng.</summary>
    District,
}

/// <summary>A region that issues plans.</summary>
/// <param name="Id">The region's id (<c>fuxin</c>).</param>
/// <param name="NameZh">The Chinese name (阜新市).</param>
/// <param name="NameEn">The English name (Fuxin).</param>
/// <param name="Level">The administrative level.</param>
/// <param name="ParentZh">The region it belongs to (辽宁省), when given.</param>
public sealed record Region(string Id, string NameZh, string NameEn, AdministrativeLevel Level, string? ParentZh = null)
{
    /// <inheritdoc />
    public override string ToString() => $"{NameZh} {NameEn}";
}
