using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace HealthPlan.Catalogue.CodeGen;

/// <summary>
/// Rewrites the unit id list of seeds/plan.schema.json (<c>$defs.unit.enum</c>) in place; every
/// other byte of the schema stays as it is.
/// </summary>
internal static class SchemaUnitList
{
    /// <summary>The longest line the wrapped list may make, indentation included.</summary>
    private const int MaxLineLength = 110;

    private static readonly string[] ArrayPath = ["$defs", "unit", "enum"];

    /// <summary>The schema <paramref name="schema"/> with its unit list replaced by the ids of <paramref name="definitions"/>.</summary>
    /// <exception cref="InvalidOperationException">The schema has no <c>$defs.unit.enum</c> array.</exception>
    public static string Apply(string schema, UnitDefinitions definitions)
    {
        var (start, end) = FindArray(schema);
        int lineStart = schema.LastIndexOf('\n', Math.Max(start - 1, 0)) + 1;
        string indent = new(schema.AsSpan(lineStart).ToString().TakeWhile(c => c == ' ').ToArray());
        return string.Concat(schema.AsSpan(0, start), Format(definitions.Units.Select(unit => unit.Id), indent), schema.AsSpan(end));
    }

    /// <summary>The list as a JSON array, wrapped: <c>[</c>, lines of ids indented two more spaces, <c>]</c> at <paramref name="indent"/>.</summary>
    private static string Format(IEnumerable<string> ids, string indent)
    {
        string itemIndent = indent + "  ";
        var lines = new List<StringBuilder>();
        foreach (string item in ids.Select(id => "\"" + id + "\""))
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

    /// <summary>The character range of the <c>$defs.unit.enum</c> array, brackets included.</summary>
    private static (int Start, int End) FindArray(string schema)
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
                    if (reader.TokenType == JsonTokenType.StartArray && path.Skip(1).SequenceEqual(ArrayPath))
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

        throw new InvalidOperationException("seeds/plan.schema.json has no \"$defs\": { \"unit\": { \"enum\": [...] } } to write the unit list into.");
    }
}
