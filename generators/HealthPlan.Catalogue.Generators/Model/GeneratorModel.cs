namespace HealthPlan.Catalogue.Generators.Model;

// The plan's records (PlanModel, IndicatorModel, ValueModel, …) are shared with the runtime:
// src/HealthPlan.Catalogue/Shared/PlanModel.cs, with their fields in Shared/PlanFields.cs. These are the generator's own.

/// <summary>A unit as the emitter needs it: the runtime type and how to write it.</summary>
internal sealed record UnitModel(string Id, string TypeName, string Symbol)
{
    /// <summary>The unit's type as generated code names it: <c>global::HealthPlan.Catalogue.Units.Years</c>.</summary>
    public string RuntimeType { get; } = "global::HealthPlan.Catalogue.Units." + TypeName;
}

/// <summary>A shared concept: the same indicator across plans.</summary>
internal sealed record ConceptModel(string Id, string NameEn, string NameZh, string? WhoGho, string? Sdg);
