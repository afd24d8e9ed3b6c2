using System;
using System.Linq;

namespace HealthPlan.Catalogue.CodeGen;

/// <summary>
/// The generated parts of docs/plan-format.md: each sits between a <c>&lt;!-- {name}:begin: … --&gt;</c> line, which
/// says where it comes from and how to regenerate it, and a <c>&lt;!-- {name}:end --&gt;</c> line.
/// </summary>
internal static class DocsMarkers
{
    /// <summary>
    /// The document <paramref name="markdown"/> with the lines from <paramref name="name"/>'s begin marker to its end
    /// marker replaced by <paramref name="write"/>'s result for the lines between them; the markers are written anew.
    /// </summary>
    /// <param name="markdown">The document, with "\n" line endings.</param>
    /// <param name="name">The part's name, e.g. <c>units</c>.</param>
    /// <param name="description">What the begin marker says the part is generated from, e.g. <c>generated from units.json</c>.</param>
    /// <param name="write">The part's new lines (without a final line break), from its current lines.</param>
    /// <exception cref="InvalidOperationException">The markers are missing, repeated or out of order.</exception>
    public static string Replace(string markdown, string name, string description, Func<string[], string> write)
    {
        string beginMarker = $"<!-- {name}:begin";
        string endMarker = $"<!-- {name}:end";
        var lines = markdown.Split('\n');
        int begin = SingleLine(lines, beginMarker);
        int end = SingleLine(lines, endMarker);
        if (end < begin)
        {
            throw new InvalidOperationException($"{CodeGeneration.DocsPath}: '{endMarker} -->' comes before '{beginMarker} -->'.");
        }

        string part = $"{beginMarker}: {description} by `{CodeGeneration.Command}` -->\n"
            + write(lines[(begin + 1)..end]) + "\n"
            + $"{endMarker} -->";
        return string.Join('\n', lines.Take(begin).Append(part).Concat(lines.Skip(end + 1)));
    }

    private static int SingleLine(string[] lines, string marker)
    {
        var found = Enumerable.Range(0, lines.Length).Where(i => lines[i].TrimStart().StartsWith(marker, StringComparison.Ordinal)).ToArray();
        return found.Length == 1
            ? found[0]
            : throw new InvalidOperationException($"{CodeGeneration.DocsPath} must have exactly one line starting '{marker}', has {found.Length}.");
    }
}
