using System;
using System.Collections.Generic;
using System.Linq;
using HealthPlan.Catalogue.Generators.Shared;

namespace HealthPlan.Catalogue.Generators.Diagnostics;

/// <summary>
/// "Did you mean" for every closed word list of the format (units, operators, levels, directions,
/// categories, kinds of copy, property names) and for concept ids: the one word a typo most likely meant.
/// </summary>
internal static class Suggestions
{
    /// <summary>
    /// The hint that ends an "unknown word" message: <c>did you mean 'per-mille'?</c> when one word is
    /// close, else <c>use one of: …</c> with every word, sorted.
    /// </summary>
    public static string UseOneOf(string word, IEnumerable<string> known, IReadOnlyDictionary<string, string>? aliases = null)
    {
        var words = known as IReadOnlyCollection<string> ?? known.ToArray();
        return Closest(word, words, aliases) is { } closest
            ? DidYouMean(closest)
            : "use one of: " + string.Join(", ", words.OrderBy(w => w, StringComparer.Ordinal));
    }

    /// <summary><c>did you mean 'nameZh'?</c></summary>
    public static string DidYouMean(string word) => "did you mean '" + word + "'?";

    /// <summary>
    /// The known word <paramref name="word"/> most likely stands for, or null when none is close enough
    /// (or two are equally close): first an alias (a unit's symbol, <c>≥</c>), then the same word in
    /// another case or with other separators (<c>nameZH</c>, <c>perMille</c>), then the one word within a
    /// small Damerau–Levenshtein distance (one edit for short words, up to three for long ones).
    /// </summary>
    public static string? Closest(string word, IEnumerable<string> known, IReadOnlyDictionary<string, string>? aliases = null)
    {
        if (aliases is not null && aliases.TryGetValue(word.Trim(), out var alias))
        {
            return alias;
        }

        string normalized = Normalize(word);
        if (normalized.Length == 0)
        {
            return null;
        }

        string? best = null;
        int bestDistance = int.MaxValue;
        bool tie = false;
        foreach (string candidate in known)
        {
            string other = Normalize(candidate);
            if (other == normalized)
            {
                return candidate;
            }

            int bound = Bound(Math.Min(normalized.Length, other.Length));
            if (Math.Abs(other.Length - normalized.Length) > bound)
            {
                continue;
            }

            int distance = EditDistance.Between(normalized, other);
            if (distance > bound)
            {
                continue;
            }

            if (distance < bestDistance)
            {
                (best, bestDistance, tie) = (candidate, distance, false);
            }
            else if (distance == bestDistance)
            {
                tie = true;
            }
        }

        return tie ? null : best;
    }

    /// <summary>How many edits a word of this length may be from the word it meant: 1 up to 5 letters, 2 up to 8, then 3.</summary>
    private static int Bound(int length) => length < 3 ? 0 : length <= 5 ? 1 : length <= 8 ? 2 : 3;

    /// <summary>Lowercase, without the separators people mix up: <c>per-mille</c>, <c>per_mille</c>, <c>perMille</c> → <c>permille</c>.</summary>
    private static string Normalize(string word)
    {
        var text = new System.Text.StringBuilder(word.Length);
        foreach (char c in word)
        {
            if (c is not ('-' or '_' or ' ' or '\t'))
            {
                text.Append(char.ToLowerInvariant(c));
            }
        }

        return text.ToString();
    }
}
