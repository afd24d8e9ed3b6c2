// Shared with the generator as a linked source file (see generators/…/HealthPlan.Catalogue.Generators.csproj).
#if BUILDING_SOURCE_GENERATOR
namespace HealthPlan.Catalogue.Generators.Shared;
#else
namespace HealthPlan.Catalogue;
#endif

/// <summary>
/// How far an indicator has moved towards a target, in Open SDG's progress categories (docs/progress.md).
/// Members run from worse to better, so <c>a &gt; b</c> reads "a is better progress than b";
/// <see cref="NotAvailable"/> is below them all. Open SDG's identifiers are <see cref="ProgressTokens.OpenSdg"/>;
/// the words are <see cref="Wording.Describe(ProgressStatus)"/>.
/// </summary>
public enum ProgressStatus
{
    /// <summary>Progress cannot be measured (no baseline, a qualitative goal, a year out of range): <c>not_available</c>.</summary>
    NotAvailable,
    /// <summary>The indicator moved away from the target (growth ratio below 0): <c>deterioration</c>.</summary>
    Deterioration,
    /// <summary>Growth ratio from 0 to below 0.6: <c>limited_progress</c>.</summary>
    LimitedProgress,
    /// <summary>Growth ratio from 0.6 to below 0.95: <c>moderate_progress</c>.</summary>
    ModerateProgress,
    /// <summary>Growth ratio of 0.95 or more: <c>substantial_progress</c>.</summary>
    SubstantialProgress,
    /// <summary>The measured value already meets the target: <c>target_achieved</c>.</summary>
    TargetAchieved,
}

/// <summary>Identifiers other tools use for the catalogue's progress statuses.</summary>
public static class ProgressTokens
{
    /// <summary>
    /// Open SDG's status identifiers (open-sdg/open-sdg <c>docs/progress.md</c>): <c>not_available</c>, <c>deterioration</c>,
    /// <c>limited_progress</c>, <c>moderate_progress</c>, <c>substantial_progress</c>, <c>target_achieved</c>.
    /// </summary>
    public static TokenTable<ProgressStatus> OpenSdg { get; } = new(
        ("not_available", ProgressStatus.NotAvailable),
        ("deterioration", ProgressStatus.Deterioration),
        ("limited_progress", ProgressStatus.LimitedProgress),
        ("moderate_progress", ProgressStatus.ModerateProgress),
        ("substantial_progress", ProgressStatus.SubstantialProgress),
        ("target_achieved", ProgressStatus.TargetAchieved));
}
