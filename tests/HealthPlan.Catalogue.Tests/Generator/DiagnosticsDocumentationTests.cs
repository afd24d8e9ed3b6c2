using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using HealthPlan.Catalogue.Generators.Diagnostics;
using HealthPlan.Catalogue.Generators.Parse;
using Microsoft.CodeAnalysis.CSharp;
using HealthPlan.Catalogue.Testing;

namespace HealthPlan.Catalogue.Tests.Generator;

/// <summary>
/// Keeps docs/diagnostics.md and seeds/plan.schema.json in step with the generator: every diagnostic is
/// documented where its help link points, and the schema rejects the ids the generator cannot turn into names.
/// (The schema's word lists are generated from PlanFileTokens and units.json; GeneratedFileTests keeps them.)
/// </summary>
public class DiagnosticsDocumentationTests
{

    public static IEnumerable<object[]> DiagnosticIds() => DiagnosticDescriptors.All.Select(descriptor => new object[] { descriptor.Id });

    [Theory]
    [MemberData(nameof(DiagnosticIds))]
    public void Every_diagnostic_has_an_anchor_and_a_heading_with_its_title(string id)
    {
        var descriptor = DiagnosticDescriptors.All.Single(descriptor => descriptor.Id == id);
        var lines = DocLines();
        string anchor = $"<a id=\"{id.ToLowerInvariant()}\"></a>";

        var anchorLines = Enumerable.Range(0, lines.Length).Where(i => lines[i].Trim() == anchor).ToArray();
        Assert.True(anchorLines.Length == 1, $"docs/diagnostics.md must have exactly one line {anchor}, has {anchorLines.Length}");
        string? heading = lines.Skip(anchorLines[0] + 1).FirstOrDefault(line => line.Trim().Length > 0);
        Assert.Equal($"## {id}: {descriptor.Title}", heading?.TrimEnd());
    }

    [Theory]
    [MemberData(nameof(DiagnosticIds))]
    public void Every_help_link_points_at_the_diagnostics_anchor(string id)
        => Assert.Equal("docs/diagnostics.md#" + id.ToLowerInvariant(), DiagnosticDescriptors.All.Single(descriptor => descriptor.Id == id).HelpLinkUri);

    /// <summary>IDEs show a descriptor's description beside the message: the "When" and "Fix" of its section, in a sentence or two.</summary>
    [Theory]
    [MemberData(nameof(DiagnosticIds))]
    public void Every_descriptor_has_a_description(string id)
    {
        var descriptor = DiagnosticDescriptors.All.Single(descriptor => descriptor.Id == id);
        string description = descriptor.Description.ToString(System.Globalization.CultureInfo.InvariantCulture);

        Assert.False(string.IsNullOrWhiteSpace(description), $"{id} has no description");
        Assert.NotEqual(descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture), description);
        Assert.EndsWith(".", description, StringComparison.Ordinal);
        Assert.InRange(description.Length, 60, 400);
    }

    [Fact]
    public void Every_descriptor_is_in_the_catalogue_once()
    {
        var declared = typeof(DiagnosticDescriptors).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(field => field.FieldType == typeof(Microsoft.CodeAnalysis.DiagnosticDescriptor))
            .Select(field => ((Microsoft.CodeAnalysis.DiagnosticDescriptor)field.GetValue(null)!).Id);

        Assert.Equal(declared.OrderBy(id => id, StringComparer.Ordinal), DiagnosticDescriptors.All.Select(descriptor => descriptor.Id).OrderBy(id => id, StringComparer.Ordinal));
    }

    [Fact]
    public void The_document_mentions_no_diagnostic_that_does_not_exist()
    {
        var known = DiagnosticDescriptors.All.Select(descriptor => descriptor.Id).ToHashSet(StringComparer.Ordinal);
        var mentioned = Regex.Matches(File.ReadAllText(DocPath()), @"\bHPC\d{4}\b", RegexOptions.IgnoreCase)
            .Select(match => match.Value.ToUpperInvariant())
            .ToHashSet(StringComparer.Ordinal);

        Assert.Empty(mentioned.Except(known).OrderBy(id => id, StringComparer.Ordinal));
    }

    [Fact]
    public void Schema_rejects_exactly_the_csharp_keywords_an_id_could_spell()
    {
        var idPattern = new Regex(Definition("csharpId").GetProperty("pattern").GetString()!);
        var keywords = SyntaxFacts.GetReservedKeywordKinds()
            .Select(SyntaxFacts.GetText)
            .Where(keyword => idPattern.IsMatch(keyword));
        var rejected = Definition("csharpId").GetProperty("not").GetProperty("enum").EnumerateArray().Select(item => item.GetString()!);

        AssertSameSet(keywords, rejected);
    }

    [Fact]
    public void Schema_rejects_the_names_the_generated_classes_already_use()
    {
        var indicatorId = new Regex(NotPattern("indicator"));
        Assert.All(HealthPlan.Catalogue.Generators.Shared.ReservedNames.DeclaringClass.Keys, member =>
        {
            Assert.Matches(indicatorId, member);
            Assert.Matches(indicatorId, char.ToLowerInvariant(member[0]) + member.Substring(1));
        });
        Assert.DoesNotMatch(indicatorId, "plans");

        // A plan class named like one of its own members does not compile either (CS0542).
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, "plan.schema.json")));
        string shortIdNot = schema.RootElement.GetProperty("properties").GetProperty("shortId").GetProperty("not").GetProperty("pattern").GetString()!;
        Assert.Equal(indicatorId.ToString(), shortIdNot);

        var regionId = new Regex(NotPattern("region"));
        Assert.Matches(regionId, HealthPlan.Catalogue.Generators.Shared.ReservedNames.RootClass);
        Assert.Matches(regionId, HealthPlan.Catalogue.Generators.Shared.ReservedNames.CatalogueProperty.ToLowerInvariant());
        Assert.DoesNotMatch(regionId, "plan");
        Assert.All(HealthPlan.Catalogue.Generators.Shared.ReservedNames.ObjectMembers, member =>
        {
            Assert.Matches(regionId, member);
            Assert.Matches(indicatorId, member);
            Assert.Contains(member, HealthPlan.Catalogue.Generators.Shared.ReservedNames.DeclaringClass.Keys);
        });
        Assert.Matches(regionId, "get-hash-code");
        Assert.Matches(indicatorId, "memberwise-clone");
    }

    private static void AssertSameSet(IEnumerable<string> expected, IEnumerable<string> actual)
    {
        var actualList = actual.ToList();
        Assert.Equal(actualList.Count, actualList.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(expected.OrderBy(word => word, StringComparer.Ordinal), actualList.OrderBy(word => word, StringComparer.Ordinal));
    }

    private static string NotPattern(string definition)
        => Definition(definition).GetProperty("properties").GetProperty("id").GetProperty("not").GetProperty("pattern").GetString()!;

    private static JsonElement Definition(string name)
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, "plan.schema.json")));
        return schema.RootElement.GetProperty("$defs").GetProperty(name).Clone();
    }

    private static string DocPath() => Path.Combine(RepositoryPaths.Root, "docs", "diagnostics.md");

    private static string[] DocLines() => File.ReadAllLines(DocPath());
}
