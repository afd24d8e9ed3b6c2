using System.IO;
using System.Linq;

namespace HealthPlan.Catalogue.PackageTests;

/// <summary>What a health-app developer sees after adding one package reference.</summary>
public sealed class PackageConsumerTests : IClassFixture<PackageFeed>
{
    private const string CountyPlan = """
        {
          "$schema": "https://example.invalid/plan.schema.json",
          "id": "hill-county-2021-2025",
          "shortId": "fyp14",
          "nameZh": "山丘县卫生健康“十四五”规划",
          "nameEn": "Hill County Health Plan, 14th Five-Year Period",
          "region": { "id": "hill-county", "nameZh": "山丘县", "nameEn": "Hill County", "level": "county" },
          "periodStart": 2021,
          "periodEnd": 2025,
          "document": "hill-county.txt",
          "indicators": [
            {
              "id": "infant-mortality-rate",
              "nameZh": "婴儿死亡率",
              "nameEn": "Infant mortality rate",
              "concept": "infant-mortality-rate",
              "category": "health-status",
              "unit": "per-mille",
              "direction": "lower-is-better",
              "attribute": "binding",
              "targets": [ { "year": 2025, "operator": "<=", "value": 5.5, "source": { "line": 12, "quote": "婴儿死亡率控制在5.5‰以下" } } ]
            }
          ]
        }
        """;

    private readonly PackageFeed _feed;

    public PackageConsumerTests(PackageFeed feed) => _feed = feed;

    [Fact]
    public void A_project_with_its_own_plan_file_gets_the_typed_api()
    {
        string app = _feed.NewConsumer("CountyApp", "HealthPlan.Catalogue");
        Directory.CreateDirectory(Path.Combine(app, "plans"));
        File.WriteAllText(Path.Combine(app, "plans", "hill-county.plan.json"), CountyPlan);
        File.WriteAllText(Path.Combine(app, "Program.cs"), """
            using HealthPlan.Catalogue;
            using CountyApp;

            Indicator<HealthPlan.Catalogue.Units.PerMille> infant = Plans.HillCounty.Fyp14.InfantMortalityRate;
            Console.WriteLine(infant);
            Console.WriteLine(infant.Target(2025).IsMetBy(4.9.PerMille()) ? "met" : "not met");
            Console.WriteLine(Plans.Catalogue.Plans.Count);
            """);

        var (exitCode, output) = DotNet.Run(app, _feed.Packages, "run");

        Assert.True(exitCode == 0, output);
        Assert.Contains("婴儿死亡率 Infant mortality rate: ≤ 5.5 ‰ by 2025", output);
        Assert.Contains("met\n1", output.Replace("\r\n", "\n"));
    }

    [Fact]
    public void A_mistake_in_the_plan_file_is_a_build_error_at_its_line()
    {
        string app = _feed.NewConsumer("BrokenApp", "HealthPlan.Catalogue");
        string plan = Path.Combine(app, "county.plan.json");
        File.WriteAllText(plan, CountyPlan.Replace("\"unit\": \"per-mille\"", "\"unit\": \"permille\""));
        File.WriteAllText(Path.Combine(app, "Program.cs"), "Console.WriteLine(\"hello\");");

        var (exitCode, output) = DotNet.Run(app, _feed.Packages, "build");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("county.plan.json(18,15): error HPC0004: Unknown unit 'permille'; did you mean 'per-mille'?", output);
    }

    [Fact]
    public void A_misspelt_concept_is_checked_against_the_shipped_vocabulary_and_the_rest_still_compiles()
    {
        string app = _feed.NewConsumer("ConceptApp", "HealthPlan.Catalogue");
        Directory.CreateDirectory(Path.Combine(app, "plans"));
        string plan = CountyPlan
            .Replace("\"concept\": \"infant-mortality-rate\"", "\"concept\": \"infant-mortality-rat\"")
            .Replace("https://example.invalid/plan.schema.json", "../obj/healthplan/plan.schema.json");
        File.WriteAllText(Path.Combine(app, "plans", "hill-county.plan.json"), plan);
        File.WriteAllText(Path.Combine(app, "Program.cs"), "Console.WriteLine(ConceptApp.Plans.HillCounty.Fyp14.InfantMortalityRate);");

        var (exitCode, output) = DotNet.Run(app, _feed.Packages, "build", "-p:ErrorLog=build.sarif");

        Assert.NotEqual(0, exitCode);
        // The help link opens the guide inside the package on this machine.
        string sarif = File.ReadAllText(Path.Combine(app, "build.sarif"));
        Assert.Matches(@"""helpUri"": ""file:///[^""]*/docs/diagnostics\.md#hpc0012""", sarif);
        Assert.Contains("hill-county.plan.json(16,18): error HPC0012: Unknown concept 'infant-mortality-rat': did you mean 'infant-mortality-rate'?", output);
        Assert.DoesNotContain("error CS", output);
        Assert.True(File.Exists(Path.Combine(app, "obj", "healthplan", "plan.schema.json")), "the schema is copied where $schema finds it");
        Assert.True(File.Exists(Path.Combine(app, "obj", "healthplan", "concepts.schema.json")));
    }

    [Fact]
    public void A_project_adds_concepts_of_its_own_to_the_shipped_vocabulary()
    {
        string app = _feed.NewConsumer("OwnConceptsApp", "HealthPlan.Catalogue");
        File.WriteAllText(Path.Combine(app, "county.plan.json"), CountyPlan.Replace("\"concept\": \"infant-mortality-rate\"", "\"concept\": \"village-infant-deaths\""));
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

    [Fact]
    public void The_seed_catalogue_package_prints_a_fuxin_target()
    {
        string app = _feed.NewConsumer("SeedsApp", "HealthPlan.Catalogue.Seeds");
        File.WriteAllText(Path.Combine(app, "Program.cs"), """
            using HealthPlan.Catalogue;
            using HealthPlan.Catalogue.Seeds;

            Console.WriteLine(Plans.Fuxin.Fyp13.InfantMortalityRate);
            Console.WriteLine(Plans.Fuxin.Fyp13.InfantMortalityRate.Target(2020).Source);
            """);

        var (exitCode, output) = DotNet.Run(app, _feed.Packages, "run");

        Assert.True(exitCode == 0, output);
        Assert.Contains("婴儿死亡率 Infant mortality rate: ≤ 6.3 ‰ by 2020", output);
        Assert.Contains("000_7ec626baa6a0b6df.txt:39", output);
    }
}
