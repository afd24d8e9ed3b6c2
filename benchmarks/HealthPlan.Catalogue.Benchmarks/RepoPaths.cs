using System.Collections.Generic;
using HealthPlan.Catalogue.Testing;

namespace HealthPlan.Catalogue.Benchmarks;

/// <summary>The seed plan files the benchmarks read, in the repository <see cref="RepositoryPaths"/> finds.</summary>
public static class RepoPaths
{
    /// <summary>The seeds folder: the five <c>*.plan.json</c> files and <c>concepts.json</c>.</summary>
    public static string SeedsDirectory => RepositoryPaths.Seeds;

    /// <summary>The seed plan files, ordered by name.</summary>
    public static IReadOnlyList<string> SeedPlanFiles => RepositoryPaths.SeedPlanFiles;
}
