namespace HealthPlan.Catalogue.Generators.Model;

// The parsed plan, free of Roslyn types and of source positions, so an edit that only moves text
// (or changes nothing the emitter reads) leaves it equal and the emit step cached.

/// <summary>One plan file, validated and ready to emit.</summary>
internal sealed record PlanModel(
    string FilePath,
    string FileName,
    string Id,
    string ClassName,
    string NameZh,
    string NameEn,
    RegionModel Region,
    int PeriodStart,
    int PeriodEnd,
    string Document,
    EquatableArray<IndicatorModel> Indicators);

internal sealed record RegionModel(string Id, string ClassName, string NameZh, string NameEn, string Level, string? ParentZh);

internal sealed record IndicatorModel(
    string Id,
    string MemberName,
    string NameZh,
    string NameEn,
    string Concept,
    string Category,
    string? CategoryZh,
    UnitModel Unit,
    string Direction,
    string Attribute,
    EquatableArray<ValueModel> Values,
    EquatableArray<TargetModel> Targets,
    EquatableArray<string> Notes);

/// <summary>A unit as the emitter needs it: the runtime type and how to write it.</summary>
internal sealed record UnitModel(string Id, string TypeName, string Symbol);

internal sealed record ValueModel(int Year, double Value, string? Scope, string? Note, SourceModel Source);

internal sealed record TargetModel(
    int Year,
    string Operator,
    double? Value,
    double? ValueMax,
    double? Tolerance,
    int? BaselineYear,
    bool Relative,
    int Decimals,
    string? Scope,
    ReferenceModel? Reference,
    string? TextZh,
    string? TextEn,
    string? Note,
    SourceModel Source);

internal sealed record ReferenceModel(string TextZh, string? Operator, double? Value);

/// <summary>Provenance: a document (null means the plan's own), a 1-based line and an exact quote.</summary>
internal sealed record SourceModel(string? Document, int Line, string Quote);

/// <summary>A shared concept: the same indicator across plans.</summary>
internal sealed record ConceptModel(string Id, string NameEn, string NameZh, string? WhoGho, string? Sdg);
