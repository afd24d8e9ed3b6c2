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
    public void A_misspelt_concept_is_checked_against_the_shipped_vocabulary_and_the_rest_still_compiles()
    {
        string app = _feed.NewConsumer("ConceptApp", "HealthPlan.Catalogue");
        var (path, content) = Assert.Single(ReadmeExamples.Load().Files, file => file.Path.EndsWith(".plan.json", System.StringComparison.Ordinal));
        string plan = content.Replace("\"concept\": \"infant-mortality-rate\"", "\"concept\": \"infant-mortality-rat\"");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(app, path))!);
        File.WriteAllText(Path.Combine(app, path), plan);

        // Where the misspelt concept stands: 1-based line and column of its string token.
        int at = plan.IndexOf("\"infant-mortality-rat\"", System.StringComparison.Ordinal);
        int line = plan.Take(at).Count(c => c == '\n') + 1;
        int column = at - plan.LastIndexOf('\n', at - 1);
        File.WriteAllText(Path.Combine(app, "Program.cs"), "Console.WriteLine(ConceptApp.Plans.HillCounty.Fyp14.InfantMortalityRate);");

        var (exitCode, output) = DotNet.Run(app, _feed.Packages, "build", "-p:ErrorLog=build.sarif");

        Assert.NotEqual(0, exitCode);
        // The help link opens the guide inside the package on this machine.
        string sarif = File.ReadAllText(Path.Combine(app, "build.sarif"));
        Assert.Matches(@"""helpUri"": ""file:///[^""]*/docs/diagnostics\.md#hpc0012""", sarif);
        Assert.Contains($"{Path.GetFileName(path)}({line},{column}): error HPC0012: Unknown concept 'infant-mortality-rat': did you mean 'infant-mortality-rate'?", output);
        Assert.DoesNotContain("error CS", output);
        Assert.True(File.Exists(Path.Combine(app, "obj", "healthplan", "plan.schema.json")), "the schema is copied where $schema finds it");
        Assert.True(File.Exists(Path.Combine(app, "obj", "healthplan", "concepts.schema.json")));
    }

    [Fact]
    public void A_project_adds_concepts_of_its_own_to_the_shipped_vocabulary()
    {
        string app = _feed.NewConsumer("OwnConceptsApp", "HealthPlan.Catalogue");
        var (_, content) = Assert.Single(ReadmeExamples.Load().Files, file => file.Path.EndsWith(".plan.json", System.StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(app, "county.plan.json"), content.Replace("\"concept\": \"infant-mortality-rate\"", "\"concept\": \"village-infant-deaths\""));
        File.WriteAllText(Path.Combine(app, "county.concepts.json"), """
            { "concepts": [ { "id": "village-infant-deaths", "nameEn": "Village infant deaths", "nameZh": "村婴儿死亡" } ] }
            """);
        File.WriteAllText(Path.Combine(app, "Program.cs"), "Console.WriteLine(OwnConceptsApp.Plans.Catalogue.FindConcept(\"village-infant-deaths\") is not null && OwnConceptsApp.Plans.Catalogue.FindConcept(\"infant-mortality-rate\") is not null);");

        var (exitCode, output) = DotNet.Run(app, _feed.Packages, "run");

        Assert.True(exitCode == 0, output);
        Assert.Contains("True", output);
    }

    /// <summary>The help links (docs/diagnostics.md#hpc0004) name the guide by its path in the package; the vocabulary and schemas sit beside the props that use them.</summary>
    [Fact]
    public void The_package_ships_the_guide_the_vocabulary_and_the_schemas()
    {
        string package = Path.Combine(_feed.Feed, $"HealthPlan.Catalogue.{PackageFeed.Version}.nupkg");
        using var archive = System.IO.Compression.ZipFile.OpenRead(package);
        var entries = archive.Entries.Select(entry => entry.FullName).ToHashSet();

        Assert.Contains("docs/diagnostics.md", entries);
        Assert.Contains("docs/plan-format.md", entries);
        Assert.Contains("plan-files/concepts.json", entries);
        Assert.Contains("plan-files/concepts.schema.json", entries);
        Assert.Contains("plan-files/plan.schema.json", entries);
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

    /// <summary>A health information system's app: the seeds and the FHIR package from the feed turn a seed plan into a Bundle.</summary>
    [Fact]
    public void A_consumer_of_the_fhir_package_turns_a_seed_plan_into_a_bundle()
    {
        string app = _feed.NewConsumer("FhirApp", thirdParty: true, "HealthPlan.Catalogue.Seeds", "HealthPlan.Catalogue.Fhir");
        File.WriteAllText(Path.Combine(app, "Program.cs"), """
            using HealthPlan.Catalogue.Fhir;
            using HealthPlan.Catalogue.Fhir.Extensions;
            using HealthPlan.Catalogue.Fhir.Mapping;
            using HealthPlan.Catalogue.Seeds;
            using Hl7.Fhir.Model;

            var plan = Plans.Catalogue.FindPlan("cixi-2016-2020")!;
            Bundle bundle = plan.ToFhirBundle(Plans.Catalogue);
            Console.WriteLine($"Measures: {bundle.Entry.Count(entry => entry.Resource is Measure)} for {plan.Indicators.Count} indicators");
            Console.WriteLine($"Goals: {bundle.Entry.Count(entry => entry.Resource is Goal)} for {plan.Targets.Count()} targets");
            Console.WriteLine($"Extension definitions: {CatalogueExtensions.StructureDefinitions().Count}");
            Console.WriteLine(FhirJson.Serialize(bundle.Entry.First(entry => entry.Resource is Goal).Resource!, indented: false));
            """);

        var (exitCode, output) = DotNet.Run(app, _feed.Packages, "run");

        Assert.True(exitCode == 0, output);
        var measures = System.Text.RegularExpressions.Regex.Match(output, @"Measures: (\d+) for (\d+) indicators");
        var goals = System.Text.RegularExpressions.Regex.Match(output, @"Goals: (\d+) for (\d+) targets");
        Assert.True(measures.Success && goals.Success, output);
        Assert.Equal(measures.Groups[2].Value, measures.Groups[1].Value);
        Assert.Equal(goals.Groups[2].Value, goals.Groups[1].Value);
        Assert.True(int.Parse(goals.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) > 100, output);
        Assert.Contains("\"resourceType\":\"Goal\"", output);
        Assert.Contains("\"dueDate\":\"2020-12-31\"", output);
        Assert.Contains("StructureDefinition/source", output);
    }
}
