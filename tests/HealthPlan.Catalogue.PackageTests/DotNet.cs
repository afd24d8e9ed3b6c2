using System;
using HealthPlan.Catalogue.Testing;

namespace HealthPlan.Catalogue.PackageTests;

/// <summary>Runs the dotnet CLI and captures what it prints.</summary>
internal static class DotNet
{
    /// <summary>Runs dotnet; with <paramref name="packagesFolder"/>, restores into that private package cache.</summary>
    public static (int ExitCode, string Output) Run(string workingDirectory, string? packagesFolder, params string[] arguments)
        // Consumers restore into a private package cache; the repository's own projects keep the machine's cache:
        // their obj/project.assets.json must not point into a folder the test deletes.
        => ProcessRunner.Run("dotnet", workingDirectory, packagesFolder, TimeSpan.FromMinutes(8), arguments);
}
