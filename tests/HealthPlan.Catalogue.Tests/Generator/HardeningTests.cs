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

    internal static Diagnostic AssertReportedAt(string id, string json, string messagePart, string path = PlanPath)
    {
        var (line, column) = MarkerPosition(json.Replace("\\u2028", string.Empty));
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

    private static Diagnostic[] Errors(GeneratorRun run)
        => run.CompilationProblems.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error || diagnostic.Id.StartsWith("CS", StringComparison.Ordinal)).ToArray();

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
