using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace HealthPlan.Catalogue.CodeGen;

/// <summary>
/// Reads units.json and checks it, so that a mistake there is a message naming the entry, not
/// generated code that fails to compile. units.schema.json describes the same rules for editors.
/// </summary>
internal static partial class UnitDefinitionReader
{
    /// <summary>The fields a dimension may have; units.schema.json lists the same.</summary>
    public static IReadOnlyList<string> DimensionFields { get; } = ["name", "summary", "interface", "currency"];

    /// <summary>The fields a unit may have; units.schema.json lists the same.</summary>
    public static IReadOnlyList<string> UnitFields { get; } =
        ["id", "type", "symbol", "ucum", "nameEn", "dimension", "factorToBase", "summary", "examples", "factory"];

    /// <summary>Type names the runtime's Units namespace already uses.</summary>
    private static readonly HashSet<string> ReservedTypeNames =
        new(["IUnit", "IUnitVisitor", "UnitInfo", "UnitDimension", "UnitCatalogue", "Quantity"], StringComparer.Ordinal);

    /// <summary>Parses and checks <paramref name="json"/>.</summary>
    /// <exception cref="UnitDefinitionException">The file is not valid JSON or breaks a rule; the message lists every problem.</exception>
    public static UnitDefinitions Read(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException exception)
        {
            throw new UnitDefinitionException([$"not valid JSON: {exception.Message}"]);
        }

        using (document)
        {
            var problems = new List<string>();
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new UnitDefinitionException(["the file must hold one object with \"dimensions\" and \"units\""]);
            }

            CheckFields(root, "the top level", ["$schema", "dimensions", "units"], problems);
            var dimensions = ReadArray(root, "dimensions", problems).Select((item, i) => ReadDimension(item, $"dimensions[{i}]", problems)).ToList();
            var units = ReadArray(root, "units", problems).Select((item, i) => ReadUnit(item, $"units[{i}]", problems)).ToList();

            CheckUnique(dimensions.Select(dimension => dimension.Name), "dimension name", problems);
            CheckUnique(units.Select(unit => unit.Id), "unit id", problems);
            CheckUnique(units.Select(unit => unit.TypeName), "unit type", problems);

            var dimensionNames = dimensions.Select(dimension => dimension.Name).ToHashSet(StringComparer.Ordinal);
            var interfaceNames = dimensions.Select(dimension => dimension.InterfaceName).ToHashSet(StringComparer.Ordinal);
            foreach (var unit in units)
            {
                if (unit.Dimension.Length > 0 && !dimensionNames.Contains(unit.Dimension))
                {
                    problems.Add($"unit '{unit.Id}': unknown dimension '{unit.Dimension}'; use one of: {string.Join(", ", dimensionNames)}");
                }
                else if (dimensions.FirstOrDefault(dimension => dimension.Name == unit.Dimension) is { } dimension)
                {
                    // A currency is not a UCUM unit: money is carried as an ISO 4217 amount, everything else by its UCUM code.
                    if (dimension.Currency is not null && unit.Ucum is not null)
                    {
                        problems.Add($"unit '{unit.Id}': remove \"ucum\"; units of {dimension.Name} are amounts of {dimension.Currency} (ISO 4217), not UCUM units");
                    }
                    else if (dimension.Currency is null && unit.Ucum is null)
                    {
                        problems.Add($"unit '{unit.Id}': missing \"ucum\"; only units of a dimension with a \"currency\" go without a UCUM code");
                    }
                }

                if (ReservedTypeNames.Contains(unit.TypeName) || interfaceNames.Contains(unit.TypeName))
                {
                    problems.Add($"unit '{unit.Id}': type '{unit.TypeName}' is already a type of the runtime's Units namespace");
                }
            }

            if (problems.Count > 0)
            {
                throw new UnitDefinitionException(problems);
            }

            return new UnitDefinitions(dimensions, units);
        }
    }

    private static DimensionDefinition ReadDimension(JsonElement item, string path, List<string> problems)
    {
        if (!IsObject(item, path, problems))
        {
            return new DimensionDefinition("", "", false);
        }

        CheckFields(item, path, DimensionFields, problems);
        string? currency = item.TryGetProperty("currency", out _) ? String(item, "currency", path, problems, allowEmpty: false) : null;
        if (currency is { Length: > 0 } && !CurrencyPattern().IsMatch(currency))
        {
            problems.Add($"{path}.currency: '{currency}' is not an ISO 4217 code (three capital letters, such as CNY)");
        }

        return new DimensionDefinition(
            Identifier(item, "name", path, problems),
            XmlDoc(item, "summary", path, problems),
            Boolean(item, "interface", path, problems, fallback: null),
            currency);
    }

    private static UnitDefinition ReadUnit(JsonElement item, string path, List<string> problems)
    {
        if (!IsObject(item, path, problems))
        {
            return new UnitDefinition("", "", "", "", "", "", new UnitFactor(1, "1"), "", "", false);
        }

        CheckFields(item, path, UnitFields, problems);
        string id = String(item, "id", path, problems, allowEmpty: false);
        if (id.Length > 0 && !IdPattern().IsMatch(id))
        {
            problems.Add($"{path}.id: '{id}' is not kebab-case (lower-case letters and digits, words joined by '-')");
        }

        return new UnitDefinition(
            id,
            Identifier(item, "type", path, problems),
            String(item, "symbol", path, problems, allowEmpty: true),
            item.TryGetProperty("ucum", out _) ? String(item, "ucum", path, problems, allowEmpty: false) : null,
            String(item, "nameEn", path, problems, allowEmpty: false),
            Identifier(item, "dimension", path, problems),
            Factor(item, path, problems),
            XmlDoc(item, "summary", path, problems),
            item.TryGetProperty("examples", out _) ? String(item, "examples", path, problems, allowEmpty: true) : "",
            Boolean(item, "factory", path, problems, fallback: true));
    }

    private static UnitFactor Factor(JsonElement item, string path, List<string> problems)
    {
        var fallback = new UnitFactor(1, "1");
        if (!item.TryGetProperty("factorToBase", out var value))
        {
            problems.Add($"{path}: missing \"factorToBase\"");
            return fallback;
        }

        if (value.ValueKind == JsonValueKind.Number)
        {
            // JSON's number grammar is a subset of C#'s double literals, so the text itself is the literal.
            string literal = value.GetRawText();
            if (!value.TryGetDouble(out double number) || !(number > 0) || double.IsInfinity(number))
            {
                problems.Add($"{path}.factorToBase: {literal} is not a positive finite number");
                return fallback;
            }

            return new UnitFactor(number, literal);
        }

        var fraction = value.ValueKind == JsonValueKind.String ? FractionPattern().Match(value.GetString()!) : Match.Empty;
        if (!fraction.Success)
        {
            problems.Add($"{path}.factorToBase: expected a positive number or a fraction such as \"1/1440\"");
            return fallback;
        }

        string numerator = fraction.Groups["numerator"].Value;
        string denominator = fraction.Groups["denominator"].Value;
        double quotient = double.Parse(numerator, CultureInfo.InvariantCulture) / double.Parse(denominator, CultureInfo.InvariantCulture);
        if (!(quotient > 0) || double.IsInfinity(quotient))
        {
            problems.Add($"{path}.factorToBase: {numerator}/{denominator} is not a positive finite number");
            return fallback;
        }

        // 1.0 / 1440 is folded by the compiler to the same double as the division here.
        return new UnitFactor(quotient, (numerator.Contains('.') ? numerator : numerator + ".0") + " / " + denominator);
    }

    private static IEnumerable<JsonElement> ReadArray(JsonElement root, string name, List<string> problems)
    {
        if (root.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array && array.GetArrayLength() > 0)
        {
            return array.EnumerateArray().ToArray();
        }

        problems.Add($"\"{name}\" must be a non-empty array");
        return [];
    }

    private static bool IsObject(JsonElement item, string path, List<string> problems)
    {
        if (item.ValueKind == JsonValueKind.Object)
        {
            return true;
        }

        problems.Add($"{path}: expected an object");
        return false;
    }

    private static void CheckFields(JsonElement item, string path, IReadOnlyCollection<string> known, List<string> problems)
    {
        foreach (var property in item.EnumerateObject().Where(property => !known.Contains(property.Name)))
        {
            problems.Add($"{path}: unknown field \"{property.Name}\"; known: {string.Join(", ", known)}");
        }
    }

    private static string String(JsonElement item, string name, string path, List<string> problems, bool allowEmpty)
    {
        if (!item.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.String)
        {
            problems.Add($"{path}: \"{name}\" must be a string");
            return "";
        }

        string text = value.GetString()!;
        if (!allowEmpty && text.Trim().Length == 0)
        {
            problems.Add($"{path}.{name}: must not be empty");
        }

        return text;
    }

    private static string Identifier(JsonElement item, string name, string path, List<string> problems)
    {
        string text = String(item, name, path, problems, allowEmpty: false);
        if (text.Length > 0 && !IdentifierPattern().IsMatch(text))
        {
            problems.Add($"{path}.{name}: '{text}' is not a PascalCase C# identifier (a capital letter, then letters and digits)");
        }

        return text;
    }

    private static string XmlDoc(JsonElement item, string name, string path, List<string> problems)
    {
        string text = String(item, name, path, problems, allowEmpty: false);
        try
        {
            XElement.Parse("<summary>" + text + "</summary>");
        }
        catch (XmlException exception)
        {
            problems.Add($"{path}.{name}: not well-formed XML doc text ({exception.Message}); write & as &amp; and < as &lt;");
        }

        return text;
    }

    private static bool Boolean(JsonElement item, string name, string path, List<string> problems, bool? fallback)
    {
        if (!item.TryGetProperty(name, out var value))
        {
            if (fallback is { } result)
            {
                return result;
            }

            problems.Add($"{path}: missing \"{name}\"");
            return false;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        problems.Add($"{path}.{name}: must be true or false");
        return false;
    }

    private static void CheckUnique(IEnumerable<string> values, string what, List<string> problems)
    {
        foreach (var group in values.Where(value => value.Length > 0).GroupBy(value => value, StringComparer.Ordinal).Where(group => group.Count() > 1))
        {
            problems.Add($"{what} '{group.Key}' is defined {group.Count()} times");
        }
    }

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyPattern();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[A-Z][A-Za-z0-9]*$")]
    private static partial Regex IdentifierPattern();

    [GeneratedRegex(@"^(?<numerator>[0-9]+(\.[0-9]+)?)/(?<denominator>[0-9]+(\.[0-9]+)?)$")]
    private static partial Regex FractionPattern();
}

/// <summary>units.json is not valid: every problem found, one per line.</summary>
internal sealed class UnitDefinitionException(IReadOnlyList<string> problems)
    : Exception(string.Join(Environment.NewLine, problems))
{
    /// <summary>What is wrong, one problem per entry.</summary>
    public IReadOnlyList<string> Problems { get; } = problems;
}
