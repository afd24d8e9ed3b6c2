using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace HealthPlan.Catalogue.TargetQuery.Rendering;

/// <summary>The catalogue as Markdown: a section per plan with a table of its indicators.</summary>
internal static class CatalogueMarkdown
{
    /// <summary>Writes every plan.</summary>
    public static void Write(TextWriter output, PlanCatalogue catalogue)
    {
        output.Write("# HealthPlan Catalogue\n\n");
        output.Write($"{catalogue.Plans.Count} plans, {catalogue.Plans.Sum(plan => plan.Indicators.Count)} indicators, "
            + $"{catalogue.Plans.Sum(plan => CatalogueJson.TargetCount(plan.Indicators))} targets.\n");
        foreach (var plan in catalogue.Plans)
        {
            output.Write($"\n## {Cell(plan.NameZh)} ({plan.Id})\n\n");
            output.Write($"{Cell(plan.NameEn)}. {Cell(Words.Region(plan.Region))}, {Words.Level(plan.Region.Level)}, {Words.Period(plan)}. "
                + $"Source: `{plan.Document}`.\n\n");
            foreach (var document in plan.Documents)
            {
                // A plan read online: every copy its numbers are quoted from, so a reader can open it and judge it.
                output.Write($"- `{document.Id}`: {Cell(document.ToString())}\n");
            }

            if (plan.Documents.Count > 0)
            {
                output.Write("\n");
            }

            output.Write("| Indicator | 名称 | Name | Unit | Baseline | Targets | Attribute | Lines |\n");
            output.Write("|---|---|---|---|---|---|---|---|\n");
            foreach (var indicator in plan.Indicators)
            {
                var cells = new[]
                {
                    "`" + indicator.Id + "`",
                    Cell(indicator.NameZh),
                    Cell(indicator.NameEn),
                    Cell(Words.UnitCell(indicator.Unit)),
                    Cell(Lines(Words.EarliestValues(indicator).Select(value => value.ToString() ?? string.Empty))),
                    Cell(Lines(indicator.Targets.Select(target => target.ToString() ?? string.Empty))),
                    Words.Attribute(indicator.Attribute),
                    Words.SourceLines(indicator),
                };
                output.Write("| " + string.Join(" | ", cells) + " |\n");
            }
        }
    }

    private static string Lines(IEnumerable<string> lines) => string.Join("\n", lines);

    /// <summary>Escapes what would break a table cell: pipes, line breaks and HTML angle brackets.</summary>
    private static string Cell(string text)
        => text.Replace("\\", "\\\\").Replace("|", "\\|").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\r", string.Empty).Replace("\n", "<br>");
}
