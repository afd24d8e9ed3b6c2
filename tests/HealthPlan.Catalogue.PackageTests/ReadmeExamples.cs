using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using HealthPlan.Catalogue.Testing;

namespace HealthPlan.Catalogue.PackageTests;

/// <summary>
/// The examples of README.md, read from the file itself so a test fails as soon as the README drifts: its
/// <c>csharp</c> blocks, the files it tells the reader to create (a fenced block after a
/// <c>&lt;!-- readme-example-file: path --&gt;</c> comment), the app name of its <c>dotnet new console -o</c>,
/// the packages it references, and what its <c>Console.WriteLine(…); // output</c> comments say is printed.
/// </summary>
internal sealed class ReadmeExamples
{
    private static readonly Regex CSharpBlock = new("^```csharp\\n(.*?)^```", RegexOptions.Singleline | RegexOptions.Multiline);
    private static readonly Regex FileBlock = new("^<!-- readme-example-file: (\\S+) -->\\n```\\w*\\n(.*?)^```", RegexOptions.Singleline | RegexOptions.Multiline);
    private static readonly Regex AppName = new("dotnet new console -o (\\w+)");
    private static readonly Regex PackageReference = new("<PackageReference Include=\"([\\w.]+)\"");
    private static readonly Regex PrintedComment = new("^\\s*Console\\.WriteLine\\(.*\\);\\s*//\\s*(.+?)\\s*$");

    private ReadmeExamples(string text)
    {
        Text = text;
        CSharp = CSharpBlock.Matches(text).Select(match => match.Groups[1].Value).ToArray();
        Files = FileBlock.Matches(text).Select(match => (match.Groups[1].Value, match.Groups[2].Value)).ToArray();
        App = AppName.Match(text) is { Success: true } app ? app.Groups[1].Value : throw new InvalidOperationException("README.md names no app (dotnet new console -o Name).");
        Packages = PackageReference.Matches(text).Select(match => match.Groups[1].Value).Distinct().ToArray();
    }

    public string Text { get; }

    /// <summary>Every <c>csharp</c> block, in order.</summary>
    public IReadOnlyList<string> CSharp { get; }

    /// <summary>The files the README tells the reader to create: (path relative to the project, content).</summary>
    public IReadOnlyList<(string Path, string Content)> Files { get; }

    /// <summary>The console app's name, which is also the root namespace of its generated <c>Plans</c>.</summary>
    public string App { get; }

    public IReadOnlyList<string> Packages { get; }

    public static ReadmeExamples Load()
        => new(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")).Replace("\r\n", "\n"));

    /// <summary>What a block's <c>Console.WriteLine(…); // text</c> lines say they print, in order.</summary>
    public static IEnumerable<string> Printed(string block)
        => block.Split('\n').Select(line => PrintedComment.Match(line)).Where(match => match.Success).Select(match => match.Groups[1].Value);

    /// <summary>
    /// A block as a C# file of its own: its <c>using</c> lines at the top, the rest as the body of
    /// <c>{className}.Run()</c>. A block pasted as a whole Program.cs compiles the same way: each file keeps its usings.
    /// </summary>
    public static string AsFile(string block, string className)
    {
        var lines = block.TrimEnd('\n').Split('\n');
        int body = 0;
        while (body < lines.Length && (lines[body].StartsWith("using ", StringComparison.Ordinal) || lines[body].Trim().Length == 0))
        {
            body++;
        }

        var file = new StringBuilder();
        foreach (var line in lines.Take(body))
        {
            file.Append(line).Append('\n');
        }

        file.Append($"internal static class {className}\n{{\n    public static void Run()\n    {{\n");
        foreach (var line in lines.Skip(body))
        {
            file.Append("        ").Append(line).Append('\n');
        }

        return file.Append("    }\n}\n").ToString();
    }
}
