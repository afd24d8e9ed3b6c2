using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using HealthPlan.Catalogue.CodeGen;
using HealthPlan.Catalogue.Testing;
using HealthPlan.Catalogue.Units;

namespace HealthPlan.Catalogue.Tests.Runtime;

/// <summary>
/// units.json is the one definition of the units: these tests check how the CodeGen reads it, and that the seed
/// indicators got the units it defines. <see cref="GeneratedFileTests"/> checks the files generated from it.
/// </summary>
public class UnitDefinitionTests
{
    [Fact]
    public void The_definition_schema_lists_the_fields_the_reader_accepts()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(Path.GetDirectoryName(DefinitionFile)!, "units.schema.json")));
        var defs = schema.RootElement.GetProperty("$defs");
        Assert.Equal(UnitDefinitionReader.UnitFields.Order(), defs.GetProperty("unit").GetProperty("properties").EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal(UnitDefinitionReader.DimensionFields.Order(), defs.GetProperty("dimension").GetProperty("properties").EnumerateObject().Select(p => p.Name).Order());
    }

    [Theory]
    [InlineData("\"id\": \"per-mille\"", "\"id\": \"percent\"", "unit id 'percent' is defined 2 times")]
    [InlineData("\"type\": \"PerMille\"", "\"type\": \"Percent\"", "unit type 'Percent' is defined 2 times")]
    [InlineData("\"id\": \"per-mille\"", "\"id\": \"Per_Mille\"", "units[4].id: 'Per_Mille' is not kebab-case")]
    [InlineData("\"type\": \"PerMille\"", "\"type\": \"perMille\"", "units[4].type: 'perMille' is not a PascalCase C# identifier")]
    [InlineData("\"type\": \"PerMille\"", "\"type\": \"IRatioUnit\"", "type 'IRatioUnit' is already a type")]
    [InlineData("\"dimension\": \"Ratio\",\n      \"factorToBase\": 0.001", "\"dimension\": \"Rate\",\n      \"factorToBase\": 0.001", "unknown dimension 'Rate'")]
    [InlineData("\"factorToBase\": 0.001", "\"factorToBase\": 0", "units[4].factorToBase: 0 is not a positive finite number")]
    [InlineData("\"factorToBase\": 0.001", "\"factorToBase\": \"one in a thousand\"", "units[4].factorToBase: expected a positive number or a fraction")]
    [InlineData("\"factorToBase\": 0.001", "\"factorToBase\": 0.001, \"plural\": \"per mille\"", "units[4]: unknown field \"plural\"")]
    [InlineData("\"ucum\": \"[ppth]\",", "", "unit 'per-mille': missing \"ucum\"")]
    [InlineData("\"ucum\": \"[ppth]\",", "\"ucum\": 7,", "units[4]: \"ucum\" must be a string")]
    [InlineData("\"symbol\": \"元\",", "\"symbol\": \"元\", \"ucum\": \"{CNY}\",", "unit 'yuan': remove \"ucum\"; units of Money are amounts of CNY")]
    [InlineData("\"currency\": \"CNY\"", "\"currency\": \"yuan\"", "dimensions[4].currency: 'yuan' is not an ISO 4217 code")]
    [InlineData("\"summary\": \"Percent (%), parts per hundred.\"", "\"summary\": \"Percent (%) & more.\"", "units[3].summary: not well-formed XML doc text")]
    public void A_mistake_in_the_definitions_is_a_message_naming_the_entry(string find, string replace, string message)
    {
        string json = File.ReadAllText(DefinitionFile).ReplaceLineEndings("\n");
        Assert.Contains(find, json);
        string broken = ReplaceFirst(json, find, replace);

        var exception = Assert.Throws<UnitDefinitionException>(() => UnitDefinitionReader.Read(broken));
        Assert.Contains(exception.Problems, problem => problem.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_fraction_factor_is_written_as_the_division_that_gives_it()
    {
        var definitions = UnitDefinitionReader.Read(File.ReadAllText(DefinitionFile));
        var minutes = definitions.Units.Single(unit => unit.Id == Minutes.Info.Id);
        Assert.Equal(new UnitFactor(1.0 / 1440, "1.0 / 1440"), minutes.Factor);
    }

    [Fact]
    public void Every_seed_indicator_unit_symbol_matches_its_runtime_type()
    {
        foreach (var indicator in HealthPlan.Catalogue.Seeds.Plans.Catalogue.Plans.SelectMany(plan => plan.Indicators))
        {
            var typeArgument = indicator.GetType().GetGenericArguments().Single();
            var info = (UnitInfo)typeArgument.GetProperty(nameof(IUnit.Info))!.GetValue(null)!;
            Assert.Same(info, indicator.Unit);
        }
    }

    private static string DefinitionFile => CodeGeneration.FullPath(RepositoryPaths.Root, CodeGeneration.UnitDefinitionPath);

    private static string ReplaceFirst(string text, string find, string replace)
    {
        int at = text.IndexOf(find, StringComparison.Ordinal);
        return string.Concat(text.AsSpan(0, at), replace, text.AsSpan(at + find.Length));
    }
}
