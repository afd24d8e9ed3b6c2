using System;
using System.IO;
using System.Linq;
using HealthPlan.Catalogue.Testing;

namespace HealthPlan.Catalogue.PackageTests;

/// <summary>Packs the packages once into a temporary local feed shared by the tests of this class.</summary>
public sealed class PackageFeed : IDisposable
{
    public PackageFeed()
    {
        Root = Path.Combine(Path.GetTempPath(), "healthplan-package-tests-" + Guid.NewGuid().ToString("N"));
        Feed = Path.Combine(Root, "feed");
        Packages = Path.Combine(Root, "packages");
        Directory.CreateDirectory(Feed);
        string repository = RepositoryPaths.Root;
        foreach (var project in new[] { "src/HealthPlan.Catalogue/HealthPlan.Catalogue.csproj", "src/HealthPlan.Catalogue.Seeds/HealthPlan.Catalogue.Seeds.csproj", "src/HealthPlan.Catalogue.Fhir/HealthPlan.Catalogue.Fhir.csproj" })
        {
            var (exitCode, output) = DotNet.Run(repository, packagesFolder: null, "pack", project, "-c", "Release", "-o", Feed, "-p:Version=" + Version);
            if (exitCode != 0)
            {
                throw new InvalidOperationException($"dotnet pack {project} failed:\n{output}");
            }
        }
    }

    /// <summary>A version no public feed has, so only the packed package can satisfy it.</summary>
    public const string Version = "0.0.1-localtest";

    public string Root { get; }

    public string Feed { get; }

    public string Packages { get; }

    /// <summary>A new console project outside the repository that can restore only from the local feed.</summary>
    public string NewConsumer(string name, params string[] packageIds) => NewConsumer(name, thirdParty: false, packageIds);

    /// <summary>
    /// A new console project outside the repository that restores the packed packages from the local feed and, with
    /// <paramref name="thirdParty"/>, their dependencies from other publishers (Firely's SDK) from the machine's package
    /// cache, which the repository's own restore filled: no network, and still none of the repository's builds.
    /// </summary>
    public string NewConsumer(string name, bool thirdParty, params string[] packageIds)
    {
        string machineCache = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        string thirdPartySource = thirdParty ? $"\n    <add key=\"machine-cache\" value=\"{machineCache}\" />" : string.Empty;
        string references = string.Join("\n    ", packageIds.Select(id => $"<PackageReference Include=\"{id}\" Version=\"{Version}\" />"));
        string directory = Path.Combine(Root, name);
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{Feed}" />{thirdPartySource}
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(directory, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                {references}
              </ItemGroup>
            </Project>
            """);
        return directory;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file; the temp folder is cleaned by the OS.
        }
    }
}
