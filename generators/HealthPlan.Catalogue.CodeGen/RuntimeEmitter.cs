using HealthPlan.Catalogue.Generators.Emit;
using System.Linq;

namespace HealthPlan.Catalogue.CodeGen;

/// <summary>Writes the runtime library's unit files (src/HealthPlan.Catalogue) from the definitions.</summary>
internal static class RuntimeEmitter
{
    /// <summary><c>Units/UnitTypes.g.cs</c>: one class per unit, never instantiated, with its <c>UnitInfo</c>.</summary>
    public static string UnitTypes(UnitDefinitions definitions)
    {
        var code = Header.Begin("Unit types: one class per unit, never instantiated, so a quantity's unit is part of its type.")
            .Line("namespace HealthPlan.Catalogue.Units;");

        foreach (var unit in definitions.Units)
        {
            var dimension = definitions.Dimension(unit.Dimension);
            code.Line()
                .Summary(unit.Summary)
                .Line($"public sealed class {unit.TypeName} : {(dimension.HasInterface ? dimension.InterfaceName : "IUnit")}")
                .Open()
                .Line($"private {unit.TypeName}()")
                .Open()
                .Close()
                .Line()
                .Line("/// <inheritdoc cref=\"IUnit.Info\" />")
                .Line($"public static UnitInfo Info => UnitInfos.{unit.TypeName};")
                .Close();
        }

        return code.Finish();
    }

    /// <summary><c>Units/UnitDimensions.g.cs</c>: the <c>UnitDimension</c> enum and the dimension interfaces.</summary>
    public static string UnitDimensions(UnitDefinitions definitions)
    {
        var code = Header.Begin("Dimensions: what each unit measures, and an interface for each dimension whose units convert into each other.")
            .Line("namespace HealthPlan.Catalogue.Units;")
            .Line()
            .Line("/// <summary>")
            .Line("/// What a unit measures. Quantities convert only between units of the same dimension, never")
            .Line("/// across dimensions (years never become percent).")
            .Line("/// </summary>")
            .Line("public enum UnitDimension")
            .Open();

        foreach (var dimension in definitions.Dimensions)
        {
            code.Summary(dimension.Summary).Line(dimension.Name + ",");
        }

        code.Close();

        foreach (var dimension in definitions.Dimensions.Where(dimension => dimension.HasInterface))
        {
            string units = string.Join(", ", definitions.UnitsOf(dimension).Select(unit => $"<see cref=\"{unit.TypeName}\"/>"));
            code.Line()
                .Summary($"A unit of the <see cref=\"UnitDimension.{dimension.Name}\"/> dimension: {units}.")
                .Line($"public interface {dimension.InterfaceName} : IUnit;");
        }

        return code.Finish();
    }

    /// <summary><c>Units/UnitCatalogue.g.cs</c>: the registry, lookup by id and the dispatch to a unit type.</summary>
    public static string UnitCatalogue(UnitDefinitions definitions)
    {
        var code = Header.Begin("The unit registry: every unit by id, and a dispatch from a unit known at run time to its type.")
            .Line("using System;")
            .Line("using System.Collections.Generic;")
            .Line()
            .Line("namespace HealthPlan.Catalogue.Units;")
            .Line()
            .Summary("Every unit the catalogue knows, by id.")
            .Line("public static partial class UnitCatalogue")
            .Open()
            .Summary("All units, ordered by id.")
            .Line("public static IReadOnlyList<UnitInfo> All { get; } =")
            .Line("[");
        foreach (var unit in definitions.Units.OrderBy(unit => unit.Id, System.StringComparer.Ordinal))
        {
            code.Line($"    UnitInfos.{unit.TypeName}, // {unit.Id}");
        }

        code.Line("];")
            .Line()
            .Summary("Finds a unit by its plan-file id, or returns null.")
            .Line("/// <param name=\"id\">The id as plan files write it in an indicator's <c>unit</c>.</param>")
            .Line("/// <exception cref=\"ArgumentNullException\"><paramref name=\"id\"/> is null.</exception>")
            .Line("public static UnitInfo? Find(string id)")
            .Open()
            .Line("ArgumentNullException.ThrowIfNull(id);")
            .Line("return id switch")
            .Open();
        foreach (var unit in definitions.Units)
        {
            code.Line($"{Spelling.CSharpString(unit.Id)} => UnitInfos.{unit.TypeName},");
        }

        code.Line("_ => null,")
            .Close(";")
            .Close()
            .Line()
            .Line("/// <summary>")
            .Line("/// Calls <paramref name=\"visitor\"/> with the unit type <paramref name=\"unit\"/> describes, so code that")
            .Line("/// knows a unit only at run time (from a file, by id) can create <see cref=\"Quantity{TUnit}\"/> and the")
            .Line("/// other generic types in it.")
            .Line("/// </summary>")
            .Line("/// <typeparam name=\"TResult\">What the visitor returns.</typeparam>")
            .Line("/// <param name=\"unit\">The unit, matched by its <see cref=\"UnitInfo.Id\"/>.</param>")
            .Line("/// <param name=\"visitor\">The code to run with the unit type.</param>")
            .Line("/// <returns>What the visitor returns for the unit's type.</returns>")
            .Line("/// <exception cref=\"ArgumentNullException\"><paramref name=\"unit\"/> or <paramref name=\"visitor\"/> is null.</exception>")
            .Line("/// <exception cref=\"ArgumentException\">No unit in <see cref=\"All\"/> has the id of <paramref name=\"unit\"/>.</exception>")
            .Line("public static TResult Visit<TResult>(UnitInfo unit, IUnitVisitor<TResult> visitor)")
            .Open()
            .Line("ArgumentNullException.ThrowIfNull(unit);")
            .Line("ArgumentNullException.ThrowIfNull(visitor);")
            .Line("return unit.Id switch")
            .Open();
        foreach (var unit in definitions.Units)
        {
            code.Line($"{Spelling.CSharpString(unit.Id)} => visitor.Visit<{unit.TypeName}>(),");
        }

        code.Line("_ => throw new ArgumentException($\"Unknown unit '{unit.Id}': no unit of the catalogue has this id.\", nameof(unit)),")
            .Close(";")
            .Close()
            .Close()
            .Line()
            .Line("/// <summary>")
            .Line("/// Every unit's description, built together the first time any unit is used: one static initializer")
            .Line("/// for all units rather than one per unit type, which is what a process starting up pays for.")
            .Line("/// </summary>")
            .Line("internal static class UnitInfos")
            .Open();
        foreach (var unit in definitions.Units)
        {
            string? currency = definitions.Dimension(unit.Dimension).Currency;
            code.Line($"public static readonly UnitInfo {unit.TypeName} = new({Spelling.CSharpString(unit.Id)}, {Spelling.CSharpString(unit.Symbol)}, "
                + $"{(unit.Ucum is null ? "null" : Spelling.CSharpString(unit.Ucum))}, {Spelling.CSharpString(unit.NameEn)}, UnitDimension.{unit.Dimension}, {unit.Factor.Literal}"
                + (currency is null ? ");" : $", Currency: {Spelling.CSharpString(currency)});"));
        }

        code.Close();

        return code.Finish();
    }

    /// <summary><c>Quantities/QuantityFactory.g.cs</c>: <c>6.3.PerMille()</c> and the like, for double and int.</summary>
    public static string QuantityFactory(UnitDefinitions definitions)
    {
        var code = Header.Begin("Factories: a double and an int overload per unit. Special factories are hand-written in QuantityFactory.cs.")
            .Line("using HealthPlan.Catalogue.Units;")
            .Line()
            .Line("namespace HealthPlan.Catalogue;")
            .Line()
            .Summary("Creates quantities from numbers: <c>6.3.PerMille()</c>, <c>95.Percent()</c>.")
            .Line("public static partial class QuantityFactory")
            .Open();

        bool first = true;
        foreach (var unit in definitions.Units.Where(unit => unit.HasFactory))
        {
            foreach (string number in new[] { "double", "int" })
            {
                if (!first)
                {
                    code.Line();
                }

                first = false;
                code.Summary($"The quantity <paramref name=\"value\"/> in {Spelling.XmlText(unit.NameEn)}.")
                    .Line($"public static Quantity<{unit.TypeName}> {unit.TypeName}(this {number} value) => new(value);");
            }
        }

        return code.Close().Finish();
    }

    /// <summary><c>Quantities/QuantityConversions.g.cs</c>: <c>ToPerMille()</c> and the like, for every unit of a dimension with an interface.</summary>
    public static string QuantityConversions(UnitDefinitions definitions)
    {
        var code = Header.Begin("Typed conversions: one per unit of every dimension that has a dimension interface.")
            .Line("using HealthPlan.Catalogue.Units;")
            .Line()
            .Line("namespace HealthPlan.Catalogue;")
            .Line()
            .Line("/// <summary>")
            .Line("/// Explicit conversions within a dimension. Each method accepts only quantities whose unit belongs")
            .Line("/// to the same dimension, so <c>78.Years().ToPercent()</c> does not compile.")
            .Line("/// </summary>")
            .Line("public static class QuantityConversions")
            .Open();

        bool first = true;
        foreach (var unit in definitions.Units)
        {
            var dimension = definitions.Dimension(unit.Dimension);
            if (!dimension.HasInterface)
            {
                continue;
            }

            if (!first)
            {
                code.Line();
            }

            first = false;
            code.Summary($"Converts <paramref name=\"quantity\"/> to {Spelling.XmlText(unit.NameEn)}.")
                .Line($"public static Quantity<{unit.TypeName}> To{unit.TypeName}<TFrom>(this Quantity<TFrom> quantity) where TFrom : class, {dimension.InterfaceName}")
                .Line($"    => quantity.ConvertTo<{unit.TypeName}>();");
        }

        return code.Close().Finish();
    }
}
