using System.Linq;
using HealthPlan.Catalogue.TargetQuery.Input;

namespace HealthPlan.Catalogue.TargetQuery.Commands;

/// <summary>Finds plans by id, with "did you mean" errors.</summary>
internal static class Lookup
{
    /// <summary>The plan <paramref name="planId"/>, or null after writing an error that names the closest ids.</summary>
    public static Plan? FindPlan(CommandContext context, string planId)
    {
        if (context.Catalogue.FindPlan(planId) is { } plan)
        {
            return plan;
        }

        var ids = context.Catalogue.Plans.Select(p => p.Id).ToArray();
        string hint = Suggestions.DidYouMean(planId, ids);
        context.Fail($"unknown plan '{planId}'" + (hint.Length > 0 ? hint : "; plans: " + string.Join(", ", ids)));
        return null;
    }
}
