using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace HealthPlan.Catalogue.CodeGen;

/// <summary>One word list of the schema: the <c>enum</c> array of <c>$defs.{Definition}</c>, and the words it must hold, in order.</summary>
internal sealed record SchemaEnum(string Definition, IReadOnlyList<string> Words);

/// <summary>
/// Rewrites the word lists of seeds/plan.schema.json (<c>$defs.unit.enum</c>, <c>$defs.operator.enum</c>, …) in
/// place; every other byte of the schema stays as it is.
/// </summary>
internal static class SchemaEnums
{
    /// <summary>The longest line a list may make, indentation included.</summary>
    private const int MaxLineLength = 110;

    /// <summary>Every list the generation owns: the unit ids of <paramref name="units"/>, then the plan-file words of <see cref="PlanFileTokens"/>.</summary>
    public static IReadOnlyList<SchemaEnum> Lists(UnitDefinitions units) =>
    [
        new("unit", units.Units.Select(unit => unit.Id).ToArray()),
        new("operator", PlanFileTokens.Operators.Tokens),
        new("direction", PlanFileTokens.Directions.Tokens),
        new("attribute", PlanFileTokens.Attributes.Tokens),
        new("level", PlanFileTokens.Levels.Tokens),
        new("copy", PlanFileTokens.Copies.Tokens),
        new("category", PlanFileTokens.Categories),
    ];

    /// <summary>The schema <paramref name="schema"/> with each of <paramref name="lists"/> written over its array.</summary>
    /// <exception cref="InvalidOperationException">The schema lacks one of the arrays.</exception>
    public static string Apply(string schema, IEnumerable<SchemaEnum> lists) => lists.Aggregate(schema, Apply);

    /// <summary>The schema <paramref name="schema"/> with the array of <paramref name="list"/> replaced by its words.</summary>
    /// <exception cref="InvalidOperationException">The schema has no <c>$defs.{Definition}.enum</c> array.</exception>
    public static string Apply(string schema, SchemaEnum list)
    {
        var (start, end) = FindArray(schema, list.Definition);
        int lineStart = schema.LastIndexOf('\n', Math.Max(start - 1, 0)) + 1;
        int lineEnd = schema.IndexOf('\n', end);
        string indent = new(schema.AsSpan(lineStart).ToString().TakeWhile(c => c == ' ').ToArray());
        int before = start - lineStart;
        int after = (lineEnd < 0 ? schema.Length : lineEnd) - end;
        return string.Concat(schema.AsSpan(0, start), Format(list.Words, indent, before, after), schema.AsSpan(end));
    }

    /// <summary>
    /// The words as a JSON array: on one line when the line stays within <see cref="MaxLineLength"/> (with the
    /// <paramref name="before"/> and <paramref name="after"/> characters it shares the line with), else wrapped:
    /// <c>[</c>, lines of words indented two more spaces than <paramref name="indent"/>, <c>]</c> at <paramref name="indent"/>.
    /// </summary>
    internal static string Format(IEnumerable<string> words, string indent, int before, int after)
    {
        var items = words.Select(JsonString).ToArray();
        string oneLine = "[" + string.Join(", ", items) + "]";
        if (before + oneLine.Length + after <= MaxLineLength)
        {
            return oneLine;
        }

        string itemIndent = indent + "  ";
        var lines = new List<StringBuilder>();
        foreach (string item in items)
        {
            var line = lines.LastOrDefault();
            if (line is null || line.Length + 2 + item.Length + 1 > MaxLineLength)
            {
                lines.Add(new StringBuilder(itemIndent).Append(item));
            }
            else
            {
                line.Append(", ").Append(item);
            }
        }

        return "[\n" + string.Join(",\n", lines) + "\n" + indent + "]";
    }

    /// <summary>A JSON string for a plan-file word; words are printable text, so only quotes and backslashes need escaping.</summary>
    internal static string JsonString(string word)
        => word.Any(char.IsControl)
            ? throw new InvalidOperationException($"the word {Spelling.CSharpString(word)} holds a control character; plan-file words are printable text.")
            : "\"" + word.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    /// <summary>The character range of the <c>$defs.{definition}.enum</c> array, brackets included.</summary>
    private static (int Start, int End) FindArray(string schema, string definition)
        => FindValue(schema, ["$defs", definition, "enum"]) ?? throw new InvalidOperationException(
            $"{CodeGeneration.SchemaPath} has no \"$defs\": {{ \"{definition}\": {{ \"enum\": [...] }} }} to write the {definition} list into.");

    /// <summary>The character range of the object or array at <paramref name="valuePath"/> (property names from the root), brackets included; null when there is none.</summary>
    internal static (int Start, int End)? FindValue(string schema, string[] valuePath)
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(schema);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        var path = new List<string?>();
        string? property = null;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    property = reader.GetString();
                    break;
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    path.Add(property);
                    property = null;
                    if (path.Skip(1).SequenceEqual(valuePath))
                    {
                        int startByte = (int)reader.TokenStartIndex;
                        reader.Skip();
                        int endByte = (int)reader.BytesConsumed;
                        return (Encoding.UTF8.GetCharCount(utf8, 0, startByte), Encoding.UTF8.GetCharCount(utf8, 0, endByte));
                    }

                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    path.RemoveAt(path.Count - 1);
                    break;
                default:
                    property = null;
                    break;
            }
        }

        return null;
    }
}
