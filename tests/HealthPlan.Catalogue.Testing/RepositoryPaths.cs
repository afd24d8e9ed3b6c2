using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace HealthPlan.Catalogue.Testing;

/// <summary>
/// Where tests and benchmarks find the repository: the folder holding <c>Catalogue.sln</c>, its
/// <c>seeds/</c>, and the source documents in <c>../shared/seeds</c> beside it (where CI puts them).
/// </summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The repository root, found by walking up from the running assembly, then from the working directory.</summary>
    /// <exception cref="InvalidOperationException">No folder above either holds Catalogue.sln.</exception>
    public static string Root => RootPath.Value;

    /// <summary>The curated plan data: <c>seeds/*.plan.json</c> and <c>concepts.json</c>.</summary>
    public static string Seeds => Path.Combine(Root, "seeds");

    /// <summary>The seed plans (<c>seeds/*.plan.json</c>), ordered by path.</summary>
    public static IReadOnlyList<string> SeedPlanFiles
        => Directory.GetFiles(Seeds, "*.plan.json").OrderBy(path => path, StringComparer.Ordinal).ToArray();

    /// <summary>The concept vocabulary the seed plans share: <c>seeds/concepts.json</c>.</summary>
    public static string ConceptsFile => Path.Combine(Seeds, "concepts.json");

    /// <summary>The source documents the plans cite (<c>../shared/seeds</c>); it may not exist outside CI and the dev machines.</summary>
    public static string SharedSeeds => Path.GetFullPath(Path.Combine(Root, "..", "shared", "seeds"));

    private static string FindRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Catalogue.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException($"Catalogue.sln was not found above {AppContext.BaseDirectory} or {Directory.GetCurrentDirectory()}.");
    }
}
