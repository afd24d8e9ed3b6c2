// Shared with the generator as a linked source file (see generators/…/HealthPlan.Catalogue.Generators.csproj).
#if BUILDING_SOURCE_GENERATOR
namespace HealthPlan.Catalogue.Generators.Shared;
#else
namespace HealthPlan.Catalogue;
#endif

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
    /// <summary>The country as a whole (全国): the national plans regional targets are compared with.</summary>
    Country,
}
