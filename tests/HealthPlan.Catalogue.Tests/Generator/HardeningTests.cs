using System;
using System.Linq;
using System.Text;
using HealthPlan.Catalogue.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace HealthPlan.Catalogue.Tests.Generator;

/// <summary>
/// Issue 14: whatever a plan file's bytes, the build ends in generated code that compiles or in at least one
/// located HPC diagnostic, never a generator crash (CS8785) or silently changed text.
/// As in <see cref="DiagnosticTests"/>, <c>/*here*/</c> marks where the diagnostic must point.
/// </summary>
public class HardeningTests
{
    private const string Marker = "/*here*/";
    private const string PlanPath = "/project/my.plan.json";
    private const string Template = DiagnosticTests.Template;

    /// <summary>Class names that differ only in case gave hint names that collide case-insensitively: CS8785, and no code at all.</summary>
    [Fact]
    public void Plans_whose_class_names_differ_only_in_case_both_generate()
    {
        string second = Template.Replace("\"id\": \"testville\"", "\"id\": \"test-ville\"").Replace("testville-2021-2025", "test-ville-2021-2025");
        string third = Template.Replace("\"unit\": \"percent\"", "\"unit\": \"percentt\"").Replace("testville", "otherville");
        var run = GeneratorHarness.Run(("/project/a.plan.json", Template), ("/project/b.plan.json", second), ("/project/c.plan.json", third));

        Assert.Null(run.Exception);
        Assert.Equal("HPC0004", Assert.Single(run.Diagnostics).Id);
        Assert.Equal(
            new[] { "Otherville.Fyp14.g.cs", "Plans.Catalogue.g.cs", "TestVille.Fyp14.test-ville-2021-2025.g.cs", "Testville.Fyp14.g.cs" },
            run.HintNames.OrderBy(name => name, StringComparer.Ordinal));
        Assert.Empty(Errors(run));
    }

    /// <summary>Issue 24: a plan's hint name equal to the generator's own registry file but for case (PLans.Catalogue) threw in Roslyn: CS8785 and no plans.</summary>
    [Theory]
    [InlineData("p-lans", "catalogue")]
    [InlineData("p-lans", "CATALOGUE")]
    [InlineData("pl-ans", "cata-logue")]
    public void A_plan_whose_file_name_is_the_generators_own_in_another_case_still_generates(string regionId, string shortId)
    {
        string plan = Template.Replace("\"id\": \"testville\"", $"\"id\": \"{regionId}\"").Replace("\"shortId\": \"fyp14\"", $"\"shortId\": \"{shortId}\"");
        var run = GeneratorHarness.Run(("/project/a.plan.json", plan));

        Assert.Null(run.Exception);
        Assert.Empty(run.Diagnostics);
        Assert.Contains("Plans.Catalogue.g.cs", run.HintNames);
        Assert.Contains(run.HintNames, name => name.EndsWith(".testville-2021-2025.g.cs", StringComparison.Ordinal));
        Assert.Equal(2, run.HintNames.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Empty(Errors(run));
    }

    [Fact]
    public void Plans_whose_short_ids_differ_only_in_case_both_generate()
    {
        string second = Template.Replace("\"shortId\": \"fyp14\"", "\"shortId\": \"fYp14\"").Replace("testville-2021-2025", "testville-2021-2025-b");
        var run = GeneratorHarness.Run(("/project/a.plan.json", Template), ("/project/b.plan.json", second));

        Assert.Null(run.Exception);
        Assert.Empty(run.Diagnostics);
        Assert.Contains("Testville.FYp14.testville-2021-2025-b.g.cs", run.HintNames);
        Assert.Empty(Errors(run));
    }

    /// <summary>Issue 24: what cannot be seen (a zero-width joiner, a combining mark, a bidi override) is shown as \uXXXX in a diagnostic, as TargetQuery shows it.</summary>
    [Theory]
    [InlineData("per\u200Dcent", "per\\u200Dcent")]
    [InlineData("percent\u0301", "percent\\u0301")]
    [InlineData("per\u202Ecent", "per\\u202Ecent")]
    public void Invisible_characters_in_a_diagnostic_are_written_as_escapes(string unit, string shown)
    {
        string plan = Template.Replace("\"unit\": \"percent\"", $"\"unit\": \"{unit}\"");
        var run = GeneratorHarness.Run((PlanPath, plan));

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("HPC0004", diagnostic.Id);
        string message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"Unknown unit '{shown}'", message);
        Assert.DoesNotContain(unit, message);
    }

    /// <summary>Issue 24: a misspelt unit dropped the indicator, so the user's code that uses it failed too (CS0117).</summary>
    [Theory]
    [InlineData("percentt")]
    [InlineData("kilograms")]
    public void A_misspelt_unit_is_the_only_error_and_code_using_the_indicator_still_compiles(string unit)
    {
        string plan = Template.Replace("\"unit\": \"percent\"", $"\"unit\": \"{unit}\"");
        const string user = "public static class Report { public static string Name => UserProject.Plans.Testville.Fyp14.CoverageRate.NameZh; }";
        var run = GeneratorHarness.Run(new[] { (PlanPath, plan) }, GeneratorHarness.ProjectOptions, user);

        Assert.Null(run.Exception);
        Assert.Equal("HPC0004", Assert.Single(run.Diagnostics).Id);
        Assert.DoesNotContain(run.CompilationProblems, problem => problem.Severity == DiagnosticSeverity.Error);
    }

    /// <summary>A GBK file built silently with U+FFFD (or mojibake) in every Chinese name; now HPC0034 at the first bad character.</summary>
    [Fact]
    public void A_gbk_file_is_reported_where_it_stops_being_utf8()
    {
        var gbk = CodePagesEncoding(936);
        byte[] bytes = gbk.GetBytes(Template);
        var run = RunBytes(bytes, encoding: null);
        var (line, column) = Position(Template, Template.IndexOf("测试县规划", StringComparison.Ordinal));
        var diagnostic = AssertReportedAt(run, "HPC0034", "save it as UTF-8", line, column);
        Assert.Contains("U+FFFD", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    /// <summary>As the compiler reads it: invalid UTF-8 falls back to a code page, which gives mojibake rather than U+FFFD.</summary>
    [Fact]
    public void A_file_the_compiler_read_with_a_fallback_code_page_is_reported()
    {
        byte[] bytes = CodePagesEncoding(936).GetBytes(Template);
        var run = RunBytes(bytes, Encoding.Latin1);
        var (line, column) = Position(Template, Template.IndexOf("测试县规划", StringComparison.Ordinal));
        Assert.Contains("read as iso-8859-1", AssertReportedAt(run, "HPC0034", "not valid UTF-8", line, column).GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_stray_invalid_byte_is_reported_at_its_position()
    {
        string json = Template.Replace("\"nameEn\": \"Testville plan\"", "\"nameEn\": \"Testville\u0001plan\"");
        byte[] bytes = Encoding.UTF8.GetBytes(json);
        bytes[Array.IndexOf(bytes, (byte)1)] = 0xC3; // a lead byte with no continuation
        var (line, column) = Position(json, json.IndexOf('\u0001'));
        AssertReportedAt(RunBytes(bytes, encoding: null), "HPC0034", "U+FFFD", line, column);
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    public void Unicode_files_are_read_as_written(string encoding)
    {
        Encoding chosen = encoding switch
        {
            "utf-8" => new UTF8Encoding(false),
            "utf-8-bom" => new UTF8Encoding(true),
            "utf-16" => new UnicodeEncoding(false, true),
            _ => new UnicodeEncoding(true, true),
        };
        byte[] bytes = chosen.GetPreamble().Concat(chosen.GetBytes(Template)).ToArray();
        var run = RunBytes(bytes, encoding: null);
        Assert.Empty(run.Diagnostics);
        Assert.Contains("测试县规划", run.Source("Testville.Fyp14.g.cs"), StringComparison.Ordinal);
        Assert.Empty(Errors(run));
    }

    [Fact]
    public void A_gbk_concepts_file_is_reported_on_that_file()
    {
        const string vocabulary = """{ "concepts": [ { "id": "coverage", "nameEn": "Coverage", "nameZh": "覆盖率" } ] }""";
        var text = SourceText.From(CodePagesEncoding(936).GetBytes(vocabulary), CodePagesEncoding(936).GetByteCount(vocabulary));
        var run = GeneratorHarness.Run(new AdditionalText[] { new InMemoryAdditionalText(PlanPath, Template), new InMemoryAdditionalText("/project/concepts.json", text) });
        AssertReportedAt(run, "HPC0034", "save it as UTF-8", 0, vocabulary.IndexOf("覆盖率", StringComparison.Ordinal), "/project/concepts.json");
    }

    private static Encoding CodePagesEncoding(int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(codePage);
    }

    private static GeneratorRun RunBytes(byte[] bytes, Encoding? encoding)
        => GeneratorHarness.Run(new AdditionalText[] { new InMemoryAdditionalText(PlanPath, SourceText.From(bytes, bytes.Length, encoding)) });

    private static (int Line, int Column) Position(string text, int index)
    {
        var position = SourceText.From(text).Lines.GetLinePosition(index);
        return (position.Line, position.Character);
    }

    /// <summary>Ids that name a member every object has: the generated property or class would hide it (CS0108/CS0114, errors with warnings as errors).</summary>
    [Theory]
    [InlineData("equals")]
    [InlineData("to-string")]
    [InlineData("get-hash-code")]
    [InlineData("get-type")]
    [InlineData("memberwise-clone")]
    [InlineData("finalize")]
    [InlineData("reference-equals")]
    public void An_id_naming_a_member_of_every_object_is_reported(string id)
    {
        AssertReportedAt("HPC0007", Replace("\"id\": \"coverage-rate\"", $"\"id\": /*here*/\"{id}\""), "System.Object");
        AssertReportedAt("HPC0007", Replace("\"shortId\": \"fyp14\"", $"\"shortId\": /*here*/\"{id}\""), "System.Object");
        AssertReportedAt("HPC0007", Replace("\"region\": { \"id\": \"testville\"", $"\"region\": {{ \"id\": /*here*/\"{id}\""), "System.Object");
    }

    /// <summary>Text copied from a PDF brings control characters, which XML docs cannot hold (CS1570, an error with warnings as errors).</summary>
    [Theory]
    [InlineData("\\u0001")]
    [InlineData("\\u000C")]
    [InlineData("\\u001F\\u007F\\u0085")]
    [InlineData("\\uFFFE\\uFFFF")]
    [InlineData("\\u2028\\u2029")]
    [InlineData("\\r\\n\\t")]
    public void Characters_xml_docs_cannot_hold_still_compile(string escaped)
    {
        string json = Template
            .Replace("\"nameEn\": \"Coverage rate\"", $"\"nameEn\": \"Coverage{escaped}rate\"")
            .Replace("\"quote\": \"达到90%以上\"", $"\"quote\": \"达到{escaped}90%以上\"")
            .Replace("\"nameEn\": \"Testville plan\"", $"\"nameEn\": \"Testville{escaped}plan\"")
            .Replace("\"document\": \"testville.txt\"", $"\"document\": \"test{escaped}ville.txt\"");
        var run = GeneratorHarness.Run((PlanPath, json));

        Assert.Null(run.Exception);
        Assert.Empty(run.Diagnostics);
        Assert.Empty(Errors(run));
        Assert.Contains("Testville.Fyp14.g.cs", run.HintNames);
    }

    /// <summary>A lone surrogate (an escape JSON allows) cannot be written in UTF-8: a diagnostic or compiling code, never CS8785.</summary>
    [Theory]
    [InlineData("\\ud800")]
    [InlineData("\\udc00x")]
    public void A_lone_surrogate_still_compiles(string escaped)
    {
        string json = Template.Replace("\"nameEn\": \"Coverage rate\"", $"\"nameEn\": \"Coverage{escaped}rate\"");
        var run = GeneratorHarness.Run((PlanPath, json));

        Assert.Null(run.Exception);
        Assert.All(run.Diagnostics, d => Assert.StartsWith("HPC", d.Id, StringComparison.Ordinal));
        Assert.Empty(Errors(run));
    }

    /// <summary>A file name with a line separator ended the generated header comment, and the rest of the name became code.</summary>
    [Theory]
    [InlineData("/project/my\u2028plan.plan.json")]
    [InlineData("/project/my\u0085\u2029\u0001*/plan.plan.json")]
    [InlineData("/project/my\r\nplan.plan.json")]
    public void A_file_name_with_a_line_separator_still_compiles(string path)
    {
        var run = GeneratorHarness.Run((path, Template));

        Assert.Null(run.Exception);
        Assert.Empty(run.Diagnostics);
        Assert.Empty(Errors(run));
    }

    [Fact]
    public void A_string_over_the_limit_is_reported_with_the_limit()
    {
        string json = Replace("\"nameEn\": \"Coverage rate\"", $"\"nameEn\": /*here*/\"{new string('x', 10_001)}\"");
        var diagnostic = AssertReportedAt("HPC0035", json, "the limit is 10,000 characters");
        Assert.StartsWith("'nameEn' is 10,001 characters long", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"id\": \"coverage-rate\"", "\"id\": /*here*/\"{0}\"")]
    [InlineData("\"shortId\": \"fyp14\"", "\"shortId\": /*here*/\"{0}\"")]
    [InlineData("\"region\": { \"id\": \"testville\"", "\"region\": {{ \"id\": /*here*/\"{0}\"")]
    [InlineData("\"id\": \"testville-2021-2025\"", "\"id\": /*here*/\"{0}\"")]
    public void An_id_over_the_limit_is_reported_with_the_limit(string find, string replace)
    {
        string id = "a" + string.Concat(Enumerable.Repeat("-bcd", 20)); // 81 characters
        AssertReportedAt("HPC0035", Replace(find, string.Format(System.Globalization.CultureInfo.InvariantCulture, replace, id)), "is 81 characters long; the limit is 80 characters");
        AssertNoDiagnostics(Replace(find, string.Format(System.Globalization.CultureInfo.InvariantCulture, replace, id.Substring(0, 80)).Replace(Marker, string.Empty)));
    }

    /// <summary>The indicator limit (20,000) with a small limit: the first ones still generate, the error is at the first one over.</summary>
    [Fact]
    public void Indicators_over_the_limit_are_reported_at_the_first_one_over()
    {
        string json = Replace("\"targets\": [ { \"year\": 2025, \"operator\": \">=\", \"value\": 90, \"source\": { \"line\": 9, \"quote\": \"达到90%以上\" } } ]\n    }",
            "\"targets\": [ { \"year\": 2025, \"operator\": \">=\", \"value\": 90, \"source\": { \"line\": 9, \"quote\": \"达到90%以上\" } } ]\n    }, /*here*/{ \"id\": \"second\", \"nameZh\": \"乙\", \"nameEn\": \"Second\", \"concept\": \"x\", \"category\": \"other\", \"unit\": \"percent\", \"direction\": \"neutral\" }");
        var (line, column) = MarkerPosition(json);
        var result = HealthPlan.Catalogue.Generators.Parse.PlanParser.Parse(
            new InMemoryAdditionalText(PlanPath, json.Replace(Marker, string.Empty)), new HealthPlan.Catalogue.Generators.Parse.ParseLimits(10_000, 80, MaxIndicators: 1), default);

        var diagnostic = Assert.Single(result.Diagnostics).ToDiagnostic();
        Assert.Equal("HPC0035", diagnostic.Id);
        Assert.Equal("The plan has 2 indicators; the limit is 1 indicators per plan; split the plan into several files (the ones from here on are left out)", diagnostic.GetMessage());
        Assert.Equal((line, column), (diagnostic.Location.GetLineSpan().StartLinePosition.Line, diagnostic.Location.GetLineSpan().StartLinePosition.Character));
        Assert.Equal("coverage-rate", Assert.Single(result.Model!.Indicators).Id);
        AssertNoDiagnostics(json.Replace(Marker, string.Empty));
    }

    /// <summary>A moderately large plan compiles with XML docs diagnosed (15,000 indicators do too, checked by hand: about 35 s on two cores, too slow for the suite).</summary>
    [Fact]
    public void A_large_plan_compiles()
    {
        string indicator = Template.Substring(Template.IndexOf("    {\n      \"id\": \"coverage-rate\"", StringComparison.Ordinal));
        indicator = indicator.Substring(0, indicator.IndexOf("    }\n  ]", StringComparison.Ordinal) + "    }".Length);
        var indicators = string.Join(",\n", Enumerable.Range(0, 1_000).Select(i => indicator.Replace("coverage-rate", $"coverage-rate-{i}")));
        string json = Template.Replace(indicator, indicators);
        var run = GeneratorHarness.Run((PlanPath, json));
        Assert.Empty(run.Diagnostics);
        Assert.Empty(Errors(run));
    }

    [Theory]
    [InlineData("1.5e2", 0)]
    [InlineData("1.5E+2", 0)]
    [InlineData("15e-1", 1)]
    [InlineData("1.5e-2", 3)]
    [InlineData("6.30", 2)]
    [InlineData("106", 0)]
    [InlineData("-0.25e1", 1)]
    [InlineData("1e-400", 20)]
    [InlineData("0.1234567890123456789012345", 20)]
    public void An_exponent_moves_the_stated_decimals(string number, int decimals)
        => Assert.Equal(decimals, HealthPlan.Catalogue.Generators.Shared.Wording.DecimalsOf(number));

    /// <summary>1.5e2 is 150, stated without decimals: the docs and the runtime say 150, not 150.0.</summary>
    [Fact]
    public void A_target_written_with_an_exponent_keeps_its_precision()
    {
        var run = GeneratorHarness.Run((PlanPath, Replace("\"operator\": \">=\", \"value\": 90,", "\"operator\": \">=\", \"value\": 0.9e2,")));
        Assert.Empty(run.Diagnostics);
        string source = run.Source("Testville.Fyp14.g.cs");
        Assert.Contains("≥ 90 %", source, StringComparison.Ordinal);
        Assert.DoesNotContain("90.0", source, StringComparison.Ordinal);
        Assert.Empty(Errors(run));
    }

    [Fact]
    public void A_negative_tolerance_is_reported()
    {
        var diagnostic = AssertReportedAt("HPC0020", Replace("\"operator\": \">=\", \"value\": 90,", "\"operator\": \"approx\", \"value\": 90, \"tolerance\": /*here*/-0.5,"), "'tolerance' must be 0 or more");
        Assert.EndsWith("but is -0.5", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2026)]
    [InlineData(2025)]
    public void A_baseline_year_not_before_the_target_year_is_reported(int baselineYear)
        => AssertReportedAt("HPC0020", Replace("\"operator\": \">=\", \"value\": 90,", $"\"operator\": \"increase-by\", \"baselineYear\": /*here*/{baselineYear}, \"value\": 90,"),
            $"'baselineYear' must be before the target year 2025 (the year the change is counted from), but is {baselineYear}");

    /// <summary>A broken concepts file is one error on that file, not an "unknown concept" on every indicator of every plan.</summary>
    [Theory]
    [InlineData("{ \"concepts\": [ { \"id\": \"coverage\", \"nameEn\": \"Coverage\" /*here*/\"nameZh\": \"覆盖率\" } ] }", "HPC0001")]
    [InlineData("{ \"concepts\": [ /*here*/{ \"nameEn\": \"Coverage\", \"nameZh\": \"覆盖率\" } ] }", "HPC0002")]
    public void A_broken_concepts_file_is_one_diagnostic_on_that_file(string vocabulary, string id)
    {
        var (line, column) = MarkerPosition(vocabulary);
        string other = Template.Replace("testville", "otherville").Replace("\"concept\": \"coverage\"", "\"concept\": \"vaccination\"");
        var run = GeneratorHarness.Run((PlanPath, Template), ("/project/other.plan.json", other), ("/project/concepts.json", vocabulary.Replace(Marker, string.Empty)),
            ("/project/more.concepts.json", """{ "concepts": [ { "id": "vaccination", "nameEn": "Vaccination", "nameZh": "接种" } ] }"""));

        var diagnostic = AssertReportedAt(run, id, string.Empty, line, column, "/project/concepts.json");
        Assert.Same(diagnostic, Assert.Single(run.Diagnostics));
    }

    [Fact]
    public void Once_the_concepts_file_reads_unknown_concepts_are_reported_again()
    {
        var run = GeneratorHarness.Run((PlanPath, Template.Replace("\"concept\": \"coverage\"", "\"concept\": \"coverag\"")),
            ("/project/concepts.json", """{ "concepts": [ { "id": "coverage", "nameEn": "Coverage", "nameZh": "覆盖率" } ] }"""));
        Assert.Equal("HPC0012", Assert.Single(run.Diagnostics).Id);
    }

    private static void AssertNoDiagnostics(string json)
    {
        var run = GeneratorHarness.Run((PlanPath, json));
        Assert.Null(run.Exception);
        Assert.Empty(run.Diagnostics);
        Assert.Empty(Errors(run));
    }

    internal static Diagnostic AssertReportedAt(string id, string json, string messagePart, string path = PlanPath)
    {
        var (line, column) = MarkerPosition(json);
        var run = GeneratorHarness.Run((path, json.Replace(Marker, string.Empty)));
        return AssertReportedAt(run, id, messagePart, line, column, path);
    }

    internal static Diagnostic AssertReportedAt(GeneratorRun run, string id, string messagePart, int line, int column, string path = PlanPath)
    {
        Assert.Null(run.Exception);
        var diagnostic = Assert.Single(run.Diagnostics, d => d.Id == id);
        Assert.Contains(messagePart, diagnostic.GetMessage(), StringComparison.Ordinal);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal((path, line, column), (span.Path, span.StartLinePosition.Line, span.StartLinePosition.Character));
        Assert.Empty(Errors(run));
        return diagnostic;
    }

    /// <summary>
    /// Errors and warnings of the generated code as a project that builds XML docs with warnings as errors sees
    /// it: documentation mode Diagnose (the harness only parses docs), nullable on.
    /// </summary>
    internal static Diagnostic[] Errors(GeneratorRun run)
    {
        var options = GeneratorHarness.ParseOptions.WithDocumentationMode(DocumentationMode.Diagnose);
        var trees = run.Result.Results.Single().GeneratedSources
            .Select(source => Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(source.SourceText, options, path: source.HintName));
        var strict = GeneratorHarness.Compilation().AddSyntaxTrees(trees)
            .WithOptions(GeneratorHarness.Compilation().Options.WithGeneralDiagnosticOption(ReportDiagnostic.Error));
        return run.CompilationProblems.Concat(strict.GetDiagnostics())
            .Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning)
            .ToArray();
    }

    private static string Replace(string find, string replace)
    {
        Assert.Contains(find, Template, StringComparison.Ordinal);
        return Template.Replace(find, replace, StringComparison.Ordinal);
    }

    private static (int Line, int Column) MarkerPosition(string json)
    {
        int index = json.IndexOf(Marker, StringComparison.Ordinal);
        Assert.True(index >= 0, "the case has no marker");
        var position = SourceText.From(json.Remove(index, Marker.Length)).Lines.GetLinePosition(index);
        return (position.Line, position.Character);
    }
}
