using System;
using System.Linq;
using HealthPlan.Catalogue.TargetQuery.Input;

namespace HealthPlan.Catalogue.TargetQuery.Commands;

/// <summary>Finds plans and concepts by id (any case) or by name (Chinese or English), with "did you mean" errors.</summary>
internal static class Lookup
{
    /// <summary>The plan <paramref name="planId"/> (any case), or null after writing an error that names the closest ids.</summary>
    public static Plan? FindPlan(CommandContext context, string planId)
    {
        if (context.Catalogue.FindPlan(planId) is { } plan)
        {
            return plan;
        }

        var ids = context.Catalogue.PlanIds;
        if (ids.FirstOrDefault(id => id.Equals(planId, StringComparison.OrdinalIgnoreCase)) is { } anyCase)
        {
            return context.Catalogue.FindPlan(anyCase);
        }

        string hint = Suggestions.DidYouMean(planId, ids);
        context.Fail($"unknown plan '{planId}'" + (hint.Length > 0 ? hint : "; plans: " + string.Join(", ", ids)));
        return null;
    }

    /// <summary>
    /// The concept id that <paramref name="text"/> names: a concept id (any case), a concept's Chinese or English
    /// name (婴儿死亡率, Infant mortality rate), or the name or id of indicators that all link to one concept.
    /// Null after writing an error: unknown (with the closest ids and names), or a name shared by indicators of
    /// several concepts (listing them).
    /// </summary>
    public static string? FindConcept(CommandContext context, string text)
    {
        var catalogue = context.Catalogue;
        string wanted = text.Trim();
        var ids = catalogue.ConceptIds.Concat(catalogue.Concepts.Select(concept => concept.Id)).Distinct(StringComparer.Ordinal).ToArray();
        if (ids.Contains(wanted, StringComparer.Ordinal))
        {
            return wanted;
        }

        if (ids.FirstOrDefault(id => id.Equals(wanted, StringComparison.OrdinalIgnoreCase)) is { } anyCase)
        {
            return anyCase;
        }

        if (catalogue.Concepts.FirstOrDefault(concept => concept.NameZh == wanted || concept.NameEn.Equals(wanted, StringComparison.OrdinalIgnoreCase)) is { } named)
        {
            return named.Id;
        }

        var indicators = catalogue.Plans.SelectMany(plan => plan.Indicators)
            .Where(indicator => indicator.NameZh == wanted
                || indicator.NameEn.Equals(wanted, StringComparison.OrdinalIgnoreCase)
                || indicator.Id.Equals(wanted, StringComparison.OrdinalIgnoreCase))
            .ToArray();
        var concepts = indicators.Select(indicator => indicator.Concept).Distinct(StringComparer.Ordinal).OrderBy(id => id, StringComparer.Ordinal).ToArray();
        if (concepts.Length == 1)
        {
            return concepts[0];
        }

        if (concepts.Length > 1)
        {
            context.Fail($"'{text}' names indicators of {concepts.Length} concepts: {string.Join(", ", concepts)}; give one of these ids");
            return null;
        }

        var names = ids.Concat(catalogue.Concepts.Select(concept => concept.NameZh));
        string hint = Suggestions.DidYouMean(wanted, names);
        context.Fail($"unknown concept '{text}'" + (hint.Length > 0 ? hint : $" (no indicator of any plan links to it; '{context.CommandName} concepts' lists them)"));
        return null;
    }

    /// <summary>The indicator of <paramref name="plan"/> that <paramref name="text"/> names: its id (any case), its Chinese or its English name.</summary>
    public static IIndicator? FindIndicator(Plan plan, string text)
        => plan.FindIndicator(text)
            ?? plan.Indicators.FirstOrDefault(indicator => indicator.Id.Equals(text, StringComparison.OrdinalIgnoreCase))
            ?? plan.Indicators.FirstOrDefault(indicator => indicator.NameZh == text)
            ?? plan.Indicators.FirstOrDefault(indicator => indicator.NameEn.Equals(text, StringComparison.OrdinalIgnoreCase));
}
