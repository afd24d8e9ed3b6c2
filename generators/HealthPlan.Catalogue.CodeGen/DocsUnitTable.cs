using System;
using System.Linq;
using System.Text;

namespace HealthPlan.Catalogue.CodeGen;

/// <summary>Rewrites the unit table of docs/plan-format.md, between its <c>units:begin</c> and <c>units:end</c> comments.</summary>
internal static class DocsUnitTable
{
    private const string BeginMarker = "<!-- units:begin";
    private const string EndMarker = "<!-- units:end";

    /// <summary>The document <paramref name="markdown"/> with the lines from the begin marker to the end marker replaced.</summary>
    /// <exception cref="InvalidOperationException">The markers are missing, repeated or out of order.</exception>
    public static string Apply(string markdown, UnitDefinitions definitions)
    {
        var lines = markdown.Split('\n');
        int begin = SingleLine(lines, BeginMarker);
        int end = SingleLine(lines, EndMarker);
        if (end < begin)
        {
            throw new InvalidOperationException($"docs/plan-format.md: '{EndMarker} -->' comes before '{BeginMarker} -->'.");
        }

        return string.Join('\n', lines.Take(begin).Append(Table(definitions)).Concat(lines.Skip(end + 1)));
    }

    private static string Table(UnitDefinitions definitions)
    {
        var text = new StringBuilder()
            .Append(BeginMarker).Append(": generated from ").Append(CodeGeneration.UnitDefinitionPath)
            .Append(" by `").Append(CodeGeneration.Command).Append("` -->\n")
            .Append("| id | symbol | dimension | examples |\n")
            .Append("|---|---|---|---|\n");
        foreach (var unit in definitions.Units)
        {
            var dimension = definitions.Dimension(unit.Dimension);
            Row(text, $"`{unit.Id}`", unit.Symbol.Length == 0 ? "(none)" : Spelling.MarkdownCell(unit.Symbol), dimension.KebabName, Spelling.MarkdownCell(unit.Examples));
        }

        return text.Append(EndMarker).Append(" -->").ToString();
    }

    private static void Row(StringBuilder text, params string[] cells)
    {
        text.Append('|');
        foreach (string cell in cells)
        {
            text.Append(cell.Length == 0 ? " |" : " " + cell + " |");
        }

        text.Append('\n');
    }

    private static int SingleLine(string[] lines, string marker)
    {
        var found = Enumerable.Range(0, lines.Length).Where(i => lines[i].TrimStart().StartsWith(marker, StringComparison.Ordinal)).ToArray();
        return found.Length == 1
            ? found[0]
            : throw new InvalidOperationException($"docs/plan-format.md must have exactly one line starting '{marker}', has {found.Length}.");
    }
}
