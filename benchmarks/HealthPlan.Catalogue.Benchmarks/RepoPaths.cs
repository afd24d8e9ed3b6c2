using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace HealthPlan.Catalogue.Benchmarks;

/// <summary>Finds the repository (the folder holding Catalogue.sln) and the seed plan files in it.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>The repository root: the nearest folder above this program (or the working directory) holding Catalogue.sln.</summary>
    public static string RepoRoot => Root.Value;

    /// <summary>The seeds folder: the five <c>*.plan.json</c> files and <c>concepts.json</c>.</summary>
    public static string SeedsDirectory => Path.Combine(RepoRoot, "seeds");

    /// <summary>The seed plan files, ordered by name.</summary>
    public static IReadOnlyList<string> SeedPlanFiles
        => Directory.GetFiles(SeedsDirectory, "*.plan.json").OrderBy(path => path, StringComparer.Ordinal).ToArray();

    /// <summary>The shared concept vocabulary.</summary>
    public static string ConceptsFile => Path.Combine(SeedsDirectory, "concepts.json");

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

        throw new InvalidOperationException(
            $"Catalogue.sln was not found above {AppContext.BaseDirectory} or {Directory.GetCurrentDirectory()}; run the benchmarks from inside the repository.");
    }
}
