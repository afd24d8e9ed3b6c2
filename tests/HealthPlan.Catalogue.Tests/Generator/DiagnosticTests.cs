using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using HealthPlan.Catalogue.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace HealthPlan.Catalogue.Tests.Generator;

/// <summary>
/// Every diagnostic, triggered by the plan-file mistake it exists for, at the line and column of the
/// offending token. In each case <c>/*here*/</c> marks where the diagnostic must point (the reader skips comments).
/// </summary>
public class DiagnosticTests
{
    private const string Marker = "/*here*/";
    private const string PlanPath = "/project/my.plan.json";

    /// <summary>A valid one-indicator plan that each case breaks in one place.</summary>
    internal const string Template = """
        {
          "formatVersion": 1,
          "id": "testville-2021-2025",
          "shortId": "fyp14",
          "nameZh": "测试县规划",
          "nameEn": "Testville plan",
          "region": { "id": "testville", "nameZh": "测试县", "nameEn": "Testville", "level": "county" },
          "periodStart": 2021,
          "periodEnd": 2025,
          "document": "testville.txt",
          "indicators": [
            {
              "id": "coverage-rate",
              "nameZh": "覆盖率",
              "nameEn": "Coverage rate",
              "concept": "coverage",
              "category": "public-health",
              "unit": "percent",
              "direction": "higher-is-better",
              "values": [ { "year": 2020, "value": 80, "source": { "line": 4, "quote": "覆盖率80%" } } ],
              "targets": [ { "year": 2025, "operator": ">=", "value": 90, "source": { "line": 9, "quote": "达到90%以上" } } ]
            }
          ]
        }
        """;

    public static IEnumerable<object[]> Cases() => new[]
    {
        Case("HPC0002", "\"targets\": [ { \"year\": 2025,", "\"targets\": [ /*here*/{ \"year\": 2025,", remove: "\"operator\": \">=\", "),
        Case("HPC0003", "\"periodStart\": 2021,", "\"periodStart\": /*here*/\"2021\","),
        Case("HPC0004", "\"unit\": \"percent\"", "\"unit\": /*here*/\"percentt\""),
        Case("HPC0005", "\"operator\": \">=\"", "\"operator\": /*here*/\"at-least\""),
        Case("HPC0006", "\"id\": \"coverage-rate\",", "\"id\": \"coverage-rate\",", duplicateIndicator: true),
        Case("HPC0007", "\"id\": \"coverage-rate\",", "\"id\": /*here*/\"2nd-rate\","),
        Case("HPC0008", "\"id\": \"coverage-rate\",", "\"id\": \"coverage-rate\",", duplicateIndicator: true, secondId: "coverage_rate"),
        Case("HPC0009", "\"operator\": \">=\", \"value\": 90,", "\"operator\": \"range\", \"value\": 90, \"valueMax\": /*here*/80,"),
        Case("HPC0010", "\"operator\": \">=\"", "\"operator\": /*here*/\"decrease-by\", \"relative\": true"),
        Case("HPC0011", "{ \"year\": 2025, \"operator\"", "{ \"year\": /*here*/2030, \"operator\""),
        Case("HPC0013", "\"quote\": \"达到90%以上\"", "\"quote\": /*here*/\"  \""),
        Case("HPC0015", "\"direction\": \"higher-is-better\"", "\"direction\": /*here*/\"up\""),
        Case("HPC0016", "\"formatVersion\": 1,", "\"formatVersion\": /*here*/2,"),
        Case("HPC0018", "\"nameZh\": \"覆盖率\",", "\"nameZh\": \"覆盖率\", /*here*/\"nameZH\": \"覆盖率\","),
        Case("HPC0018", "\"unit\": \"percent\",", "/*here*/\"$schema\": \"x\", \"unit\": \"percent\","),
        Case("HPC0019", "\"nameZh\": \"覆盖率\",", "\"nameZh\": \"覆盖率\", /*here*/\"nameZh\": \"覆盖率\","),
        Case("HPC0020", "\"value\": 90,", "\"value\": /*here*/1e999,"),
        Case("HPC0021", "\"line\": 9,", "\"line\": /*here*/0,"),
        Case("HPC0025", "\"operator\": \">=\"", "\"operator\": \"increase-by\", \"baselineYear\": /*here*/2019"),
        Case("HPC0024", "\"id\": \"testville-2021-2025\",", "\"id\": /*here*/\"Testville 2021\","),
        Case("HPC0026", "\"document\": \"testville.txt\",", "\"document\": \"testville.txt\", DOCS, { \"id\": /*here*/\"gov\", \"titleZh\": \"x\", \"issuer\": \"y\", \"published\": \"2021\", \"address\": \"https://example.gov.cn/\", \"copy\": \"secondary\" } ],".Replace("DOCS", PublishedDocument)),
        Case("HPC0027", "\"document\": \"testville.txt\",", ("\"document\": \"testville.txt\", DOCS ],").Replace("DOCS", PublishedDocument).Replace("\"address\": \"https://example.gov.cn/plan.htm\"", "\"address\": /*here*/\"example.gov.cn/plan.htm\"")),
        Case("HPC0028", "\"document\": \"testville.txt\",", ("\"document\": \"testville.txt\", DOCS ],").Replace("DOCS", PublishedDocument).Replace("\"published\": \"2021-05-01\"", "\"published\": /*here*/\"2021-02-30\"")),
        Case("HPC0015", "\"document\": \"testville.txt\",", ("\"document\": \"testville.txt\", DOCS ],").Replace("DOCS", PublishedDocument).Replace("\"copy\": \"official\"", "\"copy\": /*here*/\"original\"")),
        // Issue 13: sources, table and previous-period targets, values for a period and changes.
        Case("HPC0029", "\"source\": { \"line\": 9, ", "\"sources\": /*here*/[ { \"line\": 9, \"quote\": \"达到90%以上\" } ], \"source\": { \"line\": 9, "),
        Case("HPC0030", "\"source\": { \"line\": 4, \"quote\": \"覆盖率80%\" }", "\"sources\": /*here*/[]"),
        Case("HPC0002", "\"values\": [ { \"year\": 2020, \"value\": 80, \"source\": { \"line\": 4, \"quote\": \"覆盖率80%\" } } ]", "\"values\": [ /*here*/{ \"year\": 2020, \"value\": 80 } ]"),
        Case("HPC0021", "\"source\": { \"line\": 9, \"quote\": \"达到90%以上\" }", "\"sources\": [ { \"line\": 9, \"quote\": \"达到90%以上\" }, { \"line\": /*here*/0, \"quote\": \"90%\" } ]"),
        Case("HPC0031", "{ \"year\": 2025, \"operator\"", "{ \"year\": 2025, \"previousPeriod\": /*here*/true, \"operator\""),
        Case("HPC0032", "\"targets\": [ { \"year\": 2025, \"operator\": \">=\", \"value\": 90, \"source\": { \"line\": 9, \"quote\": \"达到90%以上\" } } ]",
            "\"targets\": [ { \"year\": 2025, \"operator\": \">=\", \"value\": 90, \"table\": true, \"source\": { \"line\": 9, \"quote\": \"达到90%以上\" } }, { \"year\": 2025, \"operator\": \">\", \"value\": 90, \"table\": /*here*/true, \"source\": { \"line\": 10, \"quote\": \"高于90%\" } } ]"),
        Case("HPC0036", "\"targets\": [ { \"year\": 2025, \"operator\": \">=\", \"value\": 90, \"source\": { \"line\": 9, \"quote\": \"达到90%以上\" } } ]",
            "\"targets\": [ { \"year\": 2025, \"operator\": \">=\", \"value\": 90, \"source\": { \"line\": 9, \"quote\": \"达到90%以上\" } }, /*here*/{ \"year\": 2025, \"operator\": \"=\", \"value\": 90, \"source\": { \"line\": 10, \"quote\": \"90\" } } ]"),
        Case("HPC0037", "\"level\": \"county\" }", "\"level\": \"county\", \"code\": /*here*/\"330200\" }"),
        Case("HPC0037", "\"level\": \"county\" }", "\"level\": \"county\", \"code\": /*here*/\"33028\" }"),
        Case("HPC0037", "\"level\": \"county\" }", "\"level\": \"province\", \"code\": /*here*/\"140100\" }"),
        Case("HPC0037", "\"level\": \"county\" }", "\"level\": \"country\", \"code\": /*here*/\"100000\" }"),
        Case("HPC0033", "{ \"year\": 2020, \"value\": 80,", "{ \"year\": 2020, \"periodStart\": /*here*/2016, \"value\": 80,"),
        Case("HPC0033", "{ \"year\": 2020, \"value\": 80,", "{ \"year\": /*here*/2020, \"periodStart\": 2016, \"periodEnd\": 2019, \"value\": 80,"),
        Case("HPC0033", "{ \"year\": 2020, \"value\": 80,", "{ \"year\": 2020, \"changeFrom\": /*here*/2020, \"value\": 80,"),
        Case("HPC0033", "{ \"year\": 2020, \"value\": 80,", "{ \"year\": 2020, \"relative\": /*here*/true, \"value\": 80,"),
        Case("HPC0033", "{ \"year\": 2020, \"value\": 80,", "{ \"year\": 2020, \"atPeriodEnd\": /*here*/true, \"value\": 80,"),
        Case("HPC0020", "{ \"year\": 2020, \"value\": 80,", "{ \"periodStart\": 2016, \"periodEnd\": /*here*/2015, \"value\": 80,"),
        // Issue 24: scopes every output can carry.
        Case("HPC0038", "{ \"year\": 2020, \"value\": 80,", "{ \"year\": 2020, \"scope\": /*here*/\"\", \"value\": 80,"),
        Case("HPC0038", "{ \"year\": 2025, \"operator\"", "{ \"year\": 2025, \"scope\": /*here*/\"Urban Areas\", \"operator\""),
        Case("HPC0038", "{ \"year\": 2025, \"operator\"", "{ \"year\": 2025, \"scope\": /*here*/\"urban_areas\", \"operator\""),
        // Issue 24: numbers no output can keep as written.
        Case("HPC0020", "{ \"year\": 2020, \"value\": 80,", "{ \"year\": 2020, \"value\": /*here*/1e29,"),
        Case("HPC0020", "{ \"year\": 2020, \"value\": 80,", "{ \"year\": 2020, \"value\": /*here*/0.10000000000000000001,"),
        Case("HPC0020", "{ \"year\": 2020, \"value\": 80,", "{ \"year\": 2020, \"value\": /*here*/1e-400,"),
        Case("HPC0020", "{ \"year\": 2020, \"value\": 80,", "{ \"year\": 2020, \"value\": /*here*/-8e30,"),
        // A source of a local text file still needs its line, even when the plan also lists published documents.
        new object[]
        {
            "HPC0002",
            Template.Replace("\"document\": \"testville.txt\",", "\"document\": \"testville.txt\", " + PublishedDocument + " ],")
                .Replace("\"source\": { \"line\": 9, ", "\"source\": /*here*/{ "),
        },
    };

    /// <summary>A <c>documents</c> array, left open, with one published document whose id is <c>gov</c>.</summary>
    private const string PublishedDocument = "\"documents\": [ { \"id\": \"gov\", \"titleZh\": \"测试县规划\", \"issuer\": \"测试县人民政府\", \"published\": \"2021-05-01\", \"address\": \"https://example.gov.cn/plan.htm\", \"copy\": \"official\" }";

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_mistake_is_reported_at_its_token(string id, string json)
    {
        var (expectedLine, expectedColumn) = MarkerPosition(json);
        var run = GeneratorHarness.Run((PlanPath, json));

        Assert.Null(run.Exception);
        var diagnostic = Assert.Single(run.Diagnostics, d => d.Id == id);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(PlanPath, span.Path);
        Assert.Equal((expectedLine, expectedColumn), (span.StartLinePosition.Line, span.StartLinePosition.Character));
        Assert.False(string.IsNullOrWhiteSpace(diagnostic.GetMessage()));
    }

    [Theory]
    [InlineData(2020, true)]
    [InlineData(2030, false)]
    public void A_target_before_the_period_is_told_about_previousPeriod(int year, bool suggested)
    {
        string json = Template.Replace("{ \"year\": 2025, \"operator\"", $"{{ \"year\": {year}, \"operator\"");
        var diagnostic = Assert.Single(GeneratorHarness.Run((PlanPath, json)).Diagnostics, d => d.Id == "HPC0011");

        Assert.Equal(suggested, diagnostic.GetMessage().Contains("\"previousPeriod\": true", StringComparison.Ordinal));
    }

    [Fact]
    public void The_new_fields_written_as_the_spec_says_are_no_diagnostic()
    {
        string json = Template
            .Replace("{ \"year\": 2025, \"operator\"", "{ \"year\": 2020, \"operator\": \">=\", \"value\": 85, \"previousPeriod\": true, \"source\": { \"line\": 5, \"quote\": \"85%\" } }, { \"year\": 2025, \"table\": true, \"operator\"")
            .Replace("\"source\": { \"line\": 4, \"quote\": \"覆盖率80%\" } }", "\"sources\": [ { \"line\": 4, \"quote\": \"覆盖率80%\" }, { \"line\": 6, \"quote\": \"80%\" } ] }, "
                + "{ \"periodStart\": 2016, \"periodEnd\": 2020, \"value\": 12, \"relative\": true, \"source\": { \"line\": 7, \"quote\": \"增长12%\" } }, "
                + "{ \"year\": 2020, \"changeFrom\": 2015, \"value\": 3.5, \"source\": { \"line\": 8, \"quote\": \"提高3.5个百分点\" } }");

        Assert.Empty(GeneratorHarness.Run((PlanPath, json)).Diagnostics);
    }

    [Fact]
    public void Invalid_json_names_the_problem_and_the_position_of_the_parser()
    {
        string json = Template.Replace("\"nameEn\": \"Testville plan\",", "\"nameEn\" \"Testville plan\",");
        var diagnostic = Assert.Single(GeneratorHarness.Run((PlanPath, json)).Diagnostics);

        Assert.Equal("HPC0001", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        var position = diagnostic.Location.GetLineSpan().StartLinePosition;
        Assert.Equal(5, position.Line);
        Assert.Equal(json.Split('\n')[5].IndexOf("\"Testville", StringComparison.Ordinal), position.Character);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\t\n")]
    [InlineData("\uFEFF")]
    public void An_empty_file_says_so(string text)
    {
        var diagnostic = Assert.Single(GeneratorHarness.Run((PlanPath, text)).Diagnostics);
        Assert.Equal("HPC0001", diagnostic.Id);
        Assert.Contains("the file is empty", diagnostic.GetMessage());
    }

    [Fact]
    public void A_period_that_ends_before_it_starts_is_one_error_not_one_per_target()
    {
        string json = Template.Replace("\"periodEnd\": 2025,", "\"periodEnd\": 2019,");
        var diagnostic = Assert.Single(GeneratorHarness.Run((PlanPath, json)).Diagnostics);
        Assert.Equal("HPC0020", diagnostic.Id);
        Assert.Contains("at or after periodStart (2021)", diagnostic.GetMessage());
    }

    [Fact]
    public void An_unknown_concept_is_reported_when_a_vocabulary_is_present()
    {
        string json = Template.Replace("\"concept\": \"coverage\"", "\"concept\": /*here*/\"coverag\"");
        var (line, column) = MarkerPosition(json);
        var run = GeneratorHarness.Run((PlanPath, json), ("/project/concepts.json", """{ "concepts": [ { "id": "coverage", "nameEn": "Coverage", "nameZh": "覆盖率" } ] }"""));

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("HPC0012", diagnostic.Id);
        Assert.Equal("Unknown concept 'coverag': did you mean 'coverage'? Or add the concept to a concepts file of your own", diagnostic.GetMessage());
        Assert.Equal((line, column), (diagnostic.Location.GetLineSpan().StartLinePosition.Line, diagnostic.Location.GetLineSpan().StartLinePosition.Character));
    }

    [Fact]
    public void An_unknown_concept_with_no_close_one_says_how_to_add_it()
    {
        string json = Template.Replace("\"concept\": \"coverage\"", "\"concept\": /*here*/\"waiting-time\"");
        var run = GeneratorHarness.Run((PlanPath, json), ("/project/concepts.json", """{ "concepts": [ { "id": "coverage", "nameEn": "Coverage", "nameZh": "覆盖率" } ] }"""));

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("Unknown concept 'waiting-time': add it to a concepts file of your own (concepts.json or *.concepts.json) or use an existing id", diagnostic.GetMessage());
        Assert.Equal(MarkerPosition(json), (diagnostic.Location.GetLineSpan().StartLinePosition.Line, diagnostic.Location.GetLineSpan().StartLinePosition.Character));
    }

    [Fact]
    public void Without_a_vocabulary_concepts_are_free_text()
        => Assert.Empty(GeneratorHarness.Run((PlanPath, Template)).Diagnostics);

    [Fact]
    public void Two_files_with_one_plan_keep_the_first_and_report_the_second()
    {
        var run = GeneratorHarness.Run(("/project/a.plan.json", Template), ("/project/b.plan.json", Template));

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("HPC0014", diagnostic.Id);
        Assert.Equal("/project/b.plan.json", diagnostic.Location.GetLineSpan().Path);
        Assert.Contains("a.plan.json", diagnostic.GetMessage());
        Assert.Contains("Testville.Fyp14.g.cs", run.HintNames);
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void A_concept_defined_twice_is_reported()
    {
        const string vocabulary = """{ "concepts": [ { "id": "coverage", "nameEn": "A", "nameZh": "甲" }, { "id": /*here*/"coverage", "nameEn": "B", "nameZh": "乙" } ] }""";
        var run = GeneratorHarness.Run((PlanPath, Template), ("/project/concepts.json", vocabulary));
        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("HPC0022", diagnostic.Id);
        Assert.Equal(MarkerPosition(vocabulary).Column, diagnostic.Location.GetLineSpan().StartLinePosition.Character);
    }

    /// <summary>The package's vocabulary comes first (as the props add it), so a user's concept that repeats one of its ids is reported on the user's file.</summary>
    [Fact]
    public void A_concept_the_shipped_vocabulary_already_defines_is_reported_on_the_users_file()
    {
        const string own = """{ "concepts": [ { "id": "life-expectancy", "nameEn": "Life expectancy", "nameZh": "预期寿命" } ] }""";
        var run = GeneratorHarness.Run(
            (RepositoryPaths.ConceptsFile, System.IO.File.ReadAllText(RepositoryPaths.ConceptsFile)),
            ("/project/plans/my.concepts.json", own));

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("HPC0022", diagnostic.Id);
        Assert.Equal("The concept 'life-expectancy' is defined more than once; concept ids must be unique across concept files", diagnostic.GetMessage());
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(("/project/plans/my.concepts.json", 0, 0), (span.Path, span.StartLinePosition.Line, span.StartLinePosition.Character));
    }

    /// <summary>The package's props pass the guide's path on this machine; the help link then opens its section there.</summary>
    [Fact]
    public void The_help_link_opens_the_guide_the_build_names()
    {
        string guide = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "packages", "healthplan.catalogue", "0.1.0", "docs", "diagnostics.md");
        var options = new Dictionary<string, string> { ["build_property.RootNamespace"] = "UserProject", ["build_property.HealthPlanCatalogueDiagnosticsGuide"] = guide };
        var run = GeneratorHarness.Run(new[] { (PlanPath, Template.Replace("\"unit\": \"percent\"", "\"unit\": \"permille\"")) }, options);

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(new Uri(guide).AbsoluteUri + "#hpc0004", diagnostic.Descriptor.HelpLinkUri);
        Assert.StartsWith("file:///", diagnostic.Descriptor.HelpLinkUri, StringComparison.Ordinal);
        Assert.Equal("HPC0004", diagnostic.Id);
        Assert.False(string.IsNullOrEmpty(diagnostic.Descriptor.Description.ToString()));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("docs/diagnostics.md")]
    public void Without_an_absolute_guide_the_help_link_is_the_guides_path(string? guide)
    {
        var options = new Dictionary<string, string> { ["build_property.RootNamespace"] = "UserProject" };
        if (guide is not null)
        {
            options["build_property.HealthPlanCatalogueDiagnosticsGuide"] = guide;
        }

        var run = GeneratorHarness.Run(new[] { (PlanPath, Template.Replace("\"unit\": \"percent\"", "\"unit\": \"permille\"")) }, options);
        Assert.Equal("docs/diagnostics.md#hpc0004", Assert.Single(run.Diagnostics).Descriptor.HelpLinkUri);
    }

    [Fact]
    public void An_invalid_namespace_option_falls_back_with_a_warning()
    {
        var options = new Dictionary<string, string> { ["build_property.HealthPlanCatalogueNamespace"] = "My.Plans-2", ["build_property.RootNamespace"] = "Reporting" };
        var run = GeneratorHarness.Run(new[] { (PlanPath, Template) }, options);

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(("HPC0023", DiagnosticSeverity.Warning), (diagnostic.Id, diagnostic.Severity));
        Assert.Contains("namespace Reporting", run.Source("Testville.Fyp14.g.cs"));
    }

    [Fact]
    public void A_file_that_cannot_be_read_is_reported_not_thrown()
    {
        var compilation = GeneratorHarness.Compilation();
        var driver = GeneratorHarness.Driver(new AdditionalText[] { new ThrowingText() }).RunGenerators(compilation);
        var result = driver.GetRunResult();

        Assert.Null(result.Results.Single().Exception);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("HPC0017", diagnostic.Id);
        Assert.Equal("/project/broken.plan.json", diagnostic.Location.GetLineSpan().Path);
    }

    [Fact]
    public void A_file_with_errors_emits_what_is_valid_and_everything_still_compiles()
    {
        string broken = Template.Replace("\"unit\": \"percent\"", "\"unit\": \"percentt\"").Replace("testville", "otherville");
        var run = GeneratorHarness.Run((PlanPath, Template), ("/project/broken.plan.json", broken));

        Assert.Equal("HPC0004", Assert.Single(run.Diagnostics).Id);
        Assert.Equal(new[] { "Otherville.Fyp14.g.cs", "Plans.Catalogue.g.cs", "Testville.Fyp14.g.cs" }, run.HintNames.OrderBy(name => name, StringComparer.Ordinal));
        Assert.Contains("Units.Percent> CoverageRate", run.Source("Otherville.Fyp14.g.cs"), StringComparison.Ordinal);
        Assert.Empty(run.CompilationProblems);
    }

    /// <summary>The later file by path (ordinal) is the one reported and left out, whatever order the compiler passes the files in.</summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Of_two_files_with_one_plan_the_later_path_is_reported_in_either_order(bool reversed)
    {
        string second = Template.Replace("\"nameEn\": \"Testville plan\"", "\"nameEn\": \"Second copy\"").Replace("\"id\": \"testville-2021-2025\"", "\"id\": /*here*/\"testville-2021-2025\"");
        var files = new[] { ("/project/plans/a.plan.json", Template), ("/project/plans/b.plan.json", second) };
        var run = GeneratorHarness.Run(reversed ? files.Reverse().ToArray() : files);

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("HPC0014", diagnostic.Id);
        Assert.Equal("Plan 'testville-2021-2025' is also defined in a.plan.json; this file is skipped", diagnostic.GetMessage());
        Assert.Equal("/project/plans/b.plan.json", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(MarkerPosition(second), (diagnostic.Location.GetLineSpan().StartLinePosition.Line, diagnostic.Location.GetLineSpan().StartLinePosition.Character));
        Assert.Contains("Testville plan", run.Source("Testville.Fyp14.g.cs"), StringComparison.Ordinal);
        Assert.DoesNotContain("Second copy", run.Source("Testville.Fyp14.g.cs"), StringComparison.Ordinal);
        Assert.Empty(run.CompilationProblems);
    }

    /// <summary>Same region and shortId (so the same class) under another plan id: the later path is reported in either order.</summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Of_two_files_with_one_class_the_later_path_is_reported_in_either_order(bool reversed)
    {
        string second = Template.Replace("\"id\": \"testville-2021-2025\"", "\"id\": /*here*/\"testville-2021-2025-copy\"");
        var files = new[] { ("/project/z.plan.json", second), ("/project/A.plan.json", Template) };
        var run = GeneratorHarness.Run(reversed ? files.Reverse().ToArray() : files);

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("HPC0014", diagnostic.Id);
        Assert.Equal("Plan 'Testville.Fyp14' is also defined in A.plan.json; this file is skipped", diagnostic.GetMessage());
        Assert.Equal("/project/z.plan.json", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(MarkerPosition(second), (diagnostic.Location.GetLineSpan().StartLinePosition.Line, diagnostic.Location.GetLineSpan().StartLinePosition.Character));
        Assert.Empty(run.CompilationProblems);
    }

    /// <summary>"Did you mean": each closed word list and property names suggest the word a typo meant, at the token.</summary>
    [Theory]
    [InlineData("\"unit\": \"percent\"", "\"unit\": /*here*/\"permille\"", "HPC0004", "Unknown unit 'permille'; did you mean 'per-mille'?")]
    [InlineData("\"unit\": \"percent\"", "\"unit\": /*here*/\"percentt\"", "HPC0004", "Unknown unit 'percentt'; did you mean 'percent'?")]
    [InlineData("\"unit\": \"percent\"", "\"unit\": /*here*/\"%\"", "HPC0004", "Unknown unit '%'; did you mean 'percent'?")]
    [InlineData("\"unit\": \"percent\"", "\"unit\": /*here*/\"Per_Mille\"", "HPC0004", "Unknown unit 'Per_Mille'; did you mean 'per-mille'?")]
    [InlineData("\"unit\": \"percent\"", "\"unit\": /*here*/\"kilograms\"", "HPC0004", "Unknown unit 'kilograms'; use one of: years, days, minutes, percent, per-mille, per-10k, per-100k, persons-per-1000, persons-per-10k, persons-per-100k, beds-per-1000, yuan, yuan-10k, yuan-100m, yuan-1t, sqm-10k, count, persons, persons-10k, persons-100m, beds, visits, sex-ratio, children-per-woman, ratio, achievement")]
    [InlineData("\"operator\": \">=\"", "\"operator\": /*here*/\"≥\"", "HPC0005", "Unknown target operator '≥'; did you mean '>='?")]
    [InlineData("\"operator\": \">=\"", "\"operator\": /*here*/\"increase\"", "HPC0005", "Unknown target operator 'increase'; did you mean 'increase-by'?")]
    [InlineData("\"operator\": \">=\"", "\"operator\": /*here*/\"at-least\"", "HPC0005", "Unknown target operator 'at-least'; use one of: <, <=, =, >, >=, approx, decrease-by, increase-by, qualitative, range")]
    [InlineData("\"direction\": \"higher-is-better\"", "\"direction\": /*here*/\"higher_is_better\"", "HPC0015", "Unknown direction 'higher_is_better'; did you mean 'higher-is-better'?")]
    [InlineData("\"direction\": \"higher-is-better\"", "\"direction\": /*here*/\"up\"", "HPC0015", "Unknown direction 'up'; use one of: higher-is-better, lower-is-better, neutral")]
    [InlineData("\"direction\": \"higher-is-better\",", "\"direction\": \"higher-is-better\", \"attribute\": /*here*/\"bindng\",", "HPC0015", "Unknown attribute 'bindng'; did you mean 'binding'?")]
    [InlineData("\"category\": \"public-health\"", "\"category\": /*here*/\"public health\"", "HPC0015", "Unknown category 'public health'; did you mean 'public-health'?")]
    [InlineData("\"level\": \"county\"", "\"level\": /*here*/\"contry\"", "HPC0015", "Unknown administrative level 'contry'; did you mean 'country'?")]
    [InlineData("\"nameZh\": \"覆盖率\",", "/*here*/\"nameZH\": \"覆盖率\",", "HPC0018", "Unknown property 'nameZH' in indicator 'coverage-rate'; it is ignored (did you mean 'nameZh'?)")]
    [InlineData("\"unit\": \"percent\",", "\"unit\": \"percent\", /*here*/\"tagets\": [],", "HPC0018", "Unknown property 'tagets' in indicator 'coverage-rate'; it is ignored (did you mean 'targets'?)")]
    [InlineData("\"unit\": \"percent\",", "\"unit\": \"percent\", /*here*/\"colour\": \"red\",", "HPC0018", "Unknown property 'colour' in indicator 'coverage-rate'; it is ignored (check its spelling: known properties are id, nameZh, nameEn, concept, category, categoryZh, unit, direction, attribute, values, targets, notes)")]
    public void A_misspelt_word_gets_a_suggestion_at_its_token(string find, string replace, string id, string message)
    {
        Assert.Contains(find, Template);
        string json = Template.Replace(find, replace);
        if (id == "HPC0018" && find.StartsWith("\"nameZh\"", StringComparison.Ordinal))
        {
            // Only the indicator's nameZh: the plan's and the region's stay.
            json = Template.Replace("\"nameZh\": \"覆盖率\",", replace);
        }

        var diagnostic = Assert.Single(GeneratorHarness.Run((PlanPath, json)).Diagnostics, d => d.Id == id);
        Assert.Equal(message, diagnostic.GetMessage());
        Assert.Equal(MarkerPosition(json), (diagnostic.Location.GetLineSpan().StartLinePosition.Line, diagnostic.Location.GetLineSpan().StartLinePosition.Character));
    }

    [Fact]
    public void A_kind_of_copy_gets_a_suggestion()
    {
        string json = Template.Replace("\"document\": \"testville.txt\",", "\"document\": \"testville.txt\", " + PublishedDocument.Replace("\"copy\": \"official\"", "\"copy\": /*here*/\"Official\"") + " ],");
        var diagnostic = Assert.Single(GeneratorHarness.Run((PlanPath, json)).Diagnostics);
        Assert.Equal("Unknown kind of copy 'Official'; did you mean 'official'?", diagnostic.GetMessage());
        Assert.Equal(MarkerPosition(json), (diagnostic.Location.GetLineSpan().StartLinePosition.Line, diagnostic.Location.GetLineSpan().StartLinePosition.Character));
    }

    private static object[] Case(string id, string find, string replace, string? remove = null, bool duplicateIndicator = false, string? secondId = null)
    {
        Assert.Contains(find, Template);
        string json = Template;
        if (duplicateIndicator)
        {
            int start = json.IndexOf("    {\n      \"id\": \"coverage-rate\"", StringComparison.Ordinal);
            int end = json.IndexOf("    }\n  ]", StringComparison.Ordinal) + "    }".Length;
            string indicator = json.Substring(start, end - start);
            string copy = indicator.Replace("\"id\": \"coverage-rate\"", $"\"id\": /*here*/\"{secondId ?? "coverage-rate"}\"");
            json = json.Insert(end, ",\n" + copy);
        }
        else
        {
            json = json.Replace(find, replace);
        }

        if (remove is not null)
        {
            json = json.Replace(remove, string.Empty);
        }

        return new object[] { id, json };
    }

    /// <summary>Zero-based line and column of the token right after the marker.</summary>
    private static (int Line, int Column) MarkerPosition(string json)
    {
        int index = json.IndexOf(Marker, StringComparison.Ordinal);
        Assert.True(index >= 0, "the case has no marker");
        var position = SourceText.From(json).Lines.GetLinePosition(index + Marker.Length);
        return (position.Line, position.Character);
    }

    private sealed class ThrowingText : AdditionalText
    {
        public override string Path => "/project/broken.plan.json";

        public override SourceText GetText(CancellationToken cancellationToken = default) => throw new System.IO.IOException("disk unplugged");
    }
}
