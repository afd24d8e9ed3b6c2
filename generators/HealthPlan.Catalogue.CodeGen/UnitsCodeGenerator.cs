using System.Collections.Generic;
using System.IO;

namespace HealthPlan.Catalogue.CodeGen;

/// <summary>A file the generation writes: its path from the repository root ('/'-separated) and its whole content.</summary>
internal sealed record GeneratedFile(string Path, string Content);

/// <summary>
/// Turns units.json into every file that restates a unit. The program writes them; the stale-file test
/// runs the same generation in memory and compares.
/// </summary>
internal static class UnitsCodeGenerator
{
    /// <summary>The one hand-written definition of the units, from the repository root.</summary>
    public const string DefinitionPath = "src/HealthPlan.Catalogue/Units/units.json";

    /// <summary>The command that regenerates the files, from the repository root.</summary>
    public const string Command = "dotnet run --project generators/HealthPlan.Catalogue.CodeGen";

    /// <summary>The schema whose unit list is rewritten in place.</summary>
    public const string SchemaPath = "seeds/plan.schema.json";

    /// <summary>The format documentation whose unit table is rewritten between its markers.</summary>
    public const string DocsPath = "docs/plan-format.md";

    /// <summary>Generates every file from the definitions in the repository at <paramref name="root"/>.</summary>
    /// <exception cref="UnitDefinitionException">units.json is not valid.</exception>
    public static IReadOnlyList<GeneratedFile> Generate(string root)
    {
        var definitions = UnitDefinitionReader.Read(Read(root, DefinitionPath));
        return
        [
            new("src/HealthPlan.Catalogue/Units/UnitTypes.g.cs", RuntimeEmitter.UnitTypes(definitions)),
            new("src/HealthPlan.Catalogue/Units/UnitDimensions.g.cs", RuntimeEmitter.UnitDimensions(definitions)),
            new("src/HealthPlan.Catalogue/Units/UnitCatalogue.g.cs", RuntimeEmitter.UnitCatalogue(definitions)),
            new("src/HealthPlan.Catalogue/Quantities/QuantityFactory.g.cs", RuntimeEmitter.QuantityFactory(definitions)),
            new("src/HealthPlan.Catalogue/Quantities/QuantityConversions.g.cs", RuntimeEmitter.QuantityConversions(definitions)),
            new("generators/HealthPlan.Catalogue.Generators/Units/UnitTable.g.cs", GeneratorEmitter.UnitTable(definitions)),
            new(SchemaPath, SchemaUnitList.Apply(Read(root, SchemaPath), definitions)),
            new(DocsPath, DocsUnitTable.Apply(Read(root, DocsPath), definitions)),
        ];
    }

    /// <summary>The full path of <paramref name="relativePath"/> under <paramref name="root"/>.</summary>
    public static string FullPath(string root, string relativePath) => Path.Combine(root, relativePath.Replace('/', Path.DirectorySeparatorChar));

    private static string Read(string root, string relativePath) => File.ReadAllText(FullPath(root, relativePath));
}
