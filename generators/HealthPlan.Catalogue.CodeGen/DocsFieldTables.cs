using System.Linq;
using System.Text;

namespace HealthPlan.Catalogue.CodeGen;

/// <summary>Rewrites the field tables of docs/plan-format.md, between its <c>fields:begin</c> and <c>fields:end</c> comments, from <see cref="PlanFields"/>.</summary>
internal static class DocsFieldTables
{
    /// <summary>The document <paramref name="markdown"/> with a table of every record's fields.</summary>
    /// <exception cref="System.InvalidOperationException">The markers are missing, repeated or out of order.</exception>
    public static string Apply(string markdown)
        => DocsMarkers.Replace(markdown, "fields", "generated from " + CodeGeneration.FieldDefinitionPath, _ => Tables());

    private static string Tables()
    {
        var text = new StringBuilder();
        foreach (var record in RecordView.All)
        {
            text.Append(text.Length == 0 ? string.Empty : "\n\n")
                .Append("**").Append(record.Definition ?? "plan").Append("**").Append(record.Definition is null ? " (the file's top level)" : string.Empty).Append('\n')
                .Append("\n| field | holds | | meaning |\n|---|---|---|---|");
            foreach (var field in record.Fields)
            {
                text.Append("\n| `").Append(field.Name).Append("` | ").Append(Holds(field)).Append(" | ").Append(Presence(field)).Append(" | ")
                    .Append(Spelling.MarkdownCell(field.Description)).Append(" |");
            }
        }

        return text.ToString();
    }

    private static string Holds(FieldView field) => field.Kind switch
    {
        FieldKind.Text => "text",
        FieldKind.Year => "year",
        FieldKind.Number => "number",
        FieldKind.Flag => "`true`/`false`",
        FieldKind.Word => $"a `{field.Definition}` word",
        FieldKind.Object => $"a `{field.Definition}`",
        FieldKind.Array => field.Definition is { } items ? $"list of `{items}`" : "list of text",
        _ => field.Name switch { "formatVersion" => "`1`", "line" => "whole number ≥ 1", _ => "text" },
    };

    private static string Presence(FieldView field) => field.Presence switch
    {
        FieldPresence.Required => "required",
        FieldPresence.Conditional => "see meaning",
        _ => field.Needs.Count > 0 ? "with " + string.Join(", ", field.Needs.Select(need => $"`{need}`")) : "optional",
    };
}
