using System;
using System.IO;
using System.Reflection;
using HealthPlan.Catalogue.Testing;

namespace HealthPlan.Catalogue.TargetQuery.Tests;

/// <summary>
/// TargetQuery as people install it: packed as a .NET tool into a local feed, installed with
/// <c>dotnet tool install --tool-path</c>, run by its command name. The pack reuses the build the tests already
/// made (<c>--no-build</c>, same configuration), and installs into a private package cache, so nothing from an
/// earlier run can stand in for the package just packed.
/// </summary>
public sealed class ToolInstallTests
{
    [Fact]
    public void The_packed_tool_installs_from_a_local_feed_and_runs_as_targetquery()
    {
        using var folder = new TempFolder();
        string feed = Path.Combine(folder.Path, "feed");
        string tools = Path.Combine(folder.Path, "tools");
        string packages = Path.Combine(folder.Path, "packages");
        string version = "0.0.0-test." + Guid.NewGuid().ToString("N")[..12];
        string configuration = typeof(ToolInstallTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        string project = Path.Combine(RepositoryPaths.Root, "samples", "TargetQuery", "TargetQuery.csproj");
        File.WriteAllText(Path.Combine(folder.Path, "nuget.config"),
            $"<configuration><packageSources><clear /><add key=\"feed\" value=\"{feed}\" /></packageSources></configuration>");

        var pack = Run("dotnet", folder.Path, packages, "pack", project, "--no-build", "-c", configuration, "-o", feed, "-p:PackageVersion=" + version, "-p:NuspecOutputPath=" + Path.Combine(folder.Path, "nuspec") + Path.DirectorySeparatorChar);
        Assert.True(pack.ExitCode == 0, "dotnet pack failed:\n" + pack.Output);
        Assert.True(File.Exists(Path.Combine(feed, $"TargetQuery.{version}.nupkg")), pack.Output);

        var install = Run("dotnet", folder.Path, packages, "tool", "install", "--tool-path", tools, "--configfile", Path.Combine(folder.Path, "nuget.config"), "--version", version, "TargetQuery");
        Assert.True(install.ExitCode == 0, "dotnet tool install failed:\n" + install.Output);

        string command = Path.Combine(tools, OperatingSystem.IsWindows() ? "targetquery.exe" : "targetquery");
        var plans = Run(command, folder.Path, null, "plans", "--format", "json");
        Assert.True(plans.ExitCode == 0, plans.Output);
        Assert.Contains("\"id\": \"fuxin-2016-2020\"", plans.Output);

        var show = Run(command, folder.Path, null, "show", "fuxin-2016-2020");
        Assert.Equal(0, show.ExitCode);
        Assert.Contains("婴儿死亡率", show.Output);

        // The tool runs just in time, so it has FHIR (only a native build leaves Firely's SDK out).
        var fhir = Run(command, folder.Path, null, "export", "--format", "fhir", "--plan", "fuxin-2016-2020");
        Assert.True(fhir.ExitCode == 0, fhir.Output);
        Assert.Contains("\"resourceType\": \"Bundle\"", fhir.Output);

        var typo = Run(command, folder.Path, null, "shwo");
        Assert.Equal(2, typo.ExitCode);
        Assert.Contains("did you mean show?", typo.Output);
        Assert.Contains("Run 'targetquery --help' for usage.", typo.Output);
    }

    private static (int ExitCode, string Output) Run(string fileName, string workingDirectory, string? packagesFolder, params string[] arguments)
        => ProcessRunner.Run(fileName, workingDirectory, packagesFolder, TimeSpan.FromMinutes(4), arguments);
}
