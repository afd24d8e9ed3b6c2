using System.Collections.Generic;

namespace HealthPlan.Catalogue;

/// <summary>
/// Which of an indicator's targets count, decided once for every output: restatements (targets that say the same,
/// <see cref="TargetTerms.SaysTheSame"/>) count once; among differing targets of one year, the indicator table's.
/// </summary>
internal static class TargetChoice
{
    /// <summary>The terms <paramref name="target"/> states, for comparing it with another.</summary>
    public static TargetTerms TermsOf(ITarget target)
        => new(target.Year, target.Scope, target.Operator, target.Value, target.ValueMax, target.Tolerance, target.BaselineYear,
            target.IsRelative, target.TextZh, target.TextEn);

    /// <summary>
    /// One target for each group of <paramref name="targets"/> that say the same, in the order the groups are first stated:
    /// the one with words (≥ rather than a bare figure), else the first.
    /// </summary>
    public static List<T> Distinct<T>(IEnumerable<T> targets) where T : class, ITarget
    {
        var kept = new List<T>();
        var terms = new List<TargetTerms>();
        foreach (var target in targets)
        {
            var these = TermsOf(target);
            int same = terms.FindIndex(other => other.SaysTheSame(these));
            if (same < 0)
            {
                kept.Add(target);
                terms.Add(these);
            }
            else if (!terms[same].IsPreferredOver(these))
            {
                kept[same] = target;
                terms[same] = these;
            }
        }

        return kept;
    }

    /// <summary>
    /// The one target among <paramref name="targets"/> (of one year and scope): when they all say the same, the kept one;
    /// else the one the indicator table states (<see cref="ITarget.InTable"/>, or a target that says the same as it);
    /// else null.
    /// </summary>
    public static T? Choose<T>(IReadOnlyList<T> targets) where T : class, ITarget
    {
        var distinct = Distinct(targets);
        if (distinct.Count <= 1)
        {
            return distinct.Count == 0 ? null : distinct[0];
        }

        T? chosen = null;
        foreach (var target in targets)
        {
            if (!target.InTable)
            {
                continue;
            }

            var kept = distinct.Find(candidate => ReferenceEquals(candidate, target) || TermsOf(candidate).SaysTheSame(TermsOf(target)));
            if (chosen is not null && !ReferenceEquals(chosen, kept))
            {
                return null;
            }

            chosen = kept;
        }

        return chosen;
    }

    /// <summary>
    /// The target progress is measured towards among <paramref name="targets"/> (of one year and scope): the one
    /// <see cref="Choose"/> picks; else the first that can be judged and has a number; else the first.
    /// </summary>
    public static T? ForProgress<T>(IReadOnlyList<T> targets) where T : class, ITarget
    {
        if (Choose(targets) is T chosen)
        {
            return chosen;
        }

        foreach (var target in targets)
        {
            if (target.CanJudge && !target.Operator.IsQualitative())
            {
                return target;
            }
        }

        return targets.Count == 0 ? null : targets[0];
    }
}
