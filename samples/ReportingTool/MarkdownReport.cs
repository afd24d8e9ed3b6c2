using System.Globalization;
using System.Linq;
using System.Text;
using HealthPlan.Catalogue;

namespace ReportingTool;

/// <summary>Writes a plan assessment as a Markdown report: a summary line and one table row per target.</summary>
public static class MarkdownReport
{
    public static string Write(PlanAssessment assessment)
    {
        var plan = assessment.Plan;
        var text = new StringBuilder();
        text.Append("# ").Append(plan.NameZh).Append(" — ").Append(assessment.Year.ToString(CultureInfo.InvariantCulture)).Append(" report\n\n");
        text.Append(plan.NameEn).Append(". Binding targets: ").Append(assessment.AllBindingMet ? "all met." : "**not all met**.").Append("\n\n");
        text.Append(assessment.Summary).Append(".\n\n");
        text.Append("| Indicator | Binding | Target | Actual | Result | Gap | Source |\n");
        text.Append("|---|---|---|---|---|---|---|\n");
        foreach (var result in assessment.Results)
        {
            var target = result.Target;
            var indicator = target.Indicator;
            text.Append("| ").Append(indicator.NameZh).Append(' ').Append(indicator.NameEn)
                .Append(" | ").Append(indicator.Attribute == IndicatorAttribute.Binding ? "约束性" : string.Empty)
                .Append(" | ").Append(target.Describe())
                .Append(" | ").Append(target.Unit.Format(result.Actual))
                .Append(" | ").Append(result.Outcome == AssessmentOutcome.NotMet ? "**" + result.Outcome.Describe() + "**" : result.Outcome.Describe())
                .Append(" | ").Append(result.GapText ?? string.Empty)
                .Append(" | ").Append(Where(target.Source)).Append(" |\n");
        }

        foreach (var target in assessment.NotAssessed)
        {
            text.Append("| ").Append(target.Indicator.NameZh).Append(' ').Append(target.Indicator.NameEn)
                .Append(" | | ").Append(target.Describe()).Append(" | | not assessed | | ")
                .Append(Where(target.Source)).Append(" |\n");
        }

        return text.ToString();
    }

    /// <summary><c>line 39</c> in the plan's document, or the published document's address.</summary>
    private static string Where(Provenance source)
        => source.Line is int line ? "line " + line.ToString(CultureInfo.InvariantCulture) : source.Published?.Address ?? source.Document;
}
