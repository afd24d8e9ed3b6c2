using HealthPlan.Catalogue.Generators.Diagnostics;

namespace HealthPlan.Catalogue.Generators.Model;

/// <summary>
/// What parsing one plan file yields: the model to emit (what is valid in the file; null when the plan cannot be
/// named: no valid id, class or region), the keys the
/// cross-file checks need, and the file's own diagnostics.
/// </summary>
internal sealed record PlanParseResult(
    PlanModel? Model,
    PlanKey? Key,
    EquatableArray<ConceptUse> ConceptUses,
    EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>What makes a plan unique across files: its id and its C# class path.</summary>
internal sealed record PlanKey(string Id, string RegionClass, string PlanClass, string FilePath, LocationInfo IdLocation);

/// <summary>An indicator's concept id and where the file names it, for the unknown-concept check.</summary>
internal sealed record ConceptUse(string Concept, LocationInfo Location);
