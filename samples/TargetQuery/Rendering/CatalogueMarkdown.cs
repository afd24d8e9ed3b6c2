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
            output.Write($"\n## {Cell(plan.NameZh)} ({Cell(plan.Id)})\n\n");
            output.Write($"{Cell(plan.NameEn)}. {Cell(Words.Region(plan.Region))}, {Words.Level(plan.Region.Level)}, {Words.Period(plan)}. "
                + $"Source: {Code(plan.Document)}.\n\n");
            foreach (var document in plan.Documents)
            {
                // A plan read online: every copy its numbers are quoted from, so a reader can open it and judge it.
                output.Write($"- {Code(document.Id)}: {Cell(document.ToString())}\n");
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
                    Code(indicator.Id),
                    Cell(indicator.NameZh),
                    Cell(indicator.NameEn),
                    Cell(Words.UnitCell(indicator.Unit)),
                    Cell(Lines(Words.Baselines(indicator))),
                    Cell(Lines(indicator.Targets.Select(target => target.ToString() ?? string.Empty))),
                    Words.Attribute(indicator.Attribute),
                    Words.SourceLines(indicator),
                };
                output.Write("| " + string.Join(" | ", cells) + " |\n");
            }
        }
    }

    private static string Lines(IEnumerable<string> lines) => string.Join("\n", lines);

    /// <summary>
    /// Text as inert Markdown, in a table cell, a heading or a list item: backslashes, pipes, brackets, backticks and a
    /// <c>#</c> at its start escaped, angle brackets as entities (no HTML), line breaks as <c>&lt;br&gt;</c>, and
    /// control characters as <c>\uXXXX</c>.
    /// </summary>
    internal static string Cell(string text)
    {
        string escaped = text.Replace("\\", "\\\\").Replace("|", "\\|").Replace("[", "\\[").Replace("]", "\\]").Replace("`", "\\`")
            .Replace("<", "&lt;").Replace(">", "&gt;").Replace("\r", string.Empty).Replace("\n", "<br>");
        escaped = Echo.Safe(escaped);
        return escaped.StartsWith('#') ? "\\" + escaped : escaped;
    }

    /// <summary>An id or file name as a code span; as escaped text when it holds a backtick or a line break, which a code span cannot.</summary>
    internal static string Code(string text)
        => text.IndexOfAny(new[] { '`', '\r', '\n' }) >= 0 || text.Any(Echo.IsUnsafe) ? Cell(text) : "`" + text.Replace("|", "\\|") + "`";
}
