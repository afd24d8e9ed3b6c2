using System.Collections.Generic;
using System.IO;

namespace HealthPlan.Catalogue.CodeGen;

/// <summary>
/// A file the generation writes: its path from the repository root ('/'-separated), its whole content, and the
/// definitions it restates (paths from the repository root), for the message that calls it stale.
/// </summary>
internal sealed record GeneratedFile(string Path, string Content, IReadOnlyList<string> Sources);

/// <summary>
/// Turns the repository's one-place definitions, units.json, the runtime's <see cref="PlanFileTokens"/> and its
/// plan records' fields (<see cref="PlanFields"/>), into
/// every file that restates them. The program writes the files; the stale-file test runs the same generation in
/// memory and compares.
/// </summary>
internal static class CodeGeneration
{
    /// <summary>The one hand-written definition of the units, from the repository root.</summary>
    public const string UnitDefinitionPath = "src/HealthPlan.Catalogue/Units/units.json";

    /// <summary>
    /// The one hand-written definition of the plan-file words (operators, directions, attributes, levels,
    /// categories), from the repository root. The generation reads the compiled tables, not this file.
    /// </summary>
    public const string TokenDefinitionPath = "src/HealthPlan.Catalogue/Shared/PlanFileTokens.cs";

    /// <summary>The one hand-written definition of the plan records' fields (names, kinds, meanings); the generation reads the compiled tables.</summary>
    public const string FieldDefinitionPath = "src/HealthPlan.Catalogue/Shared/PlanFields.cs";

    /// <summary>The command that regenerates the files, from the repository root.</summary>
    public const string Command = "dotnet run --project generators/HealthPlan.Catalogue.CodeGen";

    /// <summary>The schema whose word lists are rewritten in place.</summary>
    public const string SchemaPath = "seeds/plan.schema.json";

    /// <summary>The format documentation whose unit table and word lists are rewritten between their markers.</summary>
    public const string DocsPath = "docs/plan-format.md";

    /// <summary>Generates every file from the definitions in the repository at <paramref name="root"/>.</summary>
    /// <exception cref="UnitDefinitionException">units.json is not valid.</exception>
    /// <exception cref="System.InvalidOperationException">The schema or the docs lack a place the generation writes to.</exception>
    public static IReadOnlyList<GeneratedFile> Generate(string root)
    {
        var units = UnitDefinitionReader.Read(Read(root, UnitDefinitionPath));
        string[] fromUnits = [UnitDefinitionPath];
        string[] fromBoth = [UnitDefinitionPath, TokenDefinitionPath];
        string[] fromAll = [UnitDefinitionPath, TokenDefinitionPath, FieldDefinitionPath];
        return
        [
            new("src/HealthPlan.Catalogue/Units/UnitTypes.g.cs", RuntimeEmitter.UnitTypes(units), fromUnits),
            new("src/HealthPlan.Catalogue/Units/UnitDimensions.g.cs", RuntimeEmitter.UnitDimensions(units), fromUnits),
            new("src/HealthPlan.Catalogue/Units/UnitCatalogue.g.cs", RuntimeEmitter.UnitCatalogue(units), fromUnits),
            new("src/HealthPlan.Catalogue/Quantities/QuantityFactory.g.cs", RuntimeEmitter.QuantityFactory(units), fromUnits),
            new("src/HealthPlan.Catalogue/Quantities/QuantityConversions.g.cs", RuntimeEmitter.QuantityConversions(units), fromUnits),
            new("generators/HealthPlan.Catalogue.Generators/Units/UnitTable.g.cs", GeneratorEmitter.UnitTable(units), fromUnits),
            new(PlanDataReaders.Path, PlanDataReaders.Emit(), [FieldDefinitionPath]),
            new(SchemaPath, SchemaFields.Apply(SchemaEnums.Apply(Read(root, SchemaPath), SchemaEnums.Lists(units))), fromAll),
            new(DocsPath, DocsFieldTables.Apply(DocsPlanFileWords.Apply(DocsUnitTable.Apply(Read(root, DocsPath), units))), fromAll),
        ];
    }

    /// <summary>The full path of <paramref name="relativePath"/> under <paramref name="root"/>.</summary>
    public static string FullPath(string root, string relativePath) => Path.Combine(root, relativePath.Replace('/', Path.DirectorySeparatorChar));

    private static string Read(string root, string relativePath) => File.ReadAllText(FullPath(root, relativePath));
}
