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
        // Issue 14: other encodings, class names that differ only in case, members of System.Object, control characters, file names.
        ("encoding", 4), ("case-collision", 4), ("object-member", 3), ("control-chars", 4), ("file-name", 3),
    };

    /// <summary>Ids of members every object has, in the spellings that map to them.</summary>
    private static readonly string[] ObjectMemberIds =
        { "equals", "to-string", "toString", "get-hash-code", "get_type", "memberwise-clone", "finalize", "reference-equals", "Equals" };

    /// <summary>Region ids whose classes differ only in case (FuzzRegion, FuzzrEgion, …): cases in one batch collide case-insensitively.</summary>
    private static readonly string[] CaseVariants = { "fuzzregion", "fuzz-region", "fuzzr-egion", "f-uzzregion", "fuzz-r-egion" };

    /// <summary>Characters text copied from a PDF brings, and others XML docs or comments cannot hold as they are.</summary>
    private static readonly string[] ControlCharacters =
        { "\u0001", "\u0008", "\u000B", "\u000C", "\u001F", "\u007F", "\u0085", "\u2028", "\u2029", "\uFFFE", "\uFFFF", "\r\n", "\t", "]]>", "-->", "<!--", "&#x1;" };

    /// <summary>File names a plan may have: line separators end a comment, other characters a hint name cannot hold.</summary>
    private static readonly string[] FileNameParts =
        { "\u2028", "\u2029", "\u0085", "\r\n", "*", " ", "#line 1", "\u0001", "测试", "..", "\\", "\"" };

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

            case "encoding":
            {
                string text = FuzzDocumentWriter.Write(document, style, rng);
                Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
                switch (rng.Next(5))
                {
                    case 0:
                        notes.Add("UTF-16 LE with a BOM");
                        return new FuzzCase(number, caseSeed, path, FromBytes(new UnicodeEncoding(false, true), text, null), kinds, notes, WholeFile: false, MustBeValid: true);
                    case 1:
                        notes.Add("UTF-16 BE with a BOM");
                        return new FuzzCase(number, caseSeed, path, FromBytes(new UnicodeEncoding(true, true), text, null), kinds, notes, WholeFile: false, MustBeValid: true);
                    case 2:
                        notes.Add("GB18030, decoded as UTF-8 with replacement");
                        return new FuzzCase(number, caseSeed, path, FromBytes(Encoding.GetEncoding("GB18030"), text, null), kinds, notes, WholeFile: false, MustBeValid: false);
                    case 3:
                        notes.Add("GBK, decoded with a fallback code page as the compiler does");
                        return new FuzzCase(number, caseSeed, path, FromBytes(Encoding.GetEncoding(936), text, Encoding.Latin1), kinds, notes, WholeFile: false, MustBeValid: false);
                    default:
                        notes.Add("UTF-8 with a BOM");
                        return new FuzzCase(number, caseSeed, path, FromBytes(new UTF8Encoding(true), text, null), kinds, notes, WholeFile: false, MustBeValid: true);
                }
            }

            case "case-collision":
            {
                string region = CaseVariants[rng.Next(CaseVariants.Length)];
                notes.Add("region " + region + ", shortId fuzzy");
                SetString(document.Root, region, "region", "id");
                SetString(document.Root, "fuzzy", "shortId");
                return new FuzzCase(number, caseSeed, path, SourceText.From(FuzzDocumentWriter.Write(document, style, rng)), kinds, notes, WholeFile: false, MustBeValid: false);
            }

            case "object-member":
            {
                string id = ObjectMemberIds[rng.Next(ObjectMemberIds.Length)];
                string[][] places = { new[] { "shortId" }, new[] { "region", "id" }, new[] { "indicators", "0", "id" } };
                var place = places[rng.Next(places.Length)];
                notes.Add(string.Join(".", place) + " = " + id);
                SetString(document.Root, id, place);
                return new FuzzCase(number, caseSeed, path, SourceText.From(FuzzDocumentWriter.Write(document, style, rng)), kinds, notes, WholeFile: false, MustBeValid: false);
            }

            case "control-chars":
            {
                string[][] places = { new[] { "nameEn" }, new[] { "nameZh" }, new[] { "document" }, new[] { "region", "nameEn" }, new[] { "indicators", "0", "nameEn" }, new[] { "indicators", "0", "nameZh" } };
                foreach (var place in places.Where(_ => rng.Next(2) == 0).DefaultIfEmpty(places[0]))
                {
                    string inserted = ControlCharacters[rng.Next(ControlCharacters.Length)] + (rng.Next(4) == 0 ? "\uD800" : string.Empty);
                    notes.Add(string.Join(".", place) + " gets " + Printable.Ascii(inserted, 40));
                    SetString(document.Root, "x" + inserted + "y", place);
                }

                return new FuzzCase(number, caseSeed, path, SourceText.From(FuzzDocumentWriter.Write(document, style, rng)), kinds, notes, WholeFile: false, MustBeValid: false);
            }

            case "file-name":
            {
                string part = FileNameParts[rng.Next(FileNameParts.Length)];
                notes.Add("file name with " + Printable.Ascii(part, 20));
                string named = $"/fuzz/case{number:D5}{part}x.plan.json";
                return new FuzzCase(number, caseSeed, named, SourceText.From(FuzzDocumentWriter.Write(document, style, rng)), kinds, notes, WholeFile: false, MustBeValid: true);
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

    private static SourceText FromBytes(Encoding encoding, string text, Encoding? decodeAs)
    {
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(text)).ToArray();
        return SourceText.From(bytes, bytes.Length, decodeAs);
    }

    /// <summary>Sets the string at <paramref name="path"/> (property names, or an array index), if the document has it.</summary>
    private static void SetString(Node root, string value, params string[] path)
    {
        Node? node = root;
        for (int i = 0; i < path.Length - 1 && node is not null; i++)
        {
            node = node switch
            {
                Obj obj => obj.Props.FirstOrDefault(p => p.Key == path[i])?.Value,
                Arr arr when int.TryParse(path[i], out int index) && index < arr.Items.Count => arr.Items[index],
                _ => null,
            };
        }

        if (node is Obj target && target.Props.FirstOrDefault(p => p.Key == path[^1]) is { } prop)
        {
            prop.Value = new Str(value);
        }
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
