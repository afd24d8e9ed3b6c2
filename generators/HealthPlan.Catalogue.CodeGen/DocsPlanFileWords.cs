using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace HealthPlan.Catalogue.CodeGen;

/// <summary>
/// Rewrites the plan-file words docs/plan-format.md lists: the category list (between its <c>categories:begin</c> and
/// <c>categories:end</c> comments), and the one-line comments that list the levels, directions and attributes in
/// the example file (between its <c>example-words:begin</c> and <c>example-words:end</c> comments; the rest of the
/// example is hand-written).
/// </summary>
internal static class DocsPlanFileWords
{
    /// <summary>The longest line the category list may make.</summary>
    private const int MaxLineLength = 100;

    /// <summary>The example's fields whose comment the generation owns, and the comment each gets.</summary>
    private static readonly (string Field, string Comment)[] ExampleComments =
    [
        ("level", Alternatives(PlanFileTokens.Levels.Tokens)),
        ("direction", Alternatives(PlanFileTokens.Directions.Tokens)),
        ("attribute", "optional: " + Alternatives(PlanFileTokens.Attributes.Tokens.Select(WithChineseName))),
    ];

    /// <summary>The document <paramref name="markdown"/> with its category list and the example's word comments written from <see cref="PlanFileTokens"/>.</summary>
    /// <exception cref="InvalidOperationException">A pair of markers, or a commented field between them, is missing or repeated.</exception>
    public static string Apply(string markdown)
    {
        string from = "generated from " + CodeGeneration.TokenDefinitionPath;
        markdown = DocsMarkers.Replace(markdown, "categories", from, _ => CategoryList());
        string fields = string.Join(", ", ExampleComments.SkipLast(1).Select(c => $"\"{c.Field}\"")) + $" and \"{ExampleComments[^1].Field}\"";
        return DocsMarkers.Replace(markdown, "example-words", $"the comments after {fields} are {from}", ExampleWithComments);
    }

    /// <summary><c>`health-status`, `disease-control`, …, `other`.</c>, wrapped.</summary>
    private static string CategoryList()
    {
        var lines = new List<StringBuilder>();
        var items = PlanFileTokens.Categories.Select(category => $"`{category}`").ToArray();
        for (int i = 0; i < items.Length; i++)
        {
            string item = items[i] + (i == items.Length - 1 ? "." : ",");
            var line = lines.LastOrDefault();
            if (line is null || line.Length + 1 + item.Length > MaxLineLength)
            {
                lines.Add(new StringBuilder(item));
            }
            else
            {
                line.Append(' ').Append(item);
            }
        }

        return string.Join('\n', lines);
    }

    /// <summary>The example's lines with the comment of each field in <see cref="ExampleComments"/> rewritten; the columns before <c>//</c> stay.</summary>
    private static string ExampleWithComments(string[] lines)
    {
        lines = (string[])lines.Clone();
        foreach (var (field, comment) in ExampleComments)
        {
            var pattern = new Regex("^(\\s*\"" + Regex.Escape(field) + "\":\\s*\"[^\"]*\",?\\s*//).*$", RegexOptions.CultureInvariant);
            var found = Enumerable.Range(0, lines.Length).Where(i => pattern.IsMatch(lines[i])).ToArray();
            if (found.Length != 1)
            {
                throw new InvalidOperationException(
                    $"{CodeGeneration.DocsPath}: between the example-words markers, expected one line like '\"{field}\": \"…\",  // …', found {found.Length}.");
            }

            lines[found[0]] = pattern.Replace(lines[found[0]], match => match.Groups[1].Value + " " + comment);
        }

        return string.Join('\n', lines);
    }

    private static string Alternatives(IEnumerable<string> words) => string.Join(" | ", words);

    /// <summary><c>binding (约束性)</c>: the word, and the Chinese name <see cref="Wording"/> gives its attribute.</summary>
    private static string WithChineseName(string token)
    {
        string described = PlanFileTokens.Attributes.TryParse(token, out var attribute) ? attribute.Describe() : token;
        return described.StartsWith(token + " ", StringComparison.Ordinal) ? $"{token} ({described[(token.Length + 1)..]})" : token;
    }
}
