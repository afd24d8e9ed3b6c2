// Shared as a linked source file with the generator (see generators/…/HealthPlan.Catalogue.Generators.csproj) and
// with TargetQuery: both suggest "did you mean …?" and must agree on how far apart two words are.
using System;

#if BUILDING_SOURCE_GENERATOR
namespace HealthPlan.Catalogue.Generators.Shared;
#else
namespace HealthPlan.Catalogue;
#endif

/// <summary>How many typing mistakes separate two words, for "did you mean …?" suggestions.</summary>
internal static class EditDistance
{
    /// <summary>
    /// Edits (insert, delete, substitute, or swap two neighbours) that turn <paramref name="a"/> into
    /// <paramref name="b"/>: the optimal string alignment distance, so <c>nmaeZh</c> is one edit from <c>nameZh</c>.
    /// </summary>
    public static int Between(string a, string b)
    {
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[b.Length];
    }
}
