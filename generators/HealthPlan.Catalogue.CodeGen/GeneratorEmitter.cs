using HealthPlan.Catalogue.Generators.Emit;
namespace HealthPlan.Catalogue.CodeGen;

/// <summary>Writes the source generator's unit table (netstandard2.0, the generator's own <c>UnitModel</c>).</summary>
internal static class GeneratorEmitter
{
    /// <summary><c>Units/UnitTable.g.cs</c> of HealthPlan.Catalogue.Generators.</summary>
    public static string UnitTable(UnitDefinitions definitions)
    {
        var code = Header.Begin("The units a plan file may name, for the source generator; the runtime's unit types come from the same definitions.")
            .Line("using System.Collections.Generic;")
            .Line("using System.Linq;")
            .Line("using HealthPlan.Catalogue.Generators.Model;")
            .Line()
            .Line("namespace HealthPlan.Catalogue.Generators.Units;")
            .Line()
            .Summary("The units a plan file may name, and the runtime type each becomes.")
            .Line("internal static class UnitTable")
            .Open()
            .Line("private static readonly UnitModel[] Units =")
            .Open();
        foreach (var unit in definitions.Units)
        {
            code.Line($"new({Spelling.CSharpString(unit.Id)}, {Spelling.CSharpString(unit.TypeName)}, {Spelling.CSharpString(unit.Symbol)}),");
        }

        return code.Close(";")
            .Line()
            .Line("private static readonly Dictionary<string, UnitModel> ById = Units.ToDictionary(unit => unit.Id);")
            .Line()
            .Summary("Every unit, in definition order.")
            .Line("public static IReadOnlyList<UnitModel> All => Units;")
            .Line()
            .Summary("The ids in definition order, for the unknown-unit diagnostic (HPC0004).")
            .Line("public static string KnownIds { get; } = string.Join(\", \", Units.Select(unit => unit.Id));")
            .Line()
            .Summary("Finds a unit by its plan-file id, or returns null.")
            .Line("public static UnitModel? Find(string id) => ById.TryGetValue(id, out var unit) ? unit : null;")
            .Close()
            .Finish();
    }
}
