using System;
using System.IO;
using HealthPlan.Catalogue.TargetQuery;
using HealthPlan.Catalogue.Testing;

namespace HealthPlan.Catalogue.TargetQuery.Tests;

/// <summary>The result of one in-process run of TargetQuery.</summary>
internal sealed record RunResult(int ExitCode, string Output, string Error);

/// <summary>Runs TargetQuery in-process with string writers, and locates folders of the repository.</summary>
internal static class AppRunner
{
    public static RunResult Run(params string[] args) => RunOn(null, args);

    /// <summary>Runs against <paramref name="catalogue"/>; the seed plans when null.</summary>
    public static RunResult RunOn(PlanCatalogue? catalogue, params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        int exitCode = TargetQueryApp.Run(args, output, error, catalogue);
        return new RunResult(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>The source documents: ../shared/seeds beside the repository.</summary>
    public static string SourcesFolder => RepositoryPaths.SharedSeeds;
}

/// <summary>A temporary folder deleted at the end of the test.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "targetquery-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Writes <paramref name="content"/> (UTF-8) to a file of the folder and returns its path.</summary>
    public string Write(string name, string content)
    {
        string path = System.IO.Path.Combine(Path, name);
        File.WriteAllText(path, content);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder does not fail a test.
        }
    }
}

/// <summary>Small catalogues for tests that need a plan of their own.</summary>
internal static class TestCatalogues
{
    /// <summary>A catalogue of one plan <paramref name="planId"/> with one binding target, ≥ 90 % by 2025, quoted from line 1 of <paramref name="document"/>.</summary>
    public static PlanCatalogue OneTarget(string planId, string document) => new(new[]
    {
        new Plan(
            planId, "测试市规划", "Test plan", new Region("test", "测试市", "Test City", AdministrativeLevel.PrefectureCity), 2021, 2025, document,
            new IIndicator[]
            {
                new Indicator<HealthPlan.Catalogue.Units.Percent>(
                    planId, "vaccination-coverage", "疫苗接种率", "Vaccination coverage", "immunization-coverage", "disease-control",
                    Direction.HigherIsBetter,
                    Array.Empty<ReportedValue<HealthPlan.Catalogue.Units.Percent>>(),
                    new[] { new Target<HealthPlan.Catalogue.Units.Percent>(2025, TargetOperator.AtLeast, new Provenance(document, 1, "90%"), value: 90) },
                    IndicatorAttribute.Binding),
            }),
    });
}
