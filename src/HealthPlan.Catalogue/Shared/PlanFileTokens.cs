// Shared with the generator as a linked source file (see generators/…/HealthPlan.Catalogue.Generators.csproj).
using System.Collections.Generic;

#if BUILDING_SOURCE_GENERATOR
namespace HealthPlan.Catalogue.Generators.Shared;
#else
namespace HealthPlan.Catalogue;
#endif

/// <summary>
/// The words <c>*.plan.json</c> files use for operators, directions, attributes, administrative levels,
/// kinds of published copy and categories. The generator reads plan files with these tables and the JSON export writes with them, so a
/// word means the same thing everywhere.
/// </summary>
public static class PlanFileTokens
{
    /// <summary>Target operators: <c>&gt;=</c>, <c>&lt;=</c>, <c>&gt;</c>, <c>&lt;</c>, <c>=</c>, <c>range</c>, <c>approx</c>, <c>increase-by</c>, <c>decrease-by</c>, <c>qualitative</c>.</summary>
    public static TokenTable<TargetOperator> Operators { get; } = new(
        (">=", TargetOperator.AtLeast),
        ("<=", TargetOperator.AtMost),
        (">", TargetOperator.Above),
        ("<", TargetOperator.Below),
        ("=", TargetOperator.Reach),
        ("range", TargetOperator.Between),
        ("approx", TargetOperator.About),
        ("increase-by", TargetOperator.IncreaseBy),
        ("decrease-by", TargetOperator.DecreaseBy),
        ("qualitative", TargetOperator.Qualitative));

    /// <summary>Directions: <c>higher-is-better</c>, <c>lower-is-better</c>, <c>neutral</c>.</summary>
    public static TokenTable<Direction> Directions { get; } = new(
        ("higher-is-better", Direction.HigherIsBetter),
        ("lower-is-better", Direction.LowerIsBetter),
        ("neutral", Direction.Neutral));

    /// <summary>Attributes: <c>binding</c> (约束性) and <c>anticipatory</c> (预期性); a plan file leaves the field out when the plan does not say.</summary>
    public static TokenTable<IndicatorAttribute> Attributes { get; } = new(
        ("binding", IndicatorAttribute.Binding),
        ("anticipatory", IndicatorAttribute.Anticipatory));

    /// <summary>Administrative levels: <c>province</c>, <c>prefecture-city</c>, <c>county-city</c>, <c>county</c>, <c>district</c>, <c>country</c>.</summary>
    public static TokenTable<AdministrativeLevel> Levels { get; } = new(
        ("province", AdministrativeLevel.Province),
        ("prefecture-city", AdministrativeLevel.PrefectureCity),
        ("county-city", AdministrativeLevel.CountyCity),
        ("county", AdministrativeLevel.County),
        ("district", AdministrativeLevel.District),
        ("country", AdministrativeLevel.Country));

    /// <summary>Kinds of published copy: <c>official</c> (the issuing body's own publication) and <c>secondary</c> (a repost, such as a news agency's).</summary>
    public static TokenTable<DocumentCopy> Copies { get; } = new(
        ("official", DocumentCopy.Official),
        ("secondary", DocumentCopy.Secondary));

    /// <summary>The categories an indicator may belong to.</summary>
    public static IReadOnlyList<string> Categories { get; } = new[]
    {
        "health-status", "disease-control", "maternal-child-health", "family-planning", "medical-services",
        "health-resources", "primary-care", "medical-security", "public-health", "health-expenditure",
        "drugs", "informatization", "health-promotion", "elderly-care", "other",
    };
}
