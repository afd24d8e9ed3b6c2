// Shared with the generator as a linked source file (see generators/…/HealthPlan.Catalogue.Generators.csproj).
#if BUILDING_SOURCE_GENERATOR
namespace HealthPlan.Catalogue.Generators.Shared;
#else
namespace HealthPlan.Catalogue;
#endif

/// <summary>The verdict of assessing an actual value against a target.</summary>
public enum AssessmentOutcome
{
    /// <summary>The actual value meets the target.</summary>
    Met,
    /// <summary>The actual value does not meet the target.</summary>
    NotMet,
    /// <summary>
    /// The target cannot be judged from what is known, for example a relative target
    /// (比2015年降低10%) whose baseline value the plan does not give.
    /// </summary>
    CannotTell,
}

/// <summary>The words that name an <see cref="AssessmentOutcome"/> in data (JSON, FHIR codes).</summary>
public static class AssessmentTokens
{
    /// <summary>Outcomes: <c>met</c>, <c>not-met</c>, <c>cannot-tell</c>.</summary>
    public static TokenTable<AssessmentOutcome> Outcomes { get; } = new(
        ("met", AssessmentOutcome.Met),
        ("not-met", AssessmentOutcome.NotMet),
        ("cannot-tell", AssessmentOutcome.CannotTell));
}
