using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace HealthPlan.Catalogue.Benchmarks.Json;

// Hand-written classes mirroring docs/plan-format.md: what a developer without the generator would
// write to read the same *.plan.json files with System.Text.Json at startup.

public sealed class PlanFile
{
    public int FormatVersion { get; set; }
    public string Id { get; set; } = "";
    public string ShortId { get; set; } = "";
    public string NameZh { get; set; } = "";
    public string NameEn { get; set; } = "";
    public RegionPoco Region { get; set; } = new();
    public int PeriodStart { get; set; }
    public int PeriodEnd { get; set; }
    public string Document { get; set; } = "";
    public List<IndicatorPoco> Indicators { get; set; } = new();
}

public sealed class RegionPoco
{
    public string Id { get; set; } = "";
    public string NameZh { get; set; } = "";
    public string NameEn { get; set; } = "";
    public string Level { get; set; } = "";
    public string? ParentZh { get; set; }
}

public sealed class IndicatorPoco
{
    public string Id { get; set; } = "";
    public string NameZh { get; set; } = "";
    public string NameEn { get; set; } = "";
    public string Concept { get; set; } = "";
    public string Category { get; set; } = "";
    public string? CategoryZh { get; set; }
    public string Unit { get; set; } = "";
    public string Direction { get; set; } = "";
    public string? Attribute { get; set; }
    public List<ValuePoco> Values { get; set; } = new();
    public List<TargetPoco> Targets { get; set; } = new();
    public List<string>? Notes { get; set; }
}

public sealed class ValuePoco
{
    public int Year { get; set; }
    public double Value { get; set; }
    public string? Scope { get; set; }
    public SourcePoco Source { get; set; } = new();
    public string? Note { get; set; }
}

public sealed class TargetPoco
{
    public int Year { get; set; }
    public string Operator { get; set; } = "";
    public double? Value { get; set; }
    public double? ValueMax { get; set; }
    public double? Tolerance { get; set; }
    public int? BaselineYear { get; set; }
    public bool Relative { get; set; }
    public string? Scope { get; set; }
    public ReferencePoco? Reference { get; set; }
    public string? TextZh { get; set; }
    public string? TextEn { get; set; }
    public string? Note { get; set; }
    public SourcePoco Source { get; set; } = new();
}

public sealed class SourcePoco
{
    public string? Document { get; set; }
    public int Line { get; set; }
    public string Quote { get; set; } = "";
}

public sealed class ReferencePoco
{
    public string TextZh { get; set; } = "";
    public string? Operator { get; set; }
    public double? Value { get; set; }
}

/// <summary>The same classes with System.Text.Json's source generator: the fastest way to load them at runtime.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(PlanFile))]
public sealed partial class PlanJsonContext : JsonSerializerContext
{
}
