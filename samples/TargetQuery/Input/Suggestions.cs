using System;
using System.Collections.Generic;
using System.Linq;

namespace HealthPlan.Catalogue.TargetQuery.Input;

/// <summary>Finds the ids closest to a mistyped one, for "did you mean …?" hints.</summary>
internal static class Suggestions
{
    /// <summary>Longer input gets no suggestion: no id is that long, and the edit distance is quadratic in it.</summary>
    public const int MaxInputLength = 100;

    /// <summary>
    /// Up to <paramref name="max"/> candidates close to <paramref name="input"/>, closest first: those that
    /// contain it or start like it, or lie within a small edit distance of it (whole id or its prefix);
    /// only those about as close as the closest one.
    /// </summary>
    public static IReadOnlyList<string> Closest(string input, IEnumerable<string> candidates, int max = 3)
    {
        string needle = input.Trim().ToLowerInvariant();
        if (needle.Length == 0 || needle.Length > MaxInputLength)
        {
            return Array.Empty<string>();
        }

        int threshold = Math.Max(2, needle.Length / 5);
        var close = candidates
            .Distinct(StringComparer.Ordinal)
            .Select(candidate => (Candidate: candidate, Score: Score(needle, candidate.ToLowerInvariant(), threshold)))
            .Where(scored => scored.Score <= threshold)
            .ToArray();
        int best = close.Length == 0 ? 0 : close.Min(scored => scored.Score);
        return close
            .Where(scored => scored.Score <= best + 1)
            .OrderBy(scored => scored.Score)
            .ThenBy(scored => scored.Candidate, StringComparer.Ordinal)
            .Take(max)
            .Select(scored => scored.Candidate)
            .ToArray();
    }

    /// <summary><c>; did you mean a, b or c?</c>, or an empty string when nothing is close.</summary>
    public static string DidYouMean(string input, IEnumerable<string> candidates)
    {
        var closest = Closest(input, candidates);
        return closest.Count switch
        {
            0 => string.Empty,
            1 => $"; did you mean {closest[0]}?",
            _ => $"; did you mean {string.Join(", ", closest.Take(closest.Count - 1))} or {closest[^1]}?",
        };
    }

    private static int Score(string needle, string candidate, int threshold)
    {
        if (candidate.Contains(needle, StringComparison.Ordinal))
        {
            return 0;
        }

        // The distance is at least the difference in length: a candidate too long or too short for the whole id
        // to be within the threshold skips that computation (its prefixes, of about the needle's length, are still tried).
        int best = Math.Abs(candidate.Length - needle.Length) > threshold ? int.MaxValue : EditDistance.Between(needle, candidate);
        for (int length = Math.Max(1, needle.Length - 1); length <= Math.Min(candidate.Length, needle.Length + 1); length++)
        {
            best = Math.Min(best, EditDistance.Between(needle, candidate[..length]) + 1);
        }

        return best;
    }
}
