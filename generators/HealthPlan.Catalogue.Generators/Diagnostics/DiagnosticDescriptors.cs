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
    // The project declares no public address (no RepositoryUrl or PackageProjectUrl), so help links point at
    // docs/diagnostics.md by a path that holds both in the repository and in the package, which ships the
    // document at that path (~/.nuget/packages/healthplan.catalogue/<version>/docs/diagnostics.md).
    private const string HelpBase = "docs/diagnostics.md#";

    public static readonly DiagnosticDescriptor InvalidJson = Error(
        "HPC0001", "Plan file is not valid JSON",
        "The plan file is not valid JSON: {0}",
        "The file cannot be read as JSON (a missing colon, comma, quote or bracket, an empty file, text after the closing brace). Correct the syntax at the position given; nothing else in the file is checked until it parses.");

    public static readonly DiagnosticDescriptor MissingField = Error(
        "HPC0002", "Required field is missing",
        "{0} is missing the required field '{1}'",
        "An object lacks a field the plan format requires; the diagnostic points at the object's opening brace. Add the field named in the message.");

    public static readonly DiagnosticDescriptor WrongType = Error(
        "HPC0003", "Field has the wrong type",
        "'{0}' must be {1}, but is {2}",
        "A field holds the wrong kind of JSON value, such as a number written as a string or null in a required field. Write the value with the type the field needs.");

    public static readonly DiagnosticDescriptor UnknownUnit = Error(
        "HPC0004", "Unknown unit",
        "Unknown unit '{0}'; {1}",
        "An indicator's unit is not a unit id the generator knows (units are ids such as 'percent' and 'per-mille', not symbols). Use the suggested id, or one from the unit table; the indicator is left out of the generated plan until then.");

    public static readonly DiagnosticDescriptor UnknownOperator = Error(
        "HPC0005", "Unknown target operator",
        "Unknown target operator '{0}'; {1}",
        "A target's operator is not one of >=, <=, >, <, =, range, approx, increase-by, decrease-by or qualitative. Write the ASCII operator (>= rather than ≥); the target is left out until then.");

    public static readonly DiagnosticDescriptor DuplicateIndicatorId = Error(
        "HPC0006", "Duplicate indicator id",
        "The plan already has an indicator with id '{0}'; indicator ids must be unique within a plan",
        "Two indicators in one plan have the same id. Give each its own id, or use 'scope' for two values of one indicator; the second one is left out until then.");

    public static readonly DiagnosticDescriptor InvalidIdentifier = Error(
        "HPC0007", "Id cannot become a C# name",
        "The id '{0}' cannot become a C# name: {1}",
        "An id cannot become a C# name: it starts with a digit, is empty, or names a member the generated class already has. Choose an id that starts with a letter and is not reserved.");

    public static readonly DiagnosticDescriptor IdentifierCollision = Error(
        "HPC0008", "Two ids map to the same C# name",
        "The id '{0}' maps to the C# name '{1}', which '{2}' already uses; rename one of them",
        "Two ids become the same C# name (coverage-rate and coverage_rate both become CoverageRate). Rename one of them; the second is left out until then.");

    public static readonly DiagnosticDescriptor RangeMinAboveMax = Error(
        "HPC0009", "Range minimum is above its maximum",
        "The range's minimum {0} is above its maximum {1}; write the smaller number in 'value' and the larger in 'valueMax'",
        "A range target's minimum ('value') is above its maximum ('valueMax'). Write the smaller number in 'value' and the larger in 'valueMax'.");

    public static readonly DiagnosticDescriptor RelativeTargetWithoutBaseline = Error(
        "HPC0010", "Increase or decrease target without a baseline year",
        "A '{0}' target needs 'baselineYear': the year whose value it increases or decreases from",
        "An increase-by or decrease-by target has no 'baselineYear'. Add the year whose value the target increases or decreases from.");

    public static readonly DiagnosticDescriptor TargetYearOutsidePeriod = Error(
        "HPC0011", "Target year outside the plan period",
        "The target year {0} lies outside the plan period {1}–{2}; record figures from other years as values or notes{3}",
        "A target's year lies outside the plan's period. Record a figure for another year as a value or a note, or correct periodStart/periodEnd. A previous plan's target that this plan restates (a table column for a year before the period) is kept with \"previousPeriod\": true.");

    public static readonly DiagnosticDescriptor UnknownConcept = Error(
        "HPC0012", "Unknown concept",
        "Unknown concept '{0}': {1}",
        "An indicator's concept is not defined in the concept vocabulary (the one shipped with the package, or your own concepts.json / *.concepts.json). Correct the id (the message suggests the closest one) or add the concept to your own vocabulary file.");

    public static readonly DiagnosticDescriptor EmptyQuote = Error(
        "HPC0013", "Empty provenance quote",
        "The quote is empty: quote the words of {0} that contain the number",
        "A source's quote is empty or blank. Copy the words of the cited line that contain the number, exactly as the document writes them.");

    public static readonly DiagnosticDescriptor DuplicatePlan = Error(
        "HPC0014", "Two plan files define the same plan",
        "Plan '{0}' is also defined in {1}; this file is skipped",
        "Two plan files define the same plan id, or the same region and shortId; the file whose path sorts later is left out. Give the new plan its own id and shortId, or delete the leftover copy.");

    public static readonly DiagnosticDescriptor UnknownValue = Error(
        "HPC0015", "Unknown value for a field",
        "Unknown {0} '{1}'; {2}",
        "A field that takes a word from a fixed list (category, direction, attribute, region level, kind of copy) has another word. Use the suggested word or one of the words listed.");

    public static readonly DiagnosticDescriptor UnsupportedFormatVersion = Error(
        "HPC0016", "Unsupported format version",
        "Format version {0} is not supported by this generator; it reads version 1",
        "The file declares a formatVersion this generator does not read. Write the file in format version 1, or update the HealthPlan.Catalogue package.");

    public static readonly DiagnosticDescriptor InternalError = Error(
        "HPC0017", "The generator failed on this file",
        "The generator could not process this file ({0}: {1}); please report it",
        "The generator failed unexpectedly on this file or could not read it: a bug in the generator, not in the file. Please report it with the message; other files still generate.");

    public static readonly DiagnosticDescriptor UnknownProperty = Warning(
        "HPC0018", "Unknown property",
        "Unknown property '{0}' in {1}; it is ignored ({2})",
        "An object has a property the format does not define, usually a typo or a field at the wrong level; it is ignored. Correct the spelling (the message suggests the closest property) or move it; silence it with NoWarn if deliberate.");

    public static readonly DiagnosticDescriptor DuplicateProperty = Error(
        "HPC0019", "Property appears twice",
        "The property '{0}' appears twice in the same object",
        "The same property appears twice in one object. Keep the one you mean and delete the other.");

    public static readonly DiagnosticDescriptor NumberOutOfRange = Error(
        "HPC0020", "Number out of range",
        "'{0}' must be {1}, but is {2}",
        "A number is outside the range its field allows: a year outside 1900–2200, periodEnd before periodStart, a target's baselineYear not before its year, a negative tolerance, a number larger than FHIR and the exports hold (7.9e28), one written with more digits than a double keeps (15 significant), or one so small it would be stored as 0. Correct the number.");

    public static readonly DiagnosticDescriptor InvalidProvenanceLine = Error(
        "HPC0021", "Provenance line is not a line number",
        "The provenance line {0} is not a 1-based line number",
        "A source's line is not a 1-based line number (0, negative, fractional or too large). Give the line, counting from 1, of the document that contains the quote.");

    public static readonly DiagnosticDescriptor DuplicateConcept = Error(
        "HPC0022", "Duplicate concept id",
        "The concept '{0}' is defined more than once; concept ids must be unique across concept files",
        "A concept id is defined more than once across the concept vocabularies, the package's included. Keep one definition, or give the second concept its own id.");

    public static readonly DiagnosticDescriptor InvalidNamespaceOption = Warning(
        "HPC0023", "Invalid namespace option",
        "HealthPlanCatalogueNamespace '{0}' is not a valid C# namespace; generated code uses '{1}' instead",
        "The MSBuild property HealthPlanCatalogueNamespace is not a valid C# namespace, so the root namespace is used instead. Set a valid namespace or remove the property.");

    public static readonly DiagnosticDescriptor InvalidPlanId = Error(
        "HPC0024", "Invalid plan id",
        "The plan id '{0}' is not kebab-case: use lowercase letters and digits in words joined by hyphens, such as 'hill-county-2021-2025'",
        "The plan id is not kebab-case. Use lowercase ASCII letters and digits in words joined by single hyphens, such as hill-county-2021-2025.");

    public static readonly DiagnosticDescriptor BaselineValueMissing = Warning(
        "HPC0025", "Relative target without a baseline value",
        "The target is relative to {0}, but the indicator has no value for {0}: it cannot be judged until the plan file records that value (add it to 'values' with its source)",
        "An increase-by or decrease-by target starts from a baseline year for which the indicator records no value, so it cannot be judged. Add that year's value with its source, or change this warning's severity if the document never states it.");

    public static readonly DiagnosticDescriptor DuplicateDocumentId = Error(
        "HPC0026", "Duplicate document id",
        "The plan already lists a document with id '{0}'; document ids must be unique within a plan",
        "Two of the plan's published documents have the same id. Give each copy its own id and let the sources that quote it name it.");

    public static readonly DiagnosticDescriptor InvalidDocumentAddress = Error(
        "HPC0027", "Document address is not a web address",
        "The address '{0}' is not an absolute http or https address; give the address the document can be read at, such as 'https://www.gov.cn/zhengce/content/2017-01/10/content_5158488.htm'",
        "A published document's address is not an absolute http or https address. Give the address the document can be read at, starting with https://.");

    public static readonly DiagnosticDescriptor InvalidPublicationDate = Error(
        "HPC0028", "Publication date is not a date",
        "The publication date '{0}' is not a date; write it as YYYY-MM-DD, YYYY-MM or YYYY, such as '2017-01-10'",
        "A published document's publication date is not written as YYYY-MM-DD, YYYY-MM or YYYY, or does not exist. Write the date in one of those forms.");

    public static readonly DiagnosticDescriptor SourceAndSources = Error(
        "HPC0029", "Both 'source' and 'sources'",
        "{0} gives both 'source' and 'sources'; keep one: 'sources' lists every place the document states the number, the first statement first",
        "A value or target gives both 'source' and 'sources'. Give exactly one: 'source' for a number stated once, 'sources' for one stated several times. The value or target is left out until then.");

    public static readonly DiagnosticDescriptor EmptySources = Error(
        "HPC0030", "Empty 'sources'",
        "The 'sources' of {0} is empty; list at least one source (where the number is stated), or write 'source'",
        "A value's or target's 'sources' list is empty, so the number has no provenance. List each place the document states it, the first statement first. The value or target is left out until then.");

    public static readonly DiagnosticDescriptor PreviousPeriodTargetNotBefore = Error(
        "HPC0031", "Previous-period target not before the plan period",
        "The target year {0} is marked 'previousPeriod' but is not before the plan period {1}–{2}; only a year before {1} is a previous plan's, so remove 'previousPeriod' or correct the year",
        "A target marked \"previousPeriod\": true has a year inside or after the plan's period. The mark is for a previous plan's target the plan restates, whose year lies before periodStart. Remove the mark or correct the year.");

    public static readonly DiagnosticDescriptor TableMarkedTwice = Error(
        "HPC0032", "Two targets marked as the table's",
        "Another target for {0} is already marked 'table'; mark only the one the plan's indicator table states",
        "Two targets of one indicator, year and scope are marked \"table\": true. The mark picks the table's target among differing restatements, so at most one may carry it. Remove it from the one the table does not state.");

    public static readonly DiagnosticDescriptor InconsistentValue = Error(
        "HPC0033", "Inconsistent period or change on a value",
        "{0}: {1}",
        "A value's periodStart, periodEnd, year, changeFrom and relative do not fit together: one end of a period without the other (or any field without the fields it needs, as docs/plan-format.md's field tables say), a year outside the value's period, a base year not before the value's year, or 'relative' without a base year. The message says which; the value is left out until it is corrected.");

    public static readonly DiagnosticDescriptor InvalidDivisionCode = Error(
        "HPC0037", "Region code is not an administrative division code",
        "The region's code '{0}' is not an administrative division code: {1}",
        "A region's 'code' is its GB/T 2260 code as the Ministry of Civil Affairs lists it: six digits, ending in 0000 for a province, in 00 for a prefecture-level city and otherwise for a county-level region; the country has none. The message says what does not fit; the code is left out until it is corrected.");

    public static readonly DiagnosticDescriptor InvalidScope = Error(
        "HPC0038", "Scope is not a kebab-case word",
        "The scope '{0}' is not a kebab-case word: {1}",
        "A value's or target's 'scope' names the part of the indicator it is for, as a short kebab-case English word (urban, rural, outpatient): lowercase letters and digits in words joined by single hyphens. An empty scope, spaces, capitals or other characters cannot be carried by every output (FHIR codes, CSV, actuals files). Use the suggested word, or leave 'scope' out for the whole indicator.");

    public static readonly DiagnosticDescriptor NotUtf8 = Error(
        "HPC0034", "File is not UTF-8",
        "The file is not UTF-8: {0}; save it as UTF-8 (with or without a byte order mark)",
        "A plan or concepts file has bytes that are not valid UTF-8, usually because it was saved as GBK or GB18030, so its Chinese text would build changed. Save the file as UTF-8 (UTF-16 with a byte order mark works too); write a real U+FFFD as the escape \\ufffd.");

    public static readonly DiagnosticDescriptor OverLimit = Error(
        "HPC0035", "Plan exceeds a limit",
        "{0}; the limit is {1}",
        "A string is longer than 10,000 characters, an id longer than 80 characters, or a plan has more than 20,000 indicators: more than the generator turns into code. Shorten the text or the id, or split the plan into several files.");

    public static readonly DiagnosticDescriptor TargetStatedTwice = Warning(
        "HPC0036", "One target filed as two",
        "This target for {0} says the same as the one stated at {1}: file them as one target, with the operator of the statement in words and both places in 'sources'",
        "Two targets of one indicator, year and scope say the same: the same operator and numbers, or a bare figure (a table cell, 达到 N) and the same number with words (以上, 以下, 左右). They are one target stated twice; it is judged once either way. Merge them: keep the worded statement's operator and list every place in 'sources'.");

    public static readonly DiagnosticDescriptor MissingBindingIndicator = Warning(
        "HPC1001", "Report omits a binding indicator",
        "The actuals for plan '{0}' leave out binding (约束性) indicator '{1}': give its value, or set it to null explicitly if it was not measured",
        "C# code creates a plan's Actuals without a binding (约束性) indicator, so Assess would silently skip a committed target. Give the indicator's value, or set it to null explicitly if it was not measured.");

    /// <summary>Every descriptor, by id: the documentation tests and the analyzer's list read it.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = new[]
    {
        InvalidJson, MissingField, WrongType, UnknownUnit, UnknownOperator, DuplicateIndicatorId, InvalidIdentifier,
        IdentifierCollision, RangeMinAboveMax, RelativeTargetWithoutBaseline, TargetYearOutsidePeriod, UnknownConcept,
        EmptyQuote, DuplicatePlan, UnknownValue, UnsupportedFormatVersion, InternalError, UnknownProperty, DuplicateProperty,
        NumberOutOfRange, InvalidProvenanceLine, DuplicateConcept, InvalidNamespaceOption, InvalidPlanId, BaselineValueMissing,
        DuplicateDocumentId, InvalidDocumentAddress, InvalidPublicationDate, SourceAndSources, EmptySources, PreviousPeriodTargetNotBefore,
        TableMarkedTwice, InconsistentValue, NotUtf8, OverLimit, TargetStatedTwice, InvalidDivisionCode, InvalidScope,
        MissingBindingIndicator,
    };

    private static DiagnosticDescriptor Warning(string id, string title, string message, string description)
        => new(id, title, message, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, description, HelpBase + id.ToLowerInvariant());

    private static DiagnosticDescriptor Error(string id, string title, string message, string description)
        => new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, description, HelpBase + id.ToLowerInvariant());
}
