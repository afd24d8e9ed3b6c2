using System.IO;
using System.Linq;

namespace HealthPlan.Catalogue.PackageTests;

/// <summary>What a health-app developer sees after adding one package reference.</summary>
public sealed class PackageConsumerTests : IClassFixture<PackageFeed>
{
    private readonly PackageFeed _feed;

    public PackageConsumerTests(PackageFeed feed) => _feed = feed;

    /// <summary>
    /// The first hour of a new user: a console app outside the repository with the README's packages, its plan
    /// file where the README puts it, and every C# example of the README pasted as it stands; it must build with
    /// warnings as errors, run, and print what the README's comments say it prints.
    /// </summary>
    [Fact]
    public void The_readme_examples_compile_and_run_as_pasted()
    {
        var readme = ReadmeExamples.Load();
        Assert.NotEmpty(readme.Files);
        Assert.True(readme.CSharp.Count >= 3, "README.md has fewer C# examples than expected");
        Assert.Equal(new[] { "HealthPlan.Catalogue", "HealthPlan.Catalogue.Seeds" }, readme.Packages.Order());

        string app = _feed.NewConsumer(readme.App, readme.Packages.ToArray());
        foreach (var (path, content) in readme.Files)
        {
            string file = Path.Combine(app, path);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, content);
        }

        var program = new System.Text.StringBuilder();
        for (int i = 0; i < readme.CSharp.Count; i++)
        {
            File.WriteAllText(Path.Combine(app, $"ReadmeExample{i + 1}.cs"), ReadmeExamples.AsFile(readme.CSharp[i], $"ReadmeExample{i + 1}"));
            program.Append($"ReadmeExample{i + 1}.Run();\n");
        }

        File.WriteAllText(Path.Combine(app, "Program.cs"), program.ToString());

        var (exitCode, output) = DotNet.Run(app, _feed.Packages, "run");

        Assert.True(exitCode == 0, output);
        output = output.Replace("\r\n", "\n");
        var printed = readme.CSharp.SelectMany(ReadmeExamples.Printed).ToArray();
        Assert.True(printed.Length >= 6, "README.md's examples say what they print in fewer places than expected");
        int from = 0;
        foreach (var expected in printed)
        {
            int at = output.IndexOf(expected, from, System.StringComparison.Ordinal);
            Assert.True(at >= 0, $"The README says an example prints \"{expected}\"; after what came before, the app printed:\n{output.Substring(from)}");
            from = at + expected.Length;
        }

        // Plans.All: the app's own plan and the seeds' in one registry.
        Assert.Contains("hill-county-2021-2025: 婴儿死亡率 Infant mortality rate: ≤ 5.5 ‰ by 2025", output);
        Assert.Contains("fuxin-2016-2020: 婴儿死亡率 Infant mortality rate: ≤ 6.3 ‰ by 2020", output);
    }

    [Fact]
    public void A_mistake_in_the_plan_file_is_a_build_error_at_its_line()
    {
        // The README's plan with the mistake its "build error" example shows, where the README puts the plan.
        var readme = ReadmeExamples.Load();
        var (path, content) = Assert.Single(readme.Files, file => file.Path.EndsWith(".plan.json", System.StringComparison.Ordinal));
        string app = _feed.NewConsumer("BrokenApp", "HealthPlan.Catalogue");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(app, path))!);
        File.WriteAllText(Path.Combine(app, path), content.Replace("\"unit\": \"per-mille\"", "\"unit\": \"permille\""));
        File.WriteAllText(Path.Combine(app, "Program.cs"), "Console.WriteLine(\"hello\");");

        var (exitCode, output) = DotNet.Run(app, _feed.Packages, "build");

        Assert.NotEqual(0, exitCode);
        var shown = System.Text.RegularExpressions.Regex.Match(readme.Text, "^(\\S+\\.plan\\.json\\(\\d+,\\d+\\): error HPC\\d+: [^;…]+)", System.Text.RegularExpressions.RegexOptions.Multiline);
        Assert.True(shown.Success, "README.md shows no build error of a plan file");
        Assert.Contains(shown.Groups[1].Value, output.Replace('\\', '/'));
    }

    [Fact]
    public void A_project_can_opt_out_of_picking_up_plan_files()
    {
        string app = _feed.NewConsumer("OptOutApp", "HealthPlan.Catalogue");
        File.WriteAllText(Path.Combine(app, "county.plan.json"), "{ not json");
        File.WriteAllText(Path.Combine(app, "Directory.Build.props"), """
            <Project>
              <PropertyGroup><HealthPlanCatalogueIncludePlanFiles>false</HealthPlanCatalogueIncludePlanFiles></PropertyGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(app, "Program.cs"), "Console.WriteLine(\"hello\");");

        var (exitCode, output) = DotNet.Run(app, _feed.Packages, "build");

        Assert.True(exitCode == 0, output);
    }

    /// <summary>The README's first example, pasted as Program.cs into an app that references only the seeds.</summary>
    [Fact]
    public void The_readme_first_example_runs_with_the_seed_catalogue_package_alone()
    {
        string example = ReadmeExamples.Load().CSharp[0];
        string app = _feed.NewConsumer("SeedsApp", "HealthPlan.Catalogue.Seeds");
        File.WriteAllText(Path.Combine(app, "Program.cs"), example);

        var (exitCode, output) = DotNet.Run(app, _feed.Packages, "run");

        Assert.True(exitCode == 0, output);
        Assert.All(ReadmeExamples.Printed(example), expected => Assert.Contains(expected, output));
        Assert.Contains("000_7ec626baa6a0b6df.txt:39", output);
    }
}
