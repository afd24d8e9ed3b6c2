using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace HealthPlan.Catalogue.CodeGen;

/// <summary>One field of a plan record as the schema and the docs need it, whatever the record's type.</summary>
internal sealed record FieldView(string Name, FieldKind Kind, FieldPresence Presence, string Description, string? Definition, IReadOnlyList<string> Needs);

/// <summary>
/// A plan record of <see cref="PlanFields"/>: where the schema describes it (<c>$defs.{Definition}</c>, or the root for
/// the plan) and its plan-file fields.
/// </summary>
internal sealed record RecordView(string Tag, string? Definition, IReadOnlyList<FieldView> Fields)
{
    /// <summary>Every record, the plan first.</summary>
    public static IReadOnlyList<RecordView> All { get; } =
    [
        Of(PlanFields.Plan), Of(PlanFields.Region), Of(PlanFields.Indicator), Of(PlanFields.Value), Of(PlanFields.Target),
        Of(PlanFields.Reference), Of(PlanFields.Document), Of(PlanFields.Source),
    ];

    /// <summary>The record's path in the schema: none for the root.</summary>
    public string[] SchemaPath => Definition is null ? [] : ["$defs", Definition];

    /// <summary><c>plan.id</c>, <c>value.year</c>: how the CodeGen's own tables name a field.</summary>
    public string KeyOf(FieldView field) => (Definition ?? "plan") + "." + field.Name;

    private static RecordView Of<T>(PlanRecordFields<T> table)
        => new(table.Tag, table.Definition, table.Fields
            .Where(field => field.InPlanFile)
            .Select(field => new FieldView(field.Name, field.Kind, field.Presence, field.Description, field.Definition, field.Needs))
            .ToArray());
}

/// <summary>
/// Rewrites each plan record's <c>properties</c>, <c>required</c> and (where a field needs others) <c>dependentRequired</c>
/// in seeds/plan.schema.json from <see cref="PlanFields"/>; every other byte of the schema (the records' rules in
/// <c>allOf</c>, the word lists' descriptions) stays as it is.
/// </summary>
internal static class SchemaFields
{
    /// <summary>Kebab-case, as the parser checks plan ids (HPC0024) and scopes (HPC0038).</summary>
    private const string KebabCase = "\"pattern\": \"^[a-z0-9]+(-[a-z0-9]+)*$\"";

    /// <summary>What a field's kind and presence cannot say: the schema of the fields with one of their own, by <see cref="RecordView.KeyOf"/>.</summary>
    private static readonly Dictionary<string, string[]> OwnSchema = new()
    {
        ["plan.$schema"] = ["\"type\": \"string\""],
        ["plan.formatVersion"] = ["\"const\": 1"],
        ["plan.shortId"] = ["\"$ref\": \"#/$defs/csharpId\"", NotMatching(ReservedNames.PlanMembers.Select(member => member.Key))],
        ["region.id"] = ["\"$ref\": \"#/$defs/csharpId\"", NotMatching(ReservedNames.RegionClasses)],
        ["indicator.id"] = ["\"$ref\": \"#/$defs/csharpId\"", NotMatching(ReservedNames.PlanMembers.Select(member => member.Key))],
        ["indicator.notes"] = ["\"type\": [\"array\", \"null\"]", "\"items\": { \"type\": \"string\" }"],
        ["value.scope"] = ["\"type\": [\"string\", \"null\"]", KebabCase],
        ["target.scope"] = ["\"type\": [\"string\", \"null\"]", KebabCase],
        ["region.code"] = ["\"type\": \"string\"", "\"pattern\": \"^[1-9][0-9]{5}$\""],
        ["source.line"] = ["\"type\": \"integer\"", "\"minimum\": 1", "\"maximum\": 2147483647"],
    };

    /// <summary>The schema of an id that must not map to one of <paramref name="names"/> (the generator's HPC0008 check, as a pattern).</summary>
    private static string NotMatching(IEnumerable<string> names)
        => "\"not\": { \"type\": \"string\", \"pattern\": \"" + ReservedNames.IdPattern(names) + "\" }";

    /// <summary>Constraints added after the schema a field's kind gives it, by <see cref="RecordView.KeyOf"/>.</summary>
    private static readonly Dictionary<string, string[]> Constraints = new()
    {
        ["plan.id"] = [KebabCase],
        ["value.sources"] = ["\"minItems\": 1"],
        ["target.sources"] = ["\"minItems\": 1"],
        ["target.tolerance"] = ["\"minimum\": 0"],
        ["publishedDocument.id"] = ["\"minLength\": 1"],
        ["publishedDocument.published"] = ["\"pattern\": \"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$\""],
        ["publishedDocument.address"] = ["\"pattern\": \"^https?://\""],
        ["source.quote"] = ["\"pattern\": \"\\\\S\""],
    };

    /// <summary>The schema <paramref name="schema"/> with every record's field lists written from <see cref="PlanFields"/>.</summary>
    /// <exception cref="InvalidOperationException">The schema lacks a record's <c>properties</c> or <c>required</c>, or the tables above name a field that does not exist.</exception>
    public static string Apply(string schema)
    {
        var keys = RecordView.All.SelectMany(record => record.Fields.Select(record.KeyOf)).ToHashSet(StringComparer.Ordinal);
        if (OwnSchema.Keys.Concat(Constraints.Keys).FirstOrDefault(key => !keys.Contains(key)) is { } unknown)
        {
            throw new InvalidOperationException($"SchemaFields names the field '{unknown}', which {CodeGeneration.FieldDefinitionPath} does not define.");
        }

        foreach (var record in RecordView.All)
        {
            schema = Replace(schema, [.. record.SchemaPath, "properties"], indent => Properties(record, indent));
            schema = Replace(schema, [.. record.SchemaPath, "required"], indent => Required(record, indent));
            if (record.Fields.Any(field => field.Needs.Count > 0))
            {
                schema = Replace(schema, [.. record.SchemaPath, "dependentRequired"], indent => DependentRequired(record, indent));
            }
        }

        return schema;
    }

    /// <summary>The schema of one field, without its description: one JSON member a line.</summary>
    public static IEnumerable<string> SchemaOf(RecordView record, FieldView field)
    {
        string key = record.KeyOf(field);
        var members = OwnSchema.TryGetValue(key, out var own) ? own : KindSchema(key, field);
        return Constraints.TryGetValue(key, out var more) ? members.Concat(more) : members;
    }

    private static string[] KindSchema(string key, FieldView field)
    {
        bool nullable = field.Presence == FieldPresence.Optional;
        string Type(string type) => nullable ? $"\"type\": [\"{type}\", \"null\"]" : $"\"type\": \"{type}\"";
        string Reference(string definition) => nullable
            ? $"\"anyOf\": [{{ \"$ref\": \"#/$defs/{definition}\" }}, {{ \"type\": \"null\" }}]"
            : $"\"$ref\": \"#/$defs/{definition}\"";
        return field.Kind switch
        {
            FieldKind.Text => [Type("string")],
            FieldKind.Number => [Type("number")],
            FieldKind.Flag => ["\"type\": [\"boolean\", \"null\"]"],
            FieldKind.Year => [Reference("year")],
            FieldKind.Word or FieldKind.Object when field.Definition is { } definition => [Reference(definition)],
            FieldKind.Array when field.Definition is { } items => [Type("array"), $"\"items\": {{ \"$ref\": \"#/$defs/{items}\" }}"],
            _ => throw new InvalidOperationException($"The field '{key}' needs a schema of its own in SchemaFields.OwnSchema."),
        };
    }

    private static string Properties(RecordView record, string indent)
    {
        var text = new StringBuilder("{");
        for (int i = 0; i < record.Fields.Count; i++)
        {
            var field = record.Fields[i];
            text.Append('\n').Append(indent).Append("  ").Append(SchemaEnums.JsonString(field.Name)).Append(": {");
            var members = new[] { "\"description\": " + SchemaEnums.JsonString(field.Description) }.Concat(SchemaOf(record, field)).ToArray();
            for (int m = 0; m < members.Length; m++)
            {
                text.Append('\n').Append(indent).Append("    ").Append(members[m]).Append(m < members.Length - 1 ? "," : string.Empty);
            }

            text.Append('\n').Append(indent).Append("  }").Append(i < record.Fields.Count - 1 ? "," : string.Empty);
        }

        return text.Append('\n').Append(indent).Append('}').ToString();
    }

    private static string Required(RecordView record, string indent)
        => SchemaEnums.Format(record.Fields.Where(field => field.Presence == FieldPresence.Required).Select(field => field.Name), indent, indent.Length + "\"required\": ".Length, 1);

    private static string DependentRequired(RecordView record, string indent)
    {
        var entries = record.Fields.Where(field => field.Needs.Count > 0)
            .Select(field => SchemaEnums.JsonString(field.Name) + ": [" + string.Join(", ", field.Needs.Select(SchemaEnums.JsonString)) + "]")
            .ToArray();
        string oneLine = "{ " + string.Join(", ", entries) + " }";
        return indent.Length + "\"dependentRequired\": ".Length + oneLine.Length <= 110
            ? oneLine
            : "{\n" + string.Join(",\n", entries.Select(entry => indent + "  " + entry)) + "\n" + indent + "}";
    }

    /// <summary>The schema with the value at <paramref name="path"/> replaced by <paramref name="write"/>'s text for the indentation of its line.</summary>
    private static string Replace(string schema, string[] path, Func<string, string> write)
    {
        var (start, end) = SchemaEnums.FindValue(schema, path)
            ?? throw new InvalidOperationException($"{CodeGeneration.SchemaPath} has no {string.Join(".", path)} to write the fields of {CodeGeneration.FieldDefinitionPath} into.");
        int lineStart = schema.LastIndexOf('\n', Math.Max(start - 1, 0)) + 1;
        string indent = new(schema.AsSpan(lineStart).ToString().TakeWhile(c => c == ' ').ToArray());
        return string.Concat(schema.AsSpan(0, start), write(indent), schema.AsSpan(end));
    }
}
