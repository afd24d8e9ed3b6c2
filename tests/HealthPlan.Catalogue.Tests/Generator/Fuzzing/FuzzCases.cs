using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using HealthPlan.Catalogue.Testing;
using Microsoft.CodeAnalysis.Text;

namespace HealthPlan.Catalogue.Tests.Generator.Fuzzing;

/// <summary>
/// Builds fuzz case <c>number</c> from its own seed, independently of every other case: most cases mutate a
/// reduced plan (the seed's top-level fields and three of its indicators, re-serialized with random formatting);
/// a share mutates a whole seed file.
/// </summary>
internal static class FuzzCases
{
    private const double WholeFileShare = 0.12;

    private static readonly Lazy<IReadOnlyList<SeedPlan>> Seeds = new(LoadSeeds);

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
                string text = FuzzDocumentWriter.Write(document, style, rng);
                bool bom = rng.Next(3) == 0;
                notes.Add(bom ? "with a BOM" : "no BOM");
                var withBom = ByteMutations.Utf8WithBom(text);
                var source = bom ? SourceText.From(withBom, withBom.Length) : SourceText.From(text);
                return new FuzzCase(number, caseSeed, path, source, kinds, notes, WholeFile: false, MustBeValid: true);
            }

            case "byte-flip" or "truncate" or "invalid-utf8":
            {
                var bytes = Encoding.UTF8.GetBytes(FuzzDocumentWriter.Write(document, style, rng));
                return new FuzzCase(number, caseSeed, path, ByteMutations.Apply(kind, bytes, rng, notes), kinds, notes, WholeFile: false, MustBeValid: false);
            }

            case "empty":
                return new FuzzCase(number, caseSeed, path, SourceText.From(Array.Empty<byte>(), 0), kinds, notes, WholeFile: false, MustBeValid: false);
            case "whitespace-only":
                return new FuzzCase(number, caseSeed, path, SourceText.From(ByteMutations.WhitespaceOnly(rng, notes)), kinds, notes, WholeFile: false, MustBeValid: false);
            case "bom-only":
            {
                var bytes = ByteMutations.BomOnly(rng, notes);
                return new FuzzCase(number, caseSeed, path, SourceText.From(bytes, bytes.Length), kinds, notes, WholeFile: false, MustBeValid: false);
            }

            default:
            {
                notes.Add(StructuralMutations.Apply(kind, document, rng));
                if (rng.Next(5) == 0)
                {
                    for (int extra = rng.Next(1, 3); extra > 0; extra--)
                    {
                        string more = StructuralMutations.Kinds[rng.Next(StructuralMutations.Kinds.Length)];
                        kinds.Add(more);
                        notes.Add(StructuralMutations.Apply(more, document, rng));
                    }
                }

                return new FuzzCase(number, caseSeed, path, SourceText.From(FuzzDocumentWriter.Write(document, style, rng)), kinds, notes, WholeFile: false, MustBeValid: false);
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
            var text = ByteMutations.Apply(kind, (byte[])seed.Bytes.Clone(), rng, notes);
            return new FuzzCase(number, caseSeed, path, text, kinds, notes, WholeFile: true, MustBeValid: false);
        }

        var document = new Holder(seed.Root.Clone());
        notes.Add(StructuralMutations.Apply(kind, document, rng));
        return new FuzzCase(number, caseSeed, path, SourceText.From(FuzzDocumentWriter.Write(document, Style.Seed, rng)), kinds, notes, WholeFile: true, MustBeValid: false);
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

    private static IReadOnlyList<SeedPlan> LoadSeeds()
    {
        var options = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
        return RepositoryPaths.SeedPlanFiles
            .Select(path =>
            {
                var bytes = File.ReadAllBytes(path);
                using var json = JsonDocument.Parse(bytes, options);
                return new SeedPlan(Path.GetFileName(path), bytes, FuzzDocument.FromElement(json.RootElement));
            })
            .ToList();
    }
}

internal sealed record FuzzCase(int Number, int Seed, string Path, SourceText Text, IReadOnlyList<string> Kinds, IReadOnlyList<string> Notes, bool WholeFile, bool MustBeValid)
{
    /// <summary>How a failure names the case: enough to rebuild it and to see what was done to it.</summary>
    public string Name => $"case {Number} [{string.Join("+", Kinds)}] (case seed {Seed}; {string.Join("; ", Notes)})";
}

internal sealed record SeedPlan(string Name, byte[] Bytes, Node Root);
