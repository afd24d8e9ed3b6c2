namespace HealthPlan.Catalogue.Generators;

/// <summary>Names of the pipeline's steps, so tests can ask which steps re-ran after an edit.</summary>
internal static class TrackingNames
{
    public const string Options = nameof(Options);
    public const string HelpLinks = nameof(HelpLinks);
    public const string ParsedPlans = nameof(ParsedPlans);
    public const string PlanModels = nameof(PlanModels);
    public const string PlanSources = nameof(PlanSources);
    public const string PlanDiagnostics = nameof(PlanDiagnostics);
    public const string PlanKeys = nameof(PlanKeys);
    public const string Concepts = nameof(Concepts);
    public const string ConceptModels = nameof(ConceptModels);
    public const string CrossFileChecks = nameof(CrossFileChecks);
    public const string CatalogueEntries = nameof(CatalogueEntries);
    public const string ReferencedCatalogues = nameof(ReferencedCatalogues);
}
