using System;
using System.Linq;
using HealthPlan.Catalogue.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace HealthPlan.Catalogue.Tests.Generator;

/// <summary>
/// Plan files <see cref="FuzzTests"/> found the generator mishandling, each cut down to the one mistake:
/// the generator must report them at their token instead of throwing or emitting code that does not compile.
/// As in <see cref="DiagnosticTests"/>, <c>/*here*/</c> marks where the diagnostic must point.
/// </summary>
public class RegressionTests
{
    private const string Marker = "/*here*/";
    private const string PlanPath = "/project/my.plan.json";

    private const string Template = DiagnosticTests.Template;

    [Fact]
    public void The_template_compiles_without_diagnostics()
    {
        var run = GeneratorHarness.Run((PlanPath, Template));
        Assert.Empty(run.Diagnostics);
        Assert.Empty(Errors(run));
    }

    /// <summary>Leading separators were dropped after the digit check: "-2nd" became the class name "2nd".</summary>
    [Theory]
    [InlineData("\"region\": { \"id\": \"testville\"", "\"region\": { \"id\": /*here*/\"-2nd\"", false)]
    [InlineData("\"shortId\": \"fyp14\"", "\"shortId\": /*here*/\"_9\"", false)]
    [InlineData("\"id\": \"coverage-rate\"", "\"id\": /*here*/\"--1a\"", true)]
    public void An_id_whose_name_would_start_with_a_digit_is_reported(string find, string replace, bool planGenerated)
        => AssertReportedAt("HPC0007", Replace(find, replace), "start it with a letter", planGenerated);

    /// <summary>A plan class named like one of its own members (Document, Plan, Data, Actuals, Assess) does not compile: CS0542.</summary>
    [Theory]
    [InlineData("document")]
    [InlineData("plan")]
    [InlineData("data")]
    [InlineData("actuals")]
    [InlineData("assess")]
    public void A_short_id_named_like_a_member_of_its_plan_class_is_reported(string shortId)
        => AssertReportedAt("HPC0007", Replace("\"shortId\": \"fyp14\"", $"\"shortId\": /*here*/\"{shortId}\""), "member of the generated plan class");

    /// <summary>The generated Actuals class has its own Year property: an indicator named "year" clashed with it (CS0102).</summary>
    [Fact]
    public void An_indicator_named_year_is_reported()
        => AssertReportedAt("HPC0007", Replace("\"id\": \"coverage-rate\"", "\"id\": /*here*/\"year\""), "Actuals", planGenerated: true);

    /// <summary>C# ends a line at U+0085, U+2028 and U+2029 too: in a doc comment they cut the comment and the rest became code.</summary>
    [Theory]
    [InlineData("\"nameZh\": \"测试县规划\"", "\"nameZh\": \"测试\u2028县规划\"")]
    [InlineData("\"nameEn\": \"Testville\"", "\"nameEn\": \"Test\u2029ville\"")]
    [InlineData("\"quote\": \"达到90%以上\"", "\"quote\": \"达到\u008590%以上\"")]
    [InlineData("\"nameEn\": \"Coverage rate\"", "\"nameEn\": \"Coverage\\u2028rate\"")]
    public void Line_separators_in_text_stay_inside_the_doc_comments(string find, string replace)
    {
        var run = GeneratorHarness.Run((PlanPath, Replace(find, replace)));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(Errors(run));
    }

    /// <summary>System.Text.Json throws InvalidOperationException, not JsonException, reading "\uD800" alone: it became HPC0017 at the top of the file.</summary>
    [Theory]
    [InlineData("\"nameEn\": \"Testville plan\"", "\"nameEn\": /*here*/\"Testville \\uD800 plan\"")]
    [InlineData("\"nameEn\": \"Testville plan\"", "\"nameEn\": /*here*/\"Testville \\uDE00\\uD83D plan\"")]
    [InlineData("\"nameEn\": \"Testville plan\"", "/*here*/\"name\\uDFFFEn\": \"Testville plan\"")]
    public void A_lone_surrogate_escape_is_invalid_json_at_its_string(string find, string replace)
    {
        var diagnostic = AssertReportedAt("HPC0001", Replace(find, replace), "surrogate");
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
    }

    /// <summary>The JSON reader counts lines at '\n' only: in a file with '\r' line ends every syntax error pointed at line 0.</summary>
    [Theory]
    [InlineData("\r")]
    [InlineData("\u2028")]
    public void Invalid_json_is_located_whatever_breaks_the_lines(string lineBreak)
    {
        // The colon is missing after "nameEn"; \u2028 may only appear inside strings, so it goes into the name above.
        string json = lineBreak == "\r"
            ? Replace("\"nameEn\": \"Testville plan\",", "\"nameEn\" \"Testville plan\",").Replace("\n", "\r", StringComparison.Ordinal)
            : Replace("\"nameZh\": \"测试县规划\",\n  \"nameEn\": \"Testville plan\",", "\"nameZh\": \"测试\u2028县规划\",\n  \"nameEn\" \"Testville plan\",");
        var expected = SourceText.From(json).Lines.GetLinePosition(json.IndexOf("\"Testville plan\"", StringComparison.Ordinal));

        var diagnostic = Assert.Single(GeneratorHarness.Run((PlanPath, json)).Diagnostics);

        Assert.Equal("HPC0001", diagnostic.Id);
        Assert.Equal(expected, diagnostic.Location.GetLineSpan().StartLinePosition);
    }

    /// <summary>The one diagnostic, at the marker; the plan (without the broken part) is generated when it can still be named, and compiles.</summary>
    private static Diagnostic AssertReportedAt(string id, string json, string messagePart, bool planGenerated = false)
    {
        var (line, column) = MarkerPosition(json);
        var run = GeneratorHarness.Run((PlanPath, json));

        Assert.Null(run.Exception);
        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Contains(messagePart, diagnostic.GetMessage(), StringComparison.Ordinal);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(PlanPath, span.Path);
        Assert.Equal((line, column), (span.StartLinePosition.Line, span.StartLinePosition.Character));
        Assert.Equal(planGenerated, run.HintNames.Any());
        Assert.Empty(Errors(run));
        return diagnostic;
    }

    private static string Replace(string find, string replace)
    {
        Assert.Contains(find, Template, StringComparison.Ordinal);
        return Template.Replace(find, replace, StringComparison.Ordinal);
    }

    private static Diagnostic[] Errors(GeneratorRun run)
        => run.CompilationProblems.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).ToArray();

    /// <summary>Zero-based line and column of the token right after the marker, as the compiler counts lines.</summary>
    private static (int Line, int Column) MarkerPosition(string json)
    {
        int index = json.IndexOf(Marker, StringComparison.Ordinal);
        Assert.True(index >= 0, "the case has no marker");
        var position = SourceText.From(json).Lines.GetLinePosition(index + Marker.Length);
        return (position.Line, position.Character);
    }
}
