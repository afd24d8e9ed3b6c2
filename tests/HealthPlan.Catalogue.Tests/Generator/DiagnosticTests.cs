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
        Assert.Equal((line, column), (diagnostic.Location.GetLineSpan().StartLinePosition.Line, diagnostic.Location.GetLineSpan().StartLinePosition.Character));
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
    public void Files_with_errors_emit_nothing_and_the_rest_still_compiles()
    {
        string broken = Template.Replace("\"unit\": \"percent\"", "\"unit\": \"percentt\"").Replace("testville", "otherville");
        var run = GeneratorHarness.Run((PlanPath, Template), ("/project/broken.plan.json", broken));

        Assert.Equal(new[] { "Plans.Catalogue.g.cs", "Testville.Fyp14.g.cs" }, run.HintNames.OrderBy(name => name, StringComparer.Ordinal));
        Assert.Empty(run.CompilationProblems);
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
