using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using HealthPlan.Catalogue.Testing;

namespace HealthPlan.Catalogue.Tests.Generator;

/// <summary>
/// A deterministic fuzz test: the seed plans, mutated ten thousand ways, must never crash the generator.
/// Every case either gets at least one diagnostic located in its own file, or generates code that compiles.
/// </summary>
/// <remarks>
/// Most cases mutate a reduced plan (the seed's top-level fields and three of its indicators, re-serialized
/// with random formatting), run in batches of <see cref="BatchSize"/> files per generator run; a share
/// mutates a whole seed file and runs alone without compiling. Each case draws its own seed from
/// <c>System.Random(20261122)</c>, so a failure names the case number, its seed and its mutations, and
/// <see cref="Generate"/> rebuilds that case alone.
/// </remarks>
public class FuzzTests
{
    private const int RandomSeed = 20261122;
    private const int CaseCount = 10_000;
    private const int BatchSize = 25;
    private const double WholeFileShare = 0.12;
    private const string ConceptsPath = "/fuzz/concepts.json";

    private static readonly Lazy<IReadOnlyList<SeedPlan>> Seeds = new(LoadSeeds);
    private static readonly Lazy<SourceText> Concepts = new(() =>
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepositoryPaths.Seeds, "concepts.json"));
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
                fuzzCase = Generate(number, caseSeed);
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
            $"{failures.Count} fuzz failure(s) (System.Random({RandomSeed}); rebuild a case with FuzzTests.Generate(number, caseSeed)):\n"
            + string.Join("\n", failures.Take(30)));

        // The fuzzer must keep exercising both outcomes, or it silently stops testing one of them.
        Assert.True(stats.Cases >= CaseCount, $"only {stats.Cases} cases ran");
        Assert.True(stats.Reported >= CaseCount / 2, $"only {stats.Reported} cases were reported: {stats}");
        Assert.True(stats.Compiled >= CaseCount / 20, $"only {stats.Compiled} cases compiled: {stats}");
        Assert.True(stats.Kinds.Count >= 16 && stats.Kinds.Values.All(count => count >= 20), $"a mutation kind ran too rarely: {stats}");
    }

    // ---------------------------------------------------------------------------------------------
    // Running the generator and judging the outcome

    /// <summary>Runs the generator once over the cases; returns one message per problem, naming its case.</summary>
    private static List<string> Check(IReadOnlyList<FuzzCase> cases, bool withConcepts, Stats? stats)
    {
        var files = cases.Select(c => (AdditionalText)new FuzzText(c.Path, c.Text)).ToList();
        if (withConcepts)
        {
            files.Add(new FuzzText(ConceptsPath, Concepts.Value));
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

        var compiled = new HashSet<FuzzCase>(toCompile);
        if (toCompile.Count > 0)
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
        return cases.FirstOrDefault(c => header.Contains(" from " + Path.GetFileName(c.Path) + ". ", StringComparison.Ordinal));
    }

    private static string Describe(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        string where = diagnostic.Location.Kind == LocationKind.None ? "no location" : $"{span.Path}{span.Span}";
        return $"{diagnostic.Id} at {where}: {Ascii(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), 300)}";
    }

    // ---------------------------------------------------------------------------------------------
    // Building the cases

    /// <summary>Builds case <paramref name="number"/> from its own seed, independently of every other case.</summary>
    internal static FuzzCase Generate(int number, int caseSeed)
    {
        var rng = new Random(caseSeed);
        var seed = Seeds.Value[rng.Next(Seeds.Value.Count)];
        string path = $"/fuzz/case{number:D5}.plan.json";
        return rng.NextDouble() < WholeFileShare
            ? GenerateWholeFile(number, caseSeed, rng, seed, path)
            : GenerateReduced(number, caseSeed, rng, seed, path);
    }

    private static readonly (string Kind, int Weight)[] ReducedKinds =
    {
        ("reformat", 4), ("delete-field", 9), ("duplicate-field", 7), ("wrong-type", 11), ("huge-number", 8),
        ("nan-like", 5), ("deep-nesting", 4), ("random-unicode", 10), ("bad-id", 10), ("vocabulary-swap", 7),
        ("byte-flip", 9), ("truncate", 5), ("invalid-utf8", 6), ("empty", 1), ("whitespace-only", 1), ("bom-only", 1),
    };

    private static readonly (string Kind, int Weight)[] WholeKinds =
    {
        ("byte-flip", 25), ("truncate", 20), ("invalid-utf8", 15), ("delete-field", 8), ("duplicate-field", 6),
        ("wrong-type", 8), ("huge-number", 5), ("random-unicode", 6), ("bad-id", 5), ("nan-like", 2),
    };

    private static readonly string[] StructuralKinds =
        { "delete-field", "duplicate-field", "wrong-type", "huge-number", "nan-like", "deep-nesting", "random-unicode", "bad-id", "vocabulary-swap" };

    private static FuzzCase GenerateReduced(int number, int caseSeed, Random rng, SeedPlan seed, string path)
    {
        var document = Reduce(seed, rng, number);
        string kind = Pick(rng, ReducedKinds);
        var kinds = new List<string> { kind };
        var notes = new List<string> { "reduced " + seed.Name };
        var style = Style.Draw(rng);
        notes.Add(style.ToString());

        switch (kind)
        {
            case "reformat":
            {
                string text = Writer.Write(document, style, rng);
                bool bom = rng.Next(3) == 0;
                notes.Add(bom ? "with a BOM" : "no BOM");
                var withBom = Utf8WithBom(text);
                var source = bom ? SourceText.From(withBom, withBom.Length) : SourceText.From(text);
                return new FuzzCase(number, caseSeed, path, source, kinds, notes, WholeFile: false, MustBeValid: true);
            }

            case "byte-flip" or "truncate" or "invalid-utf8":
            {
                var bytes = Encoding.UTF8.GetBytes(Writer.Write(document, style, rng));
                return new FuzzCase(number, caseSeed, path, MutateBytes(kind, bytes, rng, notes), kinds, notes, WholeFile: false, MustBeValid: false);
            }

            case "empty":
                return new FuzzCase(number, caseSeed, path, SourceText.From(Array.Empty<byte>(), 0), kinds, notes, WholeFile: false, MustBeValid: false);
            case "whitespace-only":
                return new FuzzCase(number, caseSeed, path, SourceText.From(WhitespaceOnly(rng, notes)), kinds, notes, WholeFile: false, MustBeValid: false);
            case "bom-only":
            {
                var bytes = BomOnly(rng, notes);
                return new FuzzCase(number, caseSeed, path, SourceText.From(bytes, bytes.Length), kinds, notes, WholeFile: false, MustBeValid: false);
            }

            default:
            {
                notes.Add(Mutate(kind, document, rng));
                if (rng.Next(5) == 0)
                {
                    for (int extra = rng.Next(1, 3); extra > 0; extra--)
                    {
                        string more = StructuralKinds[rng.Next(StructuralKinds.Length)];
                        kinds.Add(more);
                        notes.Add(Mutate(more, document, rng));
                    }
                }

                return new FuzzCase(number, caseSeed, path, SourceText.From(Writer.Write(document, style, rng)), kinds, notes, WholeFile: false, MustBeValid: false);
            }
        }
    }

    private static FuzzCase GenerateWholeFile(int number, int caseSeed, Random rng, SeedPlan seed, string path)
    {
        string kind = Pick(rng, WholeKinds);
        var kinds = new List<string> { kind };
        var notes = new List<string> { "whole " + seed.Name };
        if (kind is "byte-flip" or "truncate" or "invalid-utf8")
        {
            var text = MutateBytes(kind, (byte[])seed.Bytes.Clone(), rng, notes);
            return new FuzzCase(number, caseSeed, path, text, kinds, notes, WholeFile: true, MustBeValid: false);
        }

        var document = new Holder(seed.Root.Clone());
        notes.Add(Mutate(kind, document, rng));
        return new FuzzCase(number, caseSeed, path, SourceText.From(Writer.Write(document, Style.Seed, rng)), kinds, notes, WholeFile: true, MustBeValid: false);
    }

    /// <summary>The seed's top-level fields and three random indicators, with ids made unique to this case.</summary>
    private static Holder Reduce(SeedPlan seed, Random rng, int number)
    {
        var root = (Obj)seed.Root.Clone();
        foreach (var property in root.Props)
        {
            if (property.Key == "id" && property.Value is Str id)
            {
                property.Value = new Str($"{id.Value}-c{number}");
            }
            else if (property.Key == "region" && property.Value is Obj region)
            {
                foreach (var field in region.Props.Where(p => p.Key == "id" && p.Value is Str))
                {
                    field.Value = new Str($"{((Str)field.Value).Value}-c{number}");
                }
            }
            else if (property.Key == "indicators" && property.Value is Arr indicators)
            {
                var kept = Enumerable.Range(0, indicators.Items.Count).OrderBy(_ => rng.Next()).Take(3).OrderBy(i => i).ToList();
                property.Value = new Arr(kept.Select(i => indicators.Items[i]).ToList());
            }
        }

        return new Holder(root);
    }

    // ---------------------------------------------------------------------------------------------
    // Structural mutations on the JSON tree

    private static readonly string[] HugeNumbers =
    {
        "1e308", "1e999", "-1e999", "1E+400", "-0", "-0.0", "0e0", "12345678901234567890", "-12345678901234567890",
        "1.7976931348623157e308", "1.7976931348623159e308", "4.9e-324", "1e-400", "2147483647", "2147483648", "-2147483649",
        "9007199254740993", "0.30000000000000004", "123456789012345678901234567890.5", "2020.0", "2020.5", "2.02e3", "2.025E+3",
        "1899", "1900", "2200", "2201", "0", "-1", "1" + new string('0', 400), "0." + new string('0', 500) + "1",
        "1.000000000000000000000000000000000000000000000000001", "99999999999999999999999999999999999999999999999999e-30",
    };

    private static readonly string[] NaNStrings = { "NaN", "Infinity", "-Infinity", "+Infinity", "nan", "1e999", "∞", "6.3‰", "1,000", " 6.3", "", "6.3 " };

    private static readonly string[] NaNTokens = { "NaN", "Infinity", "-Infinity", "+1", ".5", "01", "1.", "0x1F", "1e", "--1", "1_000", "- 1", "undefined" };

    private static readonly string[] BadIds =
    {
        "class", "int", "namespace", "null", "true", "void", "event", "operator", "this", "base", "__arglist",
        "var", "value", "record", "async", "await", "nameof", "dynamic", "global", "partial", "yield", "when", "file", "required", "scoped",
        "2nd", "9", "0-rate", "-2nd", "_9", "--1a", "-_-3x", "a-1", "a_2b", "٣x", "１abc", "²a",
        "plan", "id", "document", "cite", "actuals", "assess", "indicators", "plans", "catalogue", "year", "build", "add",
        "to-string", "equals", "get-type", "get-hash-code", "memberwise-clone", "reference-equals", "finalize",
        "", " ", "-", "_", "a b", "é", "婴儿", "a.b", "a/b", "a\u0000b", "a\u2028b", "A", "a", "ab-", "-ab", "a--b", "fyp13", "fyp-13",
        "system", "global-x", "health-plan", "user-project", "plans-x", "catalogue-x",
        new string('a', 511), new string('a', 512), new string('a', 513), new string('b', 1000), string.Concat(Enumerable.Repeat("ab-", 200)),
    };

    private static readonly string[] VocabularyWords =
    {
        "years", "days", "minutes", "percent", "per-mille", "per-10k", "per-100k", "persons-per-1000", "persons-per-10k", "beds-per-1000",
        "yuan", "yuan-10k", "yuan-100m", "count", "persons", "persons-10k", "beds", "visits", "sex-ratio", "children-per-woman", "ratio", "achievement",
        ">=", "<=", ">", "<", "=", "range", "approx", "increase-by", "decrease-by", "qualitative",
        "province", "prefecture-city", "county-city", "district", "county",
        "health-status", "disease-control", "maternal-child-health", "family-planning", "medical-services", "health-resources", "primary-care",
        "medical-security", "public-health", "health-expenditure", "drugs", "informatization", "health-promotion", "elderly-care", "other",
        "higher-is-better", "lower-is-better", "neutral", "binding", "anticipatory",
        "percentt", "Percent", " percent", "range ", "≥", "", "==",
    };

    private static readonly string[] VocabularyFields = { "unit", "operator", "level", "category", "direction", "attribute" };

    private static string Mutate(string kind, Holder document, Random rng) => kind switch
    {
        "delete-field" => DeleteField(document, rng),
        "duplicate-field" => DuplicateField(document, rng),
        "wrong-type" => WrongType(document, rng),
        "huge-number" => HugeNumber(document, rng),
        "nan-like" => NaNLike(document, rng),
        "deep-nesting" => DeepNesting(document, rng),
        "random-unicode" => RandomUnicode(document, rng),
        "bad-id" => BadId(document, rng),
        "vocabulary-swap" => VocabularySwap(document, rng),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a structural mutation"),
    };

    private static string DeleteField(Holder document, Random rng)
    {
        var objects = Objects(document).Where(o => o.Node.Props.Count > 0).ToList();
        if (objects.Count == 0)
        {
            return "delete-field: no field to delete";
        }

        var (obj, path) = objects[rng.Next(objects.Count)];
        int index = rng.Next(obj.Props.Count);
        string key = obj.Props[index].Key;
        obj.Props.RemoveAt(index);
        return $"delete-field {path}.{key}";
    }

    private static string DuplicateField(Holder document, Random rng)
    {
        var objects = Objects(document).Where(o => o.Node.Props.Count > 0).ToList();
        if (objects.Count == 0)
        {
            return "duplicate-field: no field to duplicate";
        }

        var (obj, path) = objects[rng.Next(objects.Count)];
        var original = obj.Props[rng.Next(obj.Props.Count)];
        bool same = rng.Next(2) == 0;
        var copy = new Prop(original.Key, same ? original.Value.Clone() : RandomValue(rng, document));
        obj.Props.Insert(rng.Next(obj.Props.Count + 1), copy);
        return $"duplicate-field {path}.{original.Key} ({(same ? "same value" : "value " + Ascii(Writer.Compact(copy.Value), 60))})";
    }

    private static string WrongType(Holder document, Random rng)
    {
        var slot = PickSlot(document, rng);
        string current = TypeOf(slot.Value);
        var types = new[] { "string", "number", "array", "object", "null", "boolean" }.Where(t => t != current).ToArray();
        string type = types[rng.Next(types.Length)];
        Node value = type switch
        {
            "string" => new Str(new[] { "", "x", "2020", "6.3", "NaN", "null", "true", "[]", "{}", "婴儿死亡率" }[rng.Next(10)]),
            "number" => new Raw(new[] { "0", "-1", "2020", "6.3", "1e2", "-0", "0.5", "1" }[rng.Next(8)]),
            "array" => rng.Next(4) switch
            {
                0 => new Arr(new List<Node>()),
                1 => new Arr(new List<Node> { new Raw("1"), new Str("x") }),
                2 => new Arr(new List<Node> { new Obj(new List<Prop>()), new Raw("null") }),
                _ => new Arr(new List<Node> { slot.Value.Clone() }),
            },
            "object" => rng.Next(3) switch
            {
                0 => new Obj(new List<Prop>()),
                1 => new Obj(new List<Prop> { new("id", new Str("x")), new("year", new Raw("2020")) }),
                _ => RandomObject(document, rng),
            },
            "null" => new Raw("null"),
            _ => new Raw(rng.Next(2) == 0 ? "true" : "false"),
        };
        slot.Set(value);
        return $"wrong-type {slot.Path}: {current} -> {Ascii(Writer.Compact(value), 60)}";
    }

    private static string HugeNumber(Holder document, Random rng)
    {
        var numbers = Slots(document).Where(s => s.Value is Raw raw && raw.Text.Length > 0 && (char.IsDigit(raw.Text[0]) || raw.Text[0] == '-')).ToList();
        var slot = numbers.Count > 0 && rng.Next(10) < 8 ? numbers[rng.Next(numbers.Count)] : PickSlot(document, rng);
        string number = HugeNumbers[rng.Next(HugeNumbers.Length)];
        slot.Set(new Raw(number));
        return $"huge-number {slot.Path} = {Ascii(number, 40)}";
    }

    private static string NaNLike(Holder document, Random rng)
    {
        var numbers = Slots(document).Where(s => s.Value is Raw raw && raw.Text.Length > 0 && (char.IsDigit(raw.Text[0]) || raw.Text[0] == '-')).ToList();
        var slot = numbers.Count > 0 ? numbers[rng.Next(numbers.Count)] : PickSlot(document, rng);
        Node value = rng.Next(10) < 7 ? new Str(NaNStrings[rng.Next(NaNStrings.Length)]) : new Raw(NaNTokens[rng.Next(NaNTokens.Length)]);
        slot.Set(value);
        return $"nan-like {slot.Path} = {Ascii(Writer.Compact(value), 40)}";
    }

    private static string DeepNesting(Holder document, Random rng)
    {
        int depth = new[] { 10, 60, 62, 63, 64, 65, 200, 1000, 5000 }[rng.Next(9)];
        string shape = new[] { "arrays", "objects", "mixed" }[rng.Next(3)];
        var open = new StringBuilder();
        var close = new StringBuilder();
        for (int i = 0; i < depth; i++)
        {
            bool array = shape == "arrays" || (shape == "mixed" && i % 2 == 0);
            open.Append(array ? "[" : "{\"a\":");
            close.Insert(0, array ? "]" : "}");
        }

        if (rng.Next(10) == 0)
        {
            document.Root = new Wrapped(document.Root, open.ToString(), close.ToString());
            return $"deep-nesting: the whole plan inside {depth} nested {shape}";
        }

        var slot = PickSlot(document, rng);
        slot.Set(new Raw(open + (rng.Next(2) == 0 ? "1" : "\"x\"") + close));
        return $"deep-nesting {slot.Path}: {depth} nested {shape}";
    }

    private static string RandomUnicode(Holder document, Random rng)
    {
        var pieces = new StringBuilder();
        var shown = new StringBuilder();
        for (int count = rng.Next(1, 9); count > 0; count--)
        {
            var (json, display) = UnicodePiece(rng);
            pieces.Append(json);
            shown.Append(display);
        }

        if (rng.Next(4) == 0)
        {
            var props = Objects(document).SelectMany(o => o.Node.Props.Select(p => (Prop: p, o.Path))).ToList();
            if (props.Count > 0)
            {
                var (prop, path) = props[rng.Next(props.Count)];
                string original = prop.Key;
                prop.RawKey = "\"" + Insert(Writer.Escape(original), pieces.ToString(), rng) + "\"";
                return $"random-unicode in the key {path}.{original}: {shown}";
            }
        }

        var strings = Slots(document).Where(s => s.Value is Str).ToList();
        var slot = strings.Count > 0 ? strings[rng.Next(strings.Count)] : PickSlot(document, rng);
        string existing = slot.Value is Str text ? Writer.Escape(text.Value) : string.Empty;
        string mode = new[] { "insert", "replace", "append" }[rng.Next(3)];
        string content = mode switch
        {
            "insert" => Insert(existing, pieces.ToString(), rng),
            "replace" => pieces.ToString(),
            _ => existing + pieces,
        };
        slot.Set(new Raw("\"" + content + "\""));
        return $"random-unicode {slot.Path} ({mode}): {shown}";
    }

    /// <summary>Inserts <paramref name="piece"/> into escaped JSON string content, never inside an escape sequence.</summary>
    private static string Insert(string escaped, string piece, Random rng)
    {
        var boundaries = new List<int> { 0 };
        for (int i = 0; i < escaped.Length; i++)
        {
            if (escaped[i] == '\\')
            {
                i += escaped[i + 1] == 'u' ? 5 : 1;
            }
            else if (char.IsHighSurrogate(escaped[i]) && i + 1 < escaped.Length && char.IsLowSurrogate(escaped[i + 1]))
            {
                i++;
            }

            boundaries.Add(i + 1);
        }

        return escaped.Insert(boundaries[rng.Next(boundaries.Count)], piece);
    }

    /// <summary>A bit of JSON string content and how it is shown in a failure message.</summary>
    private static (string Json, string Display) UnicodePiece(Random rng)
    {
        string[] specials =
        {
            "</summary>", "<!--", "&amp;", "&", "<", ">", "{0}", "{", "}", "*/", "/*", "//", "#if X", "@\\\"", "\\\"\\\"\\\"", "\\\\", "'", "`",
            "<![CDATA[", "]]>", "\\u0000", "\\n", "\\r\\n", "\\t", "\\/", "\\b\\f", "\\uD83D\\uDE00", "\\uDE00\\uD83D", "\\uD800", "\\uDFFF",
            "\\ud83d", "\u2028", "\u2029", "\u0085", "\uFEFF", "\u202E", "\u200B", "\uFFFD", "\uFFFF", "\uFFFE",
        };
        switch (rng.Next(10))
        {
            case 0:
            case 1:
            {
                string special = specials[rng.Next(specials.Length)];
                return (special, Ascii(special, 20));
            }

            case 2:
            {
                // \uXXXX for any BMP code unit, lone surrogates included.
                string escape = "\\u" + rng.Next(0x10000).ToString(rng.Next(2) == 0 ? "X4" : "x4", System.Globalization.CultureInfo.InvariantCulture);
                return (escape, escape);
            }

            case 3:
            {
                // A raw character JSON forbids or the reader rejects: a control character, a lone surrogate, a bad escape.
                string raw = rng.Next(4) switch
                {
                    0 => ((char)rng.Next(0x20)).ToString(),
                    1 => ((char)rng.Next(0xD800, 0xE000)).ToString(),
                    2 => new[] { "\\x41", "\\u12G4", "\\U0041", "\\", "\\u12" }[rng.Next(5)],
                    _ => "\"",
                };
                return (raw, Ascii(raw, 20));
            }

            case 4:
            {
                string emoji = char.ConvertFromUtf32(rng.Next(0x1F300, 0x1FB00));
                return (emoji, Ascii(emoji, 20));
            }

            default:
            {
                int[] starts = { 0x20, 0xA0, 0x300, 0x4E00, 0x0600, 0x0E00, 0x2000, 0x3000, 0xFF00, 0xAC00 };
                int start = starts[rng.Next(starts.Length)];
                char c = (char)(start + rng.Next(start == 0x4E00 ? 0x5000 : 0x80));
                string piece = c switch
                {
                    '"' => "\\\"",
                    '\\' => "\\\\",
                    _ => c.ToString(),
                };
                return (piece, Ascii(piece, 20));
            }
        }
    }

    private static string BadId(Holder document, Random rng)
    {
        if (document.Root is not Obj root)
        {
            return "bad-id: the plan is not an object";
        }

        var indicators = (root.Props.FirstOrDefault(p => p.Key == "indicators")?.Value as Arr)?.Items.OfType<Obj>().ToList() ?? new List<Obj>();
        var region = root.Props.FirstOrDefault(p => p.Key == "region")?.Value as Obj;
        string? Existing(Obj? obj, string key) => (obj?.Props.FirstOrDefault(p => p.Key == key)?.Value as Str)?.Value;

        int target = rng.Next(10);
        Obj owner;
        string key;
        string where;
        if (target < 4 && indicators.Count > 0)
        {
            int index = rng.Next(indicators.Count);
            (owner, key, where) = (indicators[index], "id", $"indicators[{index}].id");
        }
        else if (target < 6 && region is not null)
        {
            (owner, key, where) = (region, "id", "region.id");
        }
        else if (target < 8)
        {
            (owner, key, where) = (root, "shortId", "shortId");
        }
        else
        {
            (owner, key, where) = (root, "id", "id");
        }

        string value;
        int source = rng.Next(10);
        var otherIds = indicators.Where(i => i != owner).Select(i => Existing(i, "id")).OfType<string>().ToList();
        if (source == 0 && where.StartsWith("indicators", StringComparison.Ordinal) && otherIds.Count > 0)
        {
            // A duplicate, or one that differs only in case or separators.
            string other = otherIds[rng.Next(otherIds.Count)];
            value = rng.Next(3) switch
            {
                0 => other,
                1 => other.Replace('-', '_'),
                _ => char.ToUpperInvariant(other[0]) + other.Substring(1),
            };
        }
        else if (source == 1)
        {
            // The same as another id of the plan, or an id every case in the batch shares.
            value = rng.Next(4) switch
            {
                0 => Existing(root, "shortId") ?? "fyp13",
                1 => Existing(region, "id") ?? "fuxin",
                2 => key == "shortId" ? "fyp" : "fuzz-shared",
                _ => Existing(indicators.FirstOrDefault(), "id") ?? "x",
            };
        }
        else
        {
            value = BadIds[rng.Next(BadIds.Length)];
        }

        var property = owner.Props.FirstOrDefault(p => p.Key == key);
        if (property is null)
        {
            owner.Props.Add(new Prop(key, new Str(value)));
        }
        else
        {
            property.Value = new Str(value);
        }

        return $"bad-id {where} = \"{Ascii(value, 40)}\"{(value.Length > 40 ? $" ({value.Length} chars)" : string.Empty)}";
    }

    private static string VocabularySwap(Holder document, Random rng)
    {
        var strings = Slots(document).Where(s => s.Value is Str).ToList();
        var vocabulary = strings.Where(s => VocabularyFields.Any(field => s.Path.EndsWith("." + field, StringComparison.Ordinal))).ToList();
        var pool = vocabulary.Count > 0 && rng.Next(10) < 8 ? vocabulary : strings;
        if (pool.Count == 0)
        {
            return "vocabulary-swap: no string to swap";
        }

        var slot = pool[rng.Next(pool.Count)];
        string word = VocabularyWords[rng.Next(VocabularyWords.Length)];
        slot.Set(new Str(word));
        return $"vocabulary-swap {slot.Path} = \"{word}\"";
    }

    private static Node RandomValue(Random rng, Holder document) => rng.Next(6) switch
    {
        0 => new Str("x"),
        1 => new Raw("2020"),
        2 => new Raw("null"),
        3 => new Arr(new List<Node>()),
        4 => RandomObject(document, rng),
        _ => PickSlot(document, rng).Value.Clone(),
    };

    private static Node RandomObject(Holder document, Random rng)
    {
        var objects = Objects(document).ToList();
        return objects.Count == 0 ? new Obj(new List<Prop>()) : objects[rng.Next(objects.Count)].Node.Clone();
    }

    private static string TypeOf(Node node) => node switch
    {
        Obj => "object",
        Arr => "array",
        Str => "string",
        Raw { Text: "null" } => "null",
        Raw { Text: "true" or "false" } => "boolean",
        _ => "number",
    };

    /// <summary>Half the time any value in the tree; half the time a field of a random object, so top-level fields get their share.</summary>
    private static Slot PickSlot(Holder document, Random rng)
    {
        if (rng.Next(50) == 0)
        {
            return new Slot(document, -1, "$");
        }

        if (rng.Next(2) == 0)
        {
            var objects = Objects(document).Where(o => o.Node.Props.Count > 0).ToList();
            if (objects.Count > 0)
            {
                var (obj, path) = objects[rng.Next(objects.Count)];
                int index = rng.Next(obj.Props.Count);
                return new Slot(obj, index, path + "." + obj.Props[index].Key);
            }
        }

        var slots = Slots(document).ToList();
        return slots.Count == 0 ? new Slot(document, -1, "$") : slots[rng.Next(slots.Count)];
    }

    private static IEnumerable<Slot> Slots(Holder document)
    {
        var pending = new Stack<(Node Node, string Path)>();
        pending.Push((document.Root, "$"));
        while (pending.Count > 0)
        {
            var (node, path) = pending.Pop();
            if (node is Obj obj)
            {
                for (int i = 0; i < obj.Props.Count; i++)
                {
                    string childPath = path + "." + obj.Props[i].Key;
                    yield return new Slot(obj, i, childPath);
                    pending.Push((obj.Props[i].Value, childPath));
                }
            }
            else if (node is Arr arr)
            {
                for (int i = 0; i < arr.Items.Count; i++)
                {
                    string childPath = $"{path}[{i}]";
                    yield return new Slot(arr, i, childPath);
                    pending.Push((arr.Items[i], childPath));
                }
            }
        }
    }

    private static IEnumerable<(Obj Node, string Path)> Objects(Holder document)
    {
        if (document.Root is Obj root)
        {
            yield return (root, "$");
        }

        foreach (var slot in Slots(document))
        {
            if (slot.Value is Obj obj)
            {
                yield return (obj, slot.Path);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Byte-level mutations

    private static readonly byte[][] InvalidUtf8 =
    {
        new byte[] { 0xFF }, new byte[] { 0xFE }, new byte[] { 0xC0, 0x80 }, new byte[] { 0xC1, 0xBF }, new byte[] { 0x80 }, new byte[] { 0xBF },
        new byte[] { 0xE4, 0xB8 }, new byte[] { 0xED, 0xA0, 0x80 }, new byte[] { 0xED, 0xBF, 0xBF }, new byte[] { 0xF4, 0x90, 0x80, 0x80 },
        new byte[] { 0xF8, 0x88, 0x80, 0x80, 0x80 }, new byte[] { 0xE0, 0x80, 0x80 }, new byte[] { 0xF0, 0x9F, 0x98 }, new byte[] { 0x85 },
    };

    /// <summary>Mutates the bytes and decodes them as the compiler reads a file: BOM detection, else UTF-8 with replacement (or Latin-1).</summary>
    private static SourceText MutateBytes(string kind, byte[] bytes, Random rng, List<string> notes)
    {
        switch (kind)
        {
            case "byte-flip":
            {
                var flips = new List<string>();
                for (int count = rng.Next(1, 9); count > 0 && bytes.Length > 0; count--)
                {
                    int at = rng.Next(bytes.Length);
                    byte before = bytes[at];
                    bytes[at] = rng.Next(2) == 0 ? (byte)(before ^ (1 << rng.Next(8))) : (byte)rng.Next(256);
                    flips.Add($"{at}:{before:X2}->{bytes[at]:X2}");
                }

                notes.Add("byte-flip " + string.Join(",", flips));
                break;
            }

            case "truncate":
            {
                int length = bytes.Length == 0 ? 0 : rng.Next(bytes.Length);
                notes.Add($"truncate at byte {length} of {bytes.Length}");
                bytes = bytes.Take(length).ToArray();
                break;
            }

            default:
            {
                var edits = new List<string>();
                var list = bytes.ToList();
                for (int count = rng.Next(1, 5); count > 0; count--)
                {
                    var sequence = InvalidUtf8[rng.Next(InvalidUtf8.Length)];
                    var quotes = Enumerable.Range(0, list.Count).Where(i => list[i] == (byte)'"').ToList();
                    int at = quotes.Count > 0 && rng.Next(2) == 0 ? quotes[rng.Next(quotes.Count)] + 1 : rng.Next(list.Count + 1);
                    bool overwrite = rng.Next(2) == 0;
                    if (overwrite)
                    {
                        list.RemoveRange(at, Math.Min(sequence.Length, list.Count - at));
                    }

                    list.InsertRange(at, sequence);
                    edits.Add($"{(overwrite ? "overwrite" : "insert")} {BitConverter.ToString(sequence)} at {at}");
                }

                notes.Add("invalid-utf8 " + string.Join(", ", edits));
                bytes = list.ToArray();
                break;
            }
        }

        if (kind != "truncate" && rng.Next(4) == 0)
        {
            notes.Add("decoded as Latin-1");
            return SourceText.From(bytes, bytes.Length, Encoding.Latin1);
        }

        notes.Add("decoded as UTF-8");
        return SourceText.From(bytes, bytes.Length);
    }

    private static string WhitespaceOnly(Random rng, List<string> notes)
    {
        string alphabet = rng.Next(5) == 0 ? " \t\r\n\u00A0\u3000\u2028\uFEFF" : " \t\r\n";
        var text = new string(Enumerable.Range(0, rng.Next(1, 200)).Select(_ => alphabet[rng.Next(alphabet.Length)]).ToArray());
        notes.Add($"{text.Length} whitespace characters from {Ascii(alphabet, 60)}");
        return text;
    }

    private static byte[] BomOnly(Random rng, List<string> notes)
    {
        byte[] bom = { 0xEF, 0xBB, 0xBF };
        switch (rng.Next(5))
        {
            case 0:
                notes.Add("BOM and whitespace");
                return bom.Concat(Encoding.UTF8.GetBytes(" \r\n\t ")).ToArray();
            case 1:
                notes.Add("two BOMs");
                return bom.Concat(bom).ToArray();
            default:
                notes.Add("a BOM alone");
                return bom;
        }
    }

    private static byte[] Utf8WithBom(string text) => new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(text)).ToArray();

    // ---------------------------------------------------------------------------------------------
    // Helpers

    private static string Pick(Random rng, (string Kind, int Weight)[] weighted)
    {
        int roll = rng.Next(weighted.Sum(w => w.Weight));
        foreach (var (kind, weight) in weighted)
        {
            if (roll < weight)
            {
                return kind;
            }

            roll -= weight;
        }

        return weighted[^1].Kind;
    }

    /// <summary>Text safe to print in a failure message: ASCII, with everything else as \uXXXX, cut to a length.</summary>
    private static string Ascii(string text, int max)
    {
        var builder = new StringBuilder();
        foreach (char c in text.Length > max ? text.Substring(0, max) : text)
        {
            builder.Append(c is >= ' ' and <= '~' ? c.ToString() : $"\\u{(int)c:X4}");
        }

        return text.Length > max ? builder + "…" : builder.ToString();
    }

    private static IReadOnlyList<SeedPlan> LoadSeeds()
    {
        var options = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
        return Directory.GetFiles(RepositoryPaths.Seeds, "*.plan.json")
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path =>
            {
                var bytes = File.ReadAllBytes(path);
                using var json = JsonDocument.Parse(bytes, options);
                return new SeedPlan(Path.GetFileName(path), bytes, FromElement(json.RootElement));
            })
            .ToList();
    }

    private static Node FromElement(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => new Obj(element.EnumerateObject().Select(p => new Prop(p.Name, FromElement(p.Value))).ToList()),
        JsonValueKind.Array => new Arr(element.EnumerateArray().Select(FromElement).ToList()),
        JsonValueKind.String => new Str(element.GetString()!),
        _ => new Raw(element.GetRawText()),
    };

    // ---------------------------------------------------------------------------------------------
    // Types

    internal sealed record FuzzCase(int Number, int Seed, string Path, SourceText Text, IReadOnlyList<string> Kinds, IReadOnlyList<string> Notes, bool WholeFile, bool MustBeValid)
    {
        /// <summary>How a failure names the case: enough to rebuild it and to see what was done to it.</summary>
        public string Name => $"case {Number} [{string.Join("+", Kinds)}] (case seed {Seed}; {string.Join("; ", Notes)})";
    }

    internal sealed record SeedPlan(string Name, byte[] Bytes, Node Root);

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

    private sealed class FuzzText : AdditionalText
    {
        private readonly SourceText _text;

        public FuzzText(string path, SourceText text)
        {
            Path = path;
            _text = text;
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    /// <summary>A tiny JSON tree that keeps duplicate keys and raw tokens (1e999, NaN, crafted strings), which System.Text.Json cannot.</summary>
    internal abstract class Node
    {
        public abstract Node Clone();
    }

    private sealed class Obj : Node
    {
        public Obj(List<Prop> props) => Props = props;

        public List<Prop> Props { get; }

        public override Node Clone() => new Obj(Props.Select(p => new Prop(p.Key, p.Value.Clone()) { RawKey = p.RawKey }).ToList());
    }

    private sealed class Prop
    {
        public Prop(string key, Node value)
        {
            Key = key;
            Value = value;
        }

        public string Key { get; }

        /// <summary>The key as a raw JSON token, when a mutation crafted it.</summary>
        public string? RawKey { get; set; }

        public Node Value { get; set; }
    }

    private sealed class Arr : Node
    {
        public Arr(List<Node> items) => Items = items;

        public List<Node> Items { get; }

        public override Node Clone() => new Arr(Items.Select(item => item.Clone()).ToList());
    }

    private sealed class Str : Node
    {
        public Str(string value) => Value = value;

        public string Value { get; }

        public override Node Clone() => this;
    }

    /// <summary>A token written as is: numbers, literals, crafted strings, deep nesting.</summary>
    private sealed class Raw : Node
    {
        public Raw(string text) => Text = text;

        public string Text { get; }

        public override Node Clone() => this;
    }

    private sealed class Wrapped : Node
    {
        public Wrapped(Node inner, string prefix, string suffix)
        {
            Inner = inner;
            Prefix = prefix;
            Suffix = suffix;
        }

        public Node Inner { get; }

        public string Prefix { get; }

        public string Suffix { get; }

        public override Node Clone() => new Wrapped(Inner.Clone(), Prefix, Suffix);
    }

    /// <summary>The document: holds the root so a mutation can replace it.</summary>
    private sealed class Holder : Node
    {
        public Holder(Node root) => Root = root;

        public Node Root { get; set; }

        public override Node Clone() => new Holder(Root.Clone());
    }

    private readonly record struct Slot(Node Parent, int Index, string Path)
    {
        public Node Value => Parent switch
        {
            Obj obj => obj.Props[Index].Value,
            Arr arr => arr.Items[Index],
            _ => ((Holder)Parent).Root,
        };

        public void Set(Node value)
        {
            switch (Parent)
            {
                case Obj obj:
                    obj.Props[Index].Value = value;
                    break;
                case Arr arr:
                    arr.Items[Index] = value;
                    break;
                default:
                    ((Holder)Parent).Root = value;
                    break;
            }
        }
    }

    /// <summary>How a case's JSON is laid out: every one of these is valid JSON for the generator's reader.</summary>
    private sealed record Style(string? Indent, string NewLine, bool TrailingCommas, bool Comments)
    {
        public static Style Seed { get; } = new("  ", "\n", false, false);

        public static Style Draw(Random rng) => new(
            new[] { null, "  ", "  ", "    ", "\t" }[rng.Next(5)],
            new[] { "\n", "\n", "\n", "\r\n", "\r\n", "\r" }[rng.Next(6)],
            rng.Next(6) == 0,
            rng.Next(6) == 0);

        public override string ToString()
            => $"{(Indent is null ? "compact" : Indent == "\t" ? "tab indent" : $"indent {Indent.Length}")}, "
               + $"{NewLine.Replace("\r", "CR", StringComparison.Ordinal).Replace("\n", "LF", StringComparison.Ordinal)}"
               + (TrailingCommas ? ", trailing commas" : string.Empty) + (Comments ? ", comments" : string.Empty);
    }

    private static class Writer
    {
        public static string Compact(Node node)
        {
            var builder = new StringBuilder();
            Write(node, builder, new Style(null, "\n", false, false), new Random(0), 0);
            return builder.ToString();
        }

        public static string Write(Node document, Style style, Random rng)
        {
            var builder = new StringBuilder();
            Write(document, builder, style, rng, 0);
            return builder.ToString();
        }

        /// <summary>JSON string content: quotes, backslashes and control characters escaped, everything else as is.</summary>
        public static string Escape(string value)
        {
            var builder = new StringBuilder(value.Length);
            foreach (char c in value)
            {
                builder.Append(c switch
                {
                    '"' => "\\\"",
                    '\\' => "\\\\",
                    < ' ' => $"\\u{(int)c:X4}",
                    _ => c.ToString(),
                });
            }

            return builder.ToString();
        }

        private static void Write(Node node, StringBuilder builder, Style style, Random rng, int depth)
        {
            switch (node)
            {
                case Holder holder:
                    Comment(builder, style, rng);
                    Write(holder.Root, builder, style, rng, depth);
                    Comment(builder, style, rng);
                    break;
                case Wrapped wrapped:
                    builder.Append(wrapped.Prefix);
                    Write(wrapped.Inner, builder, style, rng, depth);
                    builder.Append(wrapped.Suffix);
                    break;
                case Str text:
                    builder.Append('"').Append(Escape(text.Value)).Append('"');
                    break;
                case Raw raw:
                    builder.Append(raw.Text);
                    break;
                case Obj obj:
                    Container(builder, style, rng, depth, '{', '}', obj.Props.Count, i =>
                    {
                        var prop = obj.Props[i];
                        builder.Append(prop.RawKey ?? "\"" + Escape(prop.Key) + "\"").Append(style.Indent is null ? ":" : ": ");
                        Write(prop.Value, builder, style, rng, depth + 1);
                    });
                    break;
                case Arr arr:
                    Container(builder, style, rng, depth, '[', ']', arr.Items.Count, i => Write(arr.Items[i], builder, style, rng, depth + 1));
                    break;
            }
        }

        private static void Container(StringBuilder builder, Style style, Random rng, int depth, char open, char close, int count, Action<int> item)
        {
            builder.Append(open);
            for (int i = 0; i < count; i++)
            {
                NewLine(builder, style, depth + 1);
                Comment(builder, style, rng);
                item(i);
                if (i < count - 1 || style.TrailingCommas)
                {
                    builder.Append(',');
                }
            }

            if (count > 0)
            {
                NewLine(builder, style, depth);
            }

            builder.Append(close);
        }

        private static void NewLine(StringBuilder builder, Style style, int depth)
        {
            if (style.Indent is not null)
            {
                builder.Append(style.NewLine);
                for (int i = 0; i < depth; i++)
                {
                    builder.Append(style.Indent);
                }
            }
        }

        private static void Comment(StringBuilder builder, Style style, Random rng)
        {
            if (!style.Comments || rng.Next(8) != 0)
            {
                return;
            }

            string[] words = { "note", "婴儿死亡率 6.3‰", "TODO: check", "{ \"id\": 1 }", "line 39", "“quoted”" };
            string word = words[rng.Next(words.Length)];
            builder.Append(rng.Next(2) == 0 ? $"/* {word} */ " : $"// {word}\n");
        }
    }
}
