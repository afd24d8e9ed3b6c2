using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace HealthPlan.Catalogue.Tests.Generator.Fuzzing;

/// <summary>
/// Mutations of a plan file's bytes (flipped bits, a cut, invalid UTF-8) and the degenerate files
/// (whitespace only, a BOM alone).
/// </summary>
internal static class ByteMutations
{
    private static readonly byte[][] InvalidUtf8 =
    {
        new byte[] { 0xFF }, new byte[] { 0xFE }, new byte[] { 0xC0, 0x80 }, new byte[] { 0xC1, 0xBF }, new byte[] { 0x80 }, new byte[] { 0xBF },
        new byte[] { 0xE4, 0xB8 }, new byte[] { 0xED, 0xA0, 0x80 }, new byte[] { 0xED, 0xBF, 0xBF }, new byte[] { 0xF4, 0x90, 0x80, 0x80 },
        new byte[] { 0xF8, 0x88, 0x80, 0x80, 0x80 }, new byte[] { 0xE0, 0x80, 0x80 }, new byte[] { 0xF0, 0x9F, 0x98 }, new byte[] { 0x85 },
    };

    /// <summary>Mutates the bytes and decodes them as the compiler reads a file: BOM detection, else UTF-8 with replacement (or Latin-1).</summary>
    public static SourceText Apply(string kind, byte[] bytes, Random rng, List<string> notes)
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

    public static string WhitespaceOnly(Random rng, List<string> notes)
    {
        string alphabet = rng.Next(5) == 0 ? " \t\r\n\u00A0\u3000\u2028\uFEFF" : " \t\r\n";
        var text = new string(Enumerable.Range(0, rng.Next(1, 200)).Select(_ => alphabet[rng.Next(alphabet.Length)]).ToArray());
        notes.Add($"{text.Length} whitespace characters from {Printable.Ascii(alphabet, 60)}");
        return text;
    }

    public static byte[] BomOnly(Random rng, List<string> notes)
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

    public static byte[] Utf8WithBom(string text) => new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(text)).ToArray();
}
