namespace HealthPlan.Catalogue.Fhir;

/// <summary>
/// The URIs the catalogue's FHIR resources name things by: code systems of others, and the project's own canonical
/// base under which its resources, identifiers and extension definitions live.
/// </summary>
public static class FhirNames
{
    /// <summary>The project's canonical base: extensions, measures and identifier systems are named below it.</summary>
    public const string CanonicalBase = "https://healthplan-catalogue.github.io/fhir";

    /// <summary>Identifier system of indicators: the value is <c>{planId}/{indicatorId}</c>.</summary>
    public const string IndicatorSystem = CanonicalBase + "/NamingSystem/indicator";

    /// <summary>Identifier system of plans: the value is the plan's id.</summary>
    public const string PlanSystem = CanonicalBase + "/NamingSystem/plan";

    /// <summary>Identifier system of regions: the value is the region's id.</summary>
    public const string RegionSystem = CanonicalBase + "/NamingSystem/region";

    /// <summary>
    /// The catalogue's name for WHO Global Health Observatory indicator codes (<c>WHOSIS_000001</c>): WHO publishes
    /// no FHIR system URI for them.
    /// </summary>
    public const string WhoGhoSystem = CanonicalBase + "/CodeSystem/who-gho";

    /// <summary>The catalogue's name for UN SDG indicator numbers (<c>3.2.1</c>): the UN publishes no FHIR system URI for them.</summary>
    public const string SdgSystem = CanonicalBase + "/CodeSystem/sdg-indicator";

    /// <summary>The catalogue's concept vocabulary: the code is a concept id (<c>life-expectancy</c>).</summary>
    public const string ConceptSystem = CanonicalBase + "/CodeSystem/concept";

    /// <summary>UCUM, the units of every quantity except money.</summary>
    public const string Ucum = "http://unitsofmeasure.org";

    /// <summary>ISO 4217, the currency of money amounts (<c>CNY</c>).</summary>
    public const string Iso4217 = "urn:iso:std:iso:4217";

    /// <summary>FHIR's measure improvement notation (<c>increase</c>, <c>decrease</c>).</summary>
    public const string ImprovementNotation = "http://terminology.hl7.org/CodeSystem/measure-improvement-notation";

    /// <summary>FHIR's measure scoring (<c>continuous-variable</c>).</summary>
    public const string MeasureScoring = "http://terminology.hl7.org/CodeSystem/measure-scoring";

    /// <summary>
    /// Where a resource of the catalogue lives: <c>{CanonicalBase}/{type}/{id}</c>, its Bundle entry's <c>fullUrl</c>,
    /// and for a Measure its canonical <c>url</c> too.
    /// </summary>
    public static string ResourceUrl(string type, string id) => CanonicalBase + "/" + type + "/" + id;

    /// <summary>The canonical of a measure: <see cref="ResourceUrl"/> of <c>Measure</c>.</summary>
    public static string MeasureUrl(string measureId) => ResourceUrl("Measure", measureId);

    /// <summary>The canonical of one of the project's extension definitions: <c>{CanonicalBase}/StructureDefinition/{name}</c>.</summary>
    public static string ExtensionUrl(string name) => CanonicalBase + "/StructureDefinition/" + name;
}
