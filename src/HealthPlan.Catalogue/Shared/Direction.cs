// Shared with the generator as a linked source file (see generators/…/HealthPlan.Catalogue.Generators.csproj).
#if BUILDING_SOURCE_GENERATOR
namespace HealthPlan.Catalogue.Generators.Shared;
#else
namespace HealthPlan.Catalogue;
#endif

/// <summary>Which way an indicator should move (Cixi's 正向 / 负向 / 中性).</summary>
public enum Direction
{
    /// <summary>Higher values are better (正向): coverage, life expectancy.</summary>
    HigherIsBetter,
    /// <summary>Lower values are better (负向): mortality, costs.</summary>
    LowerIsBetter,
    /// <summary>Neither (中性): sex ratio at birth, fertility, bed counts.</summary>
    Neutral,
}

/// <summary>Whether a plan binds itself to a target (约束性) or only expects it (预期性).</summary>
public enum IndicatorAttribute
{
    /// <summary>The plan does not say.</summary>
    Unspecified,
    /// <summary>Binding (约束性): the government commits to it.</summary>
    Binding,
    /// <summary>Anticipatory (预期性): an expected outcome.</summary>
    Anticipatory,
}
