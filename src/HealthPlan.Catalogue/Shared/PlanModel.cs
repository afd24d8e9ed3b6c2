// Shared with the generator as a linked source file (see generators/…/HealthPlan.Catalogue.Generators.csproj):
// the generator's model of a plan file and the records the runtime's PlanData reads, defined once. Each record's
// fields are listed, with their plan-file names and how plan data stores them, in PlanFields beside it.
#if BUILDING_SOURCE_GENERATOR
using HealthPlan.Catalogue.Generators.Shared;
using PlanUnit = HealthPlan.Catalogue.Generators.Model.UnitModel;
#else
using PlanUnit = HealthPlan.Catalogue.Units.UnitInfo;
#endif

#if BUILDING_SOURCE_GENERATOR
namespace HealthPlan.Catalogue.Generators.Model;
#else
namespace HealthPlan.Catalogue;
#endif

// Records of strings, numbers and the runtime's enums, collections in EquatableArray, no Roslyn types and no
// source positions: an edit that only moves text (or changes nothing the emitter reads) leaves the generator's
// model equal and the emit step cached. Fields a plan file does not state (the generator's C# names) are
// declared for the generator only.

/// <summary>One plan file, validated and ready to emit.</summary>
internal sealed record PlanModel(
    string Id,
    string NameZh,
    string NameEn,
    RegionModel Region,
    int PeriodStart,
    int PeriodEnd,
    string Document,
    EquatableArray<DocumentModel> Documents,
    EquatableArray<IndicatorModel> Indicators)
{
#if BUILDING_SOURCE_GENERATOR
    /// <summary>The plan file's path.</summary>
    public string FilePath { get; init; } = string.Empty;

    /// <summary>The plan file's name.</summary>
    public string FileName { get; init; } = string.Empty;

    /// <summary>The plan's class name (from <c>shortId</c>).</summary>
    public string ClassName { get; init; } = string.Empty;
#endif
}

/// <summary>A published document the plan's sources may quote, read online rather than from a local text file.</summary>
internal sealed record DocumentModel(string Id, string TitleZh, string Issuer, string Published, string Address, DocumentCopy Copy, string? Note);

/// <summary>The plan's region.</summary>
internal sealed record RegionModel(string Id, string NameZh, string NameEn, AdministrativeLevel Level, string? ParentZh)
{
    /// <summary>The administrative division code (GB/T 2260), six digits; none for the country.</summary>
    public string? Code { get; init; }

#if BUILDING_SOURCE_GENERATOR
    /// <summary>The region's class name (from its id).</summary>
    public string ClassName { get; init; } = string.Empty;
#endif
}

/// <summary>An indicator, its values, targets and notes; <see cref="Unit"/> is the generator's unit model or the runtime's unit.</summary>
internal sealed record IndicatorModel(
    string Id,
    string NameZh,
    string NameEn,
    string Concept,
    string Category,
    string? CategoryZh,
    PlanUnit Unit,
    Direction Direction,
    IndicatorAttribute Attribute,
    EquatableArray<ValueModel> Values,
    EquatableArray<TargetModel> Targets,
    EquatableArray<string> Notes)
{
#if BUILDING_SOURCE_GENERATOR
    /// <summary>The indicator's property name (from its id).</summary>
    public string MemberName { get; init; } = string.Empty;
#endif
}

/// <summary>A number as the plan file writes it (<c>6.30</c>, which states two decimals) and its value.</summary>
internal readonly record struct NumberModel(double Value, string Text)
{
    /// <summary>The decimals the text states.</summary>
    public int Decimals => Wording.DecimalsOf(Text);

    /// <summary>A number from code rather than a file, stated with <paramref name="decimals"/> decimals.</summary>
    public static NumberModel Of(double value, int decimals)
        => new(value, value.ToString("F" + decimals.ToString(System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>A number from code rather than a file, in its shortest round-trip text.</summary>
    public static NumberModel Of(double value) => new(value, value.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
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
    /// <summary>A value of a period that is the level reached at its end, so it may serve as the next plan's baseline.</summary>
    public bool AtPeriodEnd { get; init; }

    /// <summary>The first source: where the number is first stated.</summary>
    public SourceModel Source => Sources[0];

    /// <summary>A level: what baselines and progress may start from (<see cref="IsLevelOf"/>).</summary>
    public bool IsLevel => IsLevelOf(PeriodStart, ChangeFrom, AtPeriodEnd);

    /// <summary>The year this value is the level of (<see cref="LevelYearOf"/>).</summary>
    public int LevelYear => LevelYearOf(Year, PeriodEnd, AtPeriodEnd);

    /// <summary>
    /// Whether a value is a level, the one rule the generator (a change target's baseline) and the runtime (every baseline) use:
    /// a value of one year, or a value of a period marked as the level reached at its end; never a change or a total over a period.
    /// </summary>
    public static bool IsLevelOf(int? periodStart, int? changeFrom, bool atPeriodEnd) => changeFrom is null && (periodStart is null || atPeriodEnd);

    /// <summary>The year a level is of: its year, or for a value marked as a period's end level, the period's last year.</summary>
    public static int LevelYearOf(int year, int? periodEnd, bool atPeriodEnd) => atPeriodEnd && periodEnd is int end ? end : year;
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

    /// <summary>What the target states, for <see cref="TargetTerms.SaysTheSame"/>.</summary>
    public TargetTerms Terms => new(Year, Scope, Operator, Value?.Value, ValueMax?.Value, Tolerance?.Value, BaselineYear, Relative, TextZh, TextEn);
}

/// <summary>A benchmark quoted beside a target.</summary>
internal sealed record ReferenceModel(string TextZh, TargetOperator? Operator, NumberModel? Value);

/// <summary>Provenance: a document (null means the plan's own), a 1-based line (none for a published document) and an exact quote.</summary>
internal sealed record SourceModel(string? Document, int? Line, string Quote);
