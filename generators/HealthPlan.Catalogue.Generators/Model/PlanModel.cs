using HealthPlan.Catalogue.Generators.Shared;

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
    EquatableArray<DocumentModel> Documents,
    EquatableArray<IndicatorModel> Indicators);

/// <summary>A published document the plan's sources may quote, read online rather than from a local text file.</summary>
internal sealed record DocumentModel(string Id, string TitleZh, string Issuer, string Published, string Address, DocumentCopy Copy, string? Note);

internal sealed record RegionModel(string Id, string ClassName, string NameZh, string NameEn, AdministrativeLevel Level, string? ParentZh);

internal sealed record IndicatorModel(
    string Id,
    string MemberName,
    string NameZh,
    string NameEn,
    string Concept,
    string Category,
    string? CategoryZh,
    UnitModel Unit,
    Direction Direction,
    IndicatorAttribute Attribute,
    EquatableArray<ValueModel> Values,
    EquatableArray<TargetModel> Targets,
    EquatableArray<string> Notes);

/// <summary>A unit as the emitter needs it: the runtime type and how to write it.</summary>
internal sealed record UnitModel(string Id, string TypeName, string Symbol)
{
    /// <summary>The unit's type as generated code names it: <c>global::HealthPlan.Catalogue.Units.Years</c>.</summary>
    public string RuntimeType { get; } = "global::HealthPlan.Catalogue.Units." + TypeName;
}

/// <summary>A number as the plan file writes it (<c>6.30</c>, which states two decimals) and its value.</summary>
internal readonly record struct NumberModel(double Value, string Text)
{
    public int Decimals => Wording.DecimalsOf(Text);
}

/// <summary>
/// A reported value: a level in <see cref="Year"/>, or for a period (<see cref="PeriodStart"/>–<see cref="PeriodEnd"/>, Year
/// then being PeriodEnd unless stated), or a change from <see cref="ChangeFrom"/> (a percentage of that year's level when
/// <see cref="Relative"/>). <see cref="Source"/> is the first of <see cref="Sources"/>.
/// </summary>
internal sealed record ValueModel(
    int Year,
    NumberModel Value,
    string? Scope,
    string? Note,
    EquatableArray<SourceModel> Sources,
    int? PeriodStart = null,
    int? PeriodEnd = null,
    int? ChangeFrom = null,
    bool Relative = false)
{
    /// <summary>The first source: where the number is first stated.</summary>
    public SourceModel Source => Sources[0];

    /// <summary>A level in a single year: what baselines and progress may start from.</summary>
    public bool IsLevel => PeriodStart is null && ChangeFrom is null;
}

/// <summary>
/// A target; <see cref="BaselineValue"/> is the plan's value for <see cref="BaselineYear"/>, resolved when the file is read.
/// <see cref="Table"/> marks the one the plan's indicator table states among differing restatements; <see cref="PreviousPeriod"/>
/// a previous plan's target restated before this plan's period.
/// </summary>
internal sealed record TargetModel(
    int Year,
    TargetOperator Operator,
    NumberModel? Value,
    NumberModel? ValueMax,
    NumberModel? Tolerance,
    int? BaselineYear,
    NumberModel? BaselineValue,
    bool Relative,
    string? Scope,
    ReferenceModel? Reference,
    string? TextZh,
    string? TextEn,
    string? Note,
    EquatableArray<SourceModel> Sources,
    bool Table = false,
    bool PreviousPeriod = false)
{
    /// <summary>The first source: where the target is first stated.</summary>
    public SourceModel Source => Sources[0];
}

internal sealed record ReferenceModel(string TextZh, TargetOperator? Operator, NumberModel? Value);

/// <summary>Provenance: a document (null means the plan's own), a 1-based line (none for a published document) and an exact quote.</summary>
internal sealed record SourceModel(string? Document, int? Line, string Quote);

/// <summary>A shared concept: the same indicator across plans.</summary>
internal sealed record ConceptModel(string Id, string NameEn, string NameZh, string? WhoGho, string? Sdg);
