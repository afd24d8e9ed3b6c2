using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace HealthPlan.Catalogue.Generators.Diagnostics;

/// <summary>
/// Every diagnostic the generator reports. Ids are stable: never renumber, only add.
/// Each is documented in docs/diagnostics.md (DiagnosticsDocumentationTests keeps them in step).
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "HealthPlan.Catalogue";
    // The repository has no public address yet: help links point at the document inside it.
    private const string HelpBase = "docs/diagnostics.md#";

    public static readonly DiagnosticDescriptor InvalidJson = Error(
        "HPC0001", "Plan file is not valid JSON",
        "The plan file is not valid JSON: {0}");

    public static readonly DiagnosticDescriptor MissingField = Error(
        "HPC0002", "Required field is missing",
        "{0} is missing the required field '{1}'");

    public static readonly DiagnosticDescriptor WrongType = Error(
        "HPC0003", "Field has the wrong type",
        "'{0}' must be {1}, but is {2}");

    public static readonly DiagnosticDescriptor UnknownUnit = Error(
        "HPC0004", "Unknown unit",
        "Unknown unit '{0}'; use one of: {1}");

    public static readonly DiagnosticDescriptor UnknownOperator = Error(
        "HPC0005", "Unknown target operator",
        "Unknown target operator '{0}'; use one of: {1}");

    public static readonly DiagnosticDescriptor DuplicateIndicatorId = Error(
        "HPC0006", "Duplicate indicator id",
        "The plan already has an indicator with id '{0}'; indicator ids must be unique within a plan");

    public static readonly DiagnosticDescriptor InvalidIdentifier = Error(
        "HPC0007", "Id cannot become a C# name",
        "The id '{0}' cannot become a C# name: {1}");

    public static readonly DiagnosticDescriptor IdentifierCollision = Error(
        "HPC0008", "Two ids map to the same C# name",
        "The id '{0}' maps to the C# name '{1}', which '{2}' already uses; rename one of them");

    public static readonly DiagnosticDescriptor RangeMinAboveMax = Error(
        "HPC0009", "Range minimum is above its maximum",
        "The range's minimum {0} is above its maximum {1}; write the smaller number in 'value' and the larger in 'valueMax'");

    public static readonly DiagnosticDescriptor RelativeTargetWithoutBaseline = Error(
        "HPC0010", "Increase or decrease target without a baseline year",
        "A '{0}' target needs 'baselineYear': the year whose value it increases or decreases from");

    public static readonly DiagnosticDescriptor TargetYearOutsidePeriod = Error(
        "HPC0011", "Target year outside the plan period",
        "The target year {0} lies outside the plan period {1}–{2}; record figures from other years as values or notes");

    public static readonly DiagnosticDescriptor UnknownConcept = Error(
        "HPC0012", "Unknown concept",
        "Unknown concept '{0}': add it to the concepts file or use an existing id");

    public static readonly DiagnosticDescriptor EmptyQuote = Error(
        "HPC0013", "Empty provenance quote",
        "The quote is empty: quote the words of {0} that contain the number");

    public static readonly DiagnosticDescriptor DuplicatePlan = Error(
        "HPC0014", "Two plan files define the same plan",
        "Plan '{0}' is also defined in {1}; this file is skipped");

    public static readonly DiagnosticDescriptor UnknownValue = Error(
        "HPC0015", "Unknown value for a field",
        "Unknown {0} '{1}'; use one of: {2}");

    public static readonly DiagnosticDescriptor UnsupportedFormatVersion = Error(
        "HPC0016", "Unsupported format version",
        "Format version {0} is not supported by this generator; it reads version 1");

    public static readonly DiagnosticDescriptor InternalError = Error(
        "HPC0017", "The generator failed on this file",
        "The generator could not process this file ({0}: {1}); please report it");

    public static readonly DiagnosticDescriptor UnknownProperty = Warning(
        "HPC0018", "Unknown property",
        "Unknown property '{0}' in {1}; it is ignored (check its spelling: known properties are {2})");

    public static readonly DiagnosticDescriptor DuplicateProperty = Error(
        "HPC0019", "Property appears twice",
        "The property '{0}' appears twice in the same object");

    public static readonly DiagnosticDescriptor NumberOutOfRange = Error(
        "HPC0020", "Number out of range",
        "'{0}' must be {1}, but is {2}");

    public static readonly DiagnosticDescriptor InvalidProvenanceLine = Error(
        "HPC0021", "Provenance line is not a line number",
        "The provenance line {0} is not a 1-based line number");

    public static readonly DiagnosticDescriptor DuplicateConcept = Error(
        "HPC0022", "Duplicate concept id",
        "The concept '{0}' is defined more than once; concept ids must be unique across concept files");

    public static readonly DiagnosticDescriptor InvalidNamespaceOption = Warning(
        "HPC0023", "Invalid namespace option",
        "HealthPlanCatalogueNamespace '{0}' is not a valid C# namespace; generated code uses '{1}' instead");

    public static readonly DiagnosticDescriptor InvalidPlanId = Error(
        "HPC0024", "Invalid plan id",
        "The plan id '{0}' is not kebab-case: use lowercase letters and digits in words joined by hyphens, such as 'hill-county-2021-2025'");

    public static readonly DiagnosticDescriptor BaselineValueMissing = Warning(
        "HPC0025", "Relative target without a baseline value",
        "The target is relative to {0}, but the indicator has no value for {0}: it cannot be judged until the plan file records that value (add it to 'values' with its source)");

    public static readonly DiagnosticDescriptor DuplicateDocumentId = Error(
        "HPC0026", "Duplicate document id",
        "The plan already lists a document with id '{0}'; document ids must be unique within a plan");

    public static readonly DiagnosticDescriptor InvalidDocumentAddress = Error(
        "HPC0027", "Document address is not a web address",
        "The address '{0}' is not an absolute http or https address; give the address the document can be read at, such as 'https://www.gov.cn/zhengce/content/2017-01/10/content_5158488.htm'");

    public static readonly DiagnosticDescriptor InvalidPublicationDate = Error(
        "HPC0028", "Publication date is not a date",
        "The publication date '{0}' is not a date; write it as YYYY-MM-DD, YYYY-MM or YYYY, such as '2017-01-10'");

    public static readonly DiagnosticDescriptor MissingBindingIndicator = Warning(
        "HPC1001", "Report omits a binding indicator",
        "The actuals for plan '{0}' leave out binding (约束性) indicator '{1}': give its value, or set it to null explicitly if it was not measured");

    /// <summary>Every descriptor, by id: the documentation tests and the analyzer's list read it.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = new[]
    {
        InvalidJson, MissingField, WrongType, UnknownUnit, UnknownOperator, DuplicateIndicatorId, InvalidIdentifier,
        IdentifierCollision, RangeMinAboveMax, RelativeTargetWithoutBaseline, TargetYearOutsidePeriod, UnknownConcept,
        EmptyQuote, DuplicatePlan, UnknownValue, UnsupportedFormatVersion, InternalError, UnknownProperty, DuplicateProperty,
        NumberOutOfRange, InvalidProvenanceLine, DuplicateConcept, InvalidNamespaceOption, InvalidPlanId, BaselineValueMissing,
        DuplicateDocumentId, InvalidDocumentAddress, InvalidPublicationDate, MissingBindingIndicator,
    };

    private static DiagnosticDescriptor Warning(string id, string title, string message)
        => new(id, title, message, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpBase + id.ToLowerInvariant());

    private static DiagnosticDescriptor Error(string id, string title, string message)
        => new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + id.ToLowerInvariant());
}
