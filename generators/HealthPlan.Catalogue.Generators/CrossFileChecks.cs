using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using HealthPlan.Catalogue.Generators.Diagnostics;
using HealthPlan.Catalogue.Generators.Emit;
using HealthPlan.Catalogue.Generators.Model;
using HealthPlan.Catalogue.Generators.Parse;

namespace HealthPlan.Catalogue.Generators;

/// <summary>
/// Checks that need every file at once: two files defining the same plan (or the same C# class), and
/// concepts no vocabulary defines. Runs on the small keys only, never on whole models.
/// </summary>
internal static class CrossFileChecks
{
    /// <summary>
    /// The files that lose a clash with another file (the later path, in ordinal order): they are
    /// reported and not emitted. Holds no locations, so it stays equal while files are only edited.
    /// </summary>
    public static EquatableArray<string> SkippedPaths(ImmutableArray<PlanKey?> keys)
        => Clashes(keys).Select(clash => clash.Loser.FilePath).Distinct().OrderBy(path => path, StringComparer.Ordinal).ToEquatableArray();

    /// <summary>
    /// The hint names of files whose natural hint name (<c>{Region}.{Plan}.g.cs</c>) another emitted file already
    /// has in another case (<c>Anshan.Fyp14</c> and <c>AnShan.Fyp14</c>): hint names must differ case-insensitively
    /// (file systems that ignore case would otherwise write one over the other), so the later path's file gets its
    /// plan id added (<c>AnShan.Fyp14.an-shan-2021-2025.g.cs</c>). Plan ids are lowercase and unique, so the result is unique.
    /// </summary>
    public static EquatableArray<HintOverride> HintOverrides(ImmutableArray<PlanKey?> keys, EquatableArray<string> skipped)
    {
        // The generator's own file is taken first: a plan named PLans.Catalogue must not write over it in another case.
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { CatalogueEmitter.HintName.Substring(0, CatalogueEmitter.HintName.Length - ".g.cs".Length) };
        var overrides = new List<HintOverride>();
        foreach (var key in keys.Where(key => key is not null && !skipped.Contains(key.FilePath)).Select(key => key!).OrderBy(key => key.FilePath, StringComparer.Ordinal))
        {
            if (!taken.Add(key.RegionClass + "." + key.PlanClass))
            {
                overrides.Add(new HintOverride(key.FilePath, $"{key.RegionClass}.{key.PlanClass}.{key.Id}.g.cs"));
            }
        }

        return overrides.ToEquatableArray();
    }

    public static EquatableArray<DiagnosticInfo> Check(
        ImmutableArray<PlanKey?> keys,
        ImmutableArray<EquatableArray<ConceptUse>> conceptUses,
        ImmutableArray<ConceptsParseResult> vocabularies)
    {
        var diagnostics = new List<DiagnosticInfo>();
        foreach (var (winner, loser) in Clashes(keys))
        {
            string what = winner.Id == loser.Id ? loser.Id : $"{loser.RegionClass}.{loser.PlanClass}";
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicatePlan, loser.IdLocation, what, System.IO.Path.GetFileName(winner.FilePath)));
        }

        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var vocabulary in vocabularies)
        {
            diagnostics.AddRange(vocabulary.Diagnostics);
            foreach (var concept in vocabulary.Concepts)
            {
                if (!known.Add(concept.Id))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateConcept, LocationInfo.StartOf(vocabulary.FilePath), concept.Id));
                }
            }
        }

        // Without any vocabulary (a user's own plan files), concepts are free text. While a vocabulary file has an error
        // of its own (not JSON, a concept without an id, …), the concepts it would define are unknown: the file's errors
        // are reported and fail the build, and HPC0012 waits until it reads, rather than flooding every indicator.
        bool vocabularyBroken = vocabularies.Any(vocabulary => vocabulary.Diagnostics.Any(diagnostic => diagnostic.Descriptor.DefaultSeverity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
        if (vocabularies.Length > 0 && !vocabularyBroken)
        {
            foreach (var use in conceptUses.SelectMany(uses => uses))
            {
                if (!known.Contains(use.Concept))
                {
                    string hint = Suggestions.Closest(use.Concept, known) is { } closest
                        ? Suggestions.DidYouMean(closest) + " Or add the concept to a concepts file of your own"
                        : "add it to a concepts file of your own (concepts.json or *.concepts.json) or use an existing id";
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownConcept, use.Location, use.Concept, hint));
                }
            }
        }

        return diagnostics.ToEquatableArray();
    }

    private static IEnumerable<(PlanKey Winner, PlanKey Loser)> Clashes(ImmutableArray<PlanKey?> keys)
    {
        var byId = new Dictionary<string, PlanKey>(StringComparer.Ordinal);
        var byClass = new Dictionary<string, PlanKey>(StringComparer.Ordinal);
        foreach (var key in keys.Where(key => key is not null).Select(key => key!).OrderBy(key => key.FilePath, StringComparer.Ordinal))
        {
            string classPath = key.RegionClass + "." + key.PlanClass;
            if (byId.TryGetValue(key.Id, out var first) || byClass.TryGetValue(classPath, out first))
            {
                yield return (first, key);
                continue;
            }

            byId.Add(key.Id, key);
            byClass.Add(classPath, key);
        }
    }
}

/// <summary>The hint name a plan file's source gets instead of its natural one (see <see cref="CrossFileChecks.HintOverrides"/>).</summary>
internal sealed record HintOverride(string FilePath, string HintName);
