using System;
using System.Text;

namespace HealthPlan.Catalogue.CodeGen;

/// <summary>Rewrites the unit table of docs/plan-format.md, between its <c>units:begin</c> and <c>units:end</c> comments.</summary>
internal static class DocsUnitTable
{
    /// <summary>The document <paramref name="markdown"/> with its unit table written from <paramref name="definitions"/>.</summary>
    /// <exception cref="InvalidOperationException">The markers are missing, repeated or out of order.</exception>
    public static string Apply(string markdown, UnitDefinitions definitions)
        => DocsMarkers.Replace(markdown, "units", "generated from " + CodeGeneration.UnitDefinitionPath, _ => Table(definitions));

    private static string Table(UnitDefinitions definitions)
    {
        var text = new StringBuilder()
            .Append("| id | symbol | dimension | UCUM code (FHIR) | examples |\n")
            .Append("|---|---|---|---|---|");
        foreach (var unit in definitions.Units)
        {
            var dimension = definitions.Dimension(unit.Dimension);
            // Money has no UCUM unit: FHIR carries it as an ISO 4217 amount of the dimension's currency.
            string code = unit.Ucum is { } ucum ? $"`{Spelling.MarkdownCell(ucum)}`" : $"none: ISO 4217 `{dimension.Currency}` × {unit.Factor.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}";
            Row(text, $"`{unit.Id}`", unit.Symbol.Length == 0 ? "(none)" : Spelling.MarkdownCell(unit.Symbol), dimension.KebabName, code, Spelling.MarkdownCell(unit.Examples));
        }

        return text.ToString();
    }

    private static void Row(StringBuilder text, params string[] cells)
    {
        text.Append("\n|");
        foreach (string cell in cells)
        {
            text.Append(cell.Length == 0 ? " |" : " " + cell + " |");
        }
    }
}
