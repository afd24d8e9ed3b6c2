using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using HealthPlan.Catalogue.Testing;
using HealthPlan.Catalogue.Tests.Generator.Fuzzing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace HealthPlan.Catalogue.Tests.Generator;

/// <summary>
/// A deterministic fuzz test: the seed plans, mutated ten thousand ways, must never crash the generator.
/// Every case either gets at least one diagnostic located in its own file, or generates code that compiles.
/// </summary>
/// <remarks>
/// <see cref="FuzzCases"/> builds the cases from the seeds with <see cref="StructuralMutations"/> on the JSON
/// tree (<see cref="FuzzDocument"/>) and <see cref="ByteMutations"/> on the bytes. Reduced-plan cases run in
/// batches of <see cref="BatchSize"/> files per generator run; whole-file cases run alone without compiling.
/// Each case draws its own seed from <c>System.Random(20261122)</c>, so a failure names the case number,
/// its seed and its mutations, and <see cref="FuzzCases.Generate"/> rebuilds that case alone.
/// </remarks>
public class FuzzTests
{
    private const int RandomSeed = 20261122;
    private const int CaseCount = 10_000;
    private const int BatchSize = 25;
    private const string ConceptsPath = "/fuzz/concepts.json";

    private static readonly Lazy<SourceText> Concepts = new(() =>
    {
        var bytes = File.ReadAllBytes(RepositoryPaths.ConceptsFile);
        return SourceText.From(bytes, bytes.Length);
    });
    private static readonly Lazy<CSharpCompilation> BaseCompilation = new(() => GeneratorHarness.Compilation());

    [Fact]
    public void Mutated_plan_files_never_crash_the_generator_and_are_reported_or_compile()
    {
        var master = new Random(RandomSeed);
        var failures = new List<string>();
        var stats = new Stats();
        var batch = new List<FuzzCase>();
        int batches = 0;

        for (int number = 0; number < CaseCount; number++)
        {
            int caseSeed = master.Next();
            FuzzCase fuzzCase;
            try
            {
                fuzzCase = FuzzCases.Generate(number, caseSeed);
            }
            catch (Exception exception)
            {
                failures.Add($"case {number} (case seed {caseSeed}): building the case threw {exception}");
                continue;
            }

            stats.Cases++;
            if (fuzzCase.WholeFile)
            {
                failures.AddRange(Check(new[] { fuzzCase }, withConcepts: false, stats));
                continue;
            }

            batch.Add(fuzzCase);
            if (batch.Count == BatchSize)
            {
                failures.AddRange(Check(batch, withConcepts: batches++ % 2 == 0, stats));
                batch.Clear();
            }
        }

        if (batch.Count > 0)
        {
            failures.AddRange(Check(batch, withConcepts: false, stats));
        }

        Assert.True(failures.Count == 0,
            $"{failures.Count} fuzz failure(s) (System.Random({RandomSeed}); rebuild a case with FuzzCases.Generate(number, caseSeed)):\n"
            + string.Join("\n", failures.Take(30)));

        // The fuzzer must keep exercising both outcomes, or it silently stops testing one of them.
        Assert.True(stats.Cases >= CaseCount, $"only {stats.Cases} cases ran");
        Assert.True(stats.Reported >= CaseCount / 2, $"only {stats.Reported} cases were reported: {stats}");
        Assert.True(stats.Compiled >= CaseCount / 20, $"only {stats.Compiled} cases compiled: {stats}");
        Assert.True(stats.Kinds.Count >= 16 && stats.Kinds.Values.All(count => count >= 20), $"a mutation kind ran too rarely: {stats}");
    }

    /// <summary>Runs the generator once over the cases; returns one message per problem, naming its case.</summary>
    private static List<string> Check(IReadOnlyList<FuzzCase> cases, bool withConcepts, Stats? stats)
    {
        var files = cases.Select(c => (AdditionalText)new InMemoryAdditionalText(c.Path, c.Text)).ToList();
        if (withConcepts)
        {
            files.Add(new InMemoryAdditionalText(ConceptsPath, Concepts.Value));
        }

        var driver = GeneratorHarness.Driver(files).RunGeneratorsAndUpdateCompilation(BaseCompilation.Value, out var output, out var driverDiagnostics);
        var run = driver.GetRunResult();
        var result = run.Results.Single();

        var attributed = new List<string>();
        var unattributed = new List<string>();
        if (result.Exception is { } exception)
        {
            unattributed.Add($"the generator threw {exception.GetType().Name}: {exception.Message}");
        }

        foreach (var failure in run.Diagnostics.Concat(driverDiagnostics).Where(d => d.Id is "CS8784" or "CS8785"))
        {
            unattributed.Add($"generator failure {Describe(failure)}");
        }

        var byPath = cases.ToDictionary(c => c.Path, StringComparer.Ordinal);
        var errors = cases.ToDictionary(c => c, _ => 0);
        foreach (var diagnostic in run.Diagnostics.Where(d => d.Id is not ("CS8784" or "CS8785")))
        {
            if (diagnostic.Location.Kind != LocationKind.ExternalFile
                || !byPath.TryGetValue(diagnostic.Location.GetLineSpan().Path, out var owner))
            {
                unattributed.Add($"diagnostic without a location in a plan file: {Describe(diagnostic)}");
                continue;
            }

            if (LocationProblem(diagnostic, owner.Text) is { } problem)
            {
                attributed.Add(owner.Name + ": " + problem + ": " + Describe(diagnostic));
            }

            if (diagnostic.Id == "HPC0001" && owner.Kinds.Count == 1 && owner.Kinds[0] == "truncate" && TruncationProblem(diagnostic, owner.Text) is { } misplaced)
            {
                attributed.Add(owner.Name + ": " + misplaced + ": " + Describe(diagnostic));
            }

            if (diagnostic.Id == "HPC0017")
            {
                attributed.Add(owner.Name + ": the generator caught an unexpected exception: " + Describe(diagnostic));
            }

            if (diagnostic.Severity == DiagnosticSeverity.Error)
            {
                errors[owner]++;
            }
        }

        // Which case each generated file came from: its header names the plan file.
        var generated = new HashSet<FuzzCase>();
        foreach (var source in result.GeneratedSources)
        {
            if (OwnerOf(source.SourceText, cases) is { } owner)
            {
                generated.Add(owner);
            }
        }

        var toCompile = new List<FuzzCase>();
        foreach (var c in cases)
        {
            if (c.MustBeValid && errors[c] > 0)
            {
                attributed.Add(c.Name + ": an unmutated (only reformatted) plan was reported: "
                    + string.Join("; ", run.Diagnostics.Where(d => d.Location.GetLineSpan().Path == c.Path).Take(3).Select(Describe)));
            }

            if (errors[c] > 0)
            {
                continue;
            }

            if (!generated.Contains(c))
            {
                attributed.Add(c.Name + ": no error was reported, yet no code was generated");
            }
            else if (!c.WholeFile)
            {
                toCompile.Add(c);
            }
        }

        // Code generated from a plan with errors (its valid part) must compile too.
        var compiled = new HashSet<FuzzCase>(toCompile);
        var partial = new HashSet<FuzzCase>(generated.Where(c => errors[c] > 0 && !c.WholeFile));
        if (toCompile.Count > 0 || partial.Count > 0)
        {
            foreach (var error in output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error))
            {
                var owner = error.Location.SourceTree is { } tree ? OwnerOf(tree.GetText(), cases) : null;
                if (owner is null)
                {
                    unattributed.Add("the generated code does not compile: " + Describe(error));
                }
                else if (compiled.Remove(owner))
                {
                    attributed.Add(owner.Name + ": no error was reported, yet the generated code does not compile: " + Describe(error));
                }
                else if (partial.Remove(owner))
                {
                    attributed.Add(owner.Name + ": the code generated from the valid part of a plan with errors does not compile: " + Describe(error));
                }
            }
        }

        if (unattributed.Count > 0 && cases.Count > 1)
        {
            // Find the culprit: the same cases one at a time.
            var alone = cases.SelectMany(c => Check(new[] { c }, withConcepts, stats: null)).ToList();
            if (alone.Count == 0)
            {
                alone.Add($"batch of cases {string.Join(", ", cases.Select(c => c.Number))}: {string.Join("; ", unattributed.Take(5))}");
            }

            return alone;
        }

        if (stats is not null)
        {
            foreach (var c in cases)
            {
                foreach (var kind in c.Kinds)
                {
                    stats.Kinds[kind] = stats.Kinds.TryGetValue(kind, out int count) ? count + 1 : 1;
                }

                if (errors[c] > 0)
                {
                    stats.Reported++;
                }
                else if (compiled.Contains(c))
                {
                    stats.Compiled++;
                }
                else if (c.WholeFile)
                {
                    stats.GeneratedUncompiled++;
                }
            }
        }

        return attributed.Concat(unattributed.Select(problem => (cases.Count == 1 ? cases[0].Name + ": " : string.Empty) + problem)).ToList();
    }

    /// <summary>Why the diagnostic's location is not a real place in the file, or null when it is.</summary>
    private static string? LocationProblem(Diagnostic diagnostic, SourceText text)
    {
        var lineSpan = diagnostic.Location.GetLineSpan();
        var span = diagnostic.Location.SourceSpan;
        if (lineSpan.StartLinePosition.Line < 0 || lineSpan.EndLinePosition.Line >= text.Lines.Count || lineSpan.StartLinePosition > lineSpan.EndLinePosition)
        {
            return $"the location's lines {lineSpan.StartLinePosition}-{lineSpan.EndLinePosition} lie outside the file's {text.Lines.Count} lines";
        }

        if (lineSpan.StartLinePosition.Character > text.Lines[lineSpan.StartLinePosition.Line].SpanIncludingLineBreak.Length
            || lineSpan.EndLinePosition.Character > text.Lines[lineSpan.EndLinePosition.Line].SpanIncludingLineBreak.Length)
        {
            return $"the location's columns {lineSpan.StartLinePosition}-{lineSpan.EndLinePosition} lie beyond the end of their line";
        }

        if (span.End > text.Length)
        {
            return $"the location's span {span} ends after the file's {text.Length} characters";
        }

        if (text.Lines.GetLinePositionSpan(span) != lineSpan.Span)
        {
            return $"the location's span {span} is at {text.Lines.GetLinePositionSpan(span)} in the file, but its lines say {lineSpan.Span}";
        }

        return null;
    }

    /// <summary>
    /// A file cut short is valid JSON up to the cut, so the reader can only fail at its end: the error must
    /// point at the last line or near the end, wherever the file breaks its lines (CR, LF, U+2028 in a string).
    /// </summary>
    private static string? TruncationProblem(Diagnostic diagnostic, SourceText text)
    {
        int start = diagnostic.Location.SourceSpan.Start;
        var position = diagnostic.Location.GetLineSpan().StartLinePosition;
        int lastLine = text.Lines.Count - 1;
        while (lastLine > 0 && text.Lines[lastLine].ToString().Trim().Length == 0)
        {
            lastLine--;
        }

        return position.Line >= lastLine || start >= text.Length - 400
            ? null
            : $"the file is cut at character {text.Length} (line {text.Lines.Count - 1}), yet the JSON error points at {position}";
    }

    private static FuzzCase? OwnerOf(SourceText generated, IReadOnlyList<FuzzCase> cases)
    {
        if (generated.Lines.Count < 2)
        {
            return null;
        }

        string header = generated.Lines[1].ToString();
        return cases.FirstOrDefault(c => header.Contains(" from " + HealthPlan.Catalogue.Generators.Emit.Literals.OneLine(Path.GetFileName(c.Path)) + ". ", StringComparison.Ordinal));
    }

    private static string Describe(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        string where = diagnostic.Location.Kind == LocationKind.None ? "no location" : $"{span.Path}{span.Span}";
        return $"{diagnostic.Id} at {where}: {Printable.Ascii(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), 300)}";
    }

    private sealed class Stats
    {
        public int Cases { get; set; }

        public int Reported { get; set; }

        public int Compiled { get; set; }

        public int GeneratedUncompiled { get; set; }

        public SortedDictionary<string, int> Kinds { get; } = new(StringComparer.Ordinal);

        public override string ToString()
            => $"{Cases} cases, {Reported} reported, {Compiled} compiled, {GeneratedUncompiled} whole files generated without compiling; "
               + string.Join(", ", Kinds.Select(kind => $"{kind.Key} {kind.Value}"));
    }
}
