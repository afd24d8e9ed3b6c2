using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace HealthPlan.Catalogue.Tests.Generator.Fuzzing;

/// <summary>
/// Mutations of a plan's JSON tree: fields deleted, duplicated or of the wrong type, extreme numbers,
/// NaN-like values, deep nesting, unusual Unicode, bad identifiers and swapped vocabulary words.
/// </summary>
internal static class StructuralMutations
{
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

    /// <summary>The mutations <see cref="Apply"/> knows, which a case may stack on its first one.</summary>
    public static readonly string[] Kinds =
        { "delete-field", "duplicate-field", "wrong-type", "huge-number", "nan-like", "deep-nesting", "random-unicode", "bad-id", "vocabulary-swap" };

    /// <summary>Applies the structural mutation <paramref name="kind"/> to the tree; returns what it did, for the failure message.</summary>
    public static string Apply(string kind, Holder document, Random rng) => kind switch
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
        var objects = FuzzDocument.Objects(document).Where(o => o.Node.Props.Count > 0).ToList();
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
        var objects = FuzzDocument.Objects(document).Where(o => o.Node.Props.Count > 0).ToList();
        if (objects.Count == 0)
        {
            return "duplicate-field: no field to duplicate";
        }

        var (obj, path) = objects[rng.Next(objects.Count)];
        var original = obj.Props[rng.Next(obj.Props.Count)];
        bool same = rng.Next(2) == 0;
        var copy = new Prop(original.Key, same ? original.Value.Clone() : RandomValue(rng, document));
        obj.Props.Insert(rng.Next(obj.Props.Count + 1), copy);
        return $"duplicate-field {path}.{original.Key} ({(same ? "same value" : "value " + Printable.Ascii(FuzzDocumentWriter.Compact(copy.Value), 60))})";
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
        return $"wrong-type {slot.Path}: {current} -> {Printable.Ascii(FuzzDocumentWriter.Compact(value), 60)}";
    }

    private static string HugeNumber(Holder document, Random rng)
    {
        var numbers = FuzzDocument.Slots(document).Where(s => s.Value is Raw raw && raw.Text.Length > 0 && (char.IsDigit(raw.Text[0]) || raw.Text[0] == '-')).ToList();
        var slot = numbers.Count > 0 && rng.Next(10) < 8 ? numbers[rng.Next(numbers.Count)] : PickSlot(document, rng);
        string number = HugeNumbers[rng.Next(HugeNumbers.Length)];
        slot.Set(new Raw(number));
        return $"huge-number {slot.Path} = {Printable.Ascii(number, 40)}";
    }

    private static string NaNLike(Holder document, Random rng)
    {
        var numbers = FuzzDocument.Slots(document).Where(s => s.Value is Raw raw && raw.Text.Length > 0 && (char.IsDigit(raw.Text[0]) || raw.Text[0] == '-')).ToList();
        var slot = numbers.Count > 0 ? numbers[rng.Next(numbers.Count)] : PickSlot(document, rng);
        Node value = rng.Next(10) < 7 ? new Str(NaNStrings[rng.Next(NaNStrings.Length)]) : new Raw(NaNTokens[rng.Next(NaNTokens.Length)]);
        slot.Set(value);
        return $"nan-like {slot.Path} = {Printable.Ascii(FuzzDocumentWriter.Compact(value), 40)}";
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
            var props = FuzzDocument.Objects(document).SelectMany(o => o.Node.Props.Select(p => (Prop: p, o.Path))).ToList();
            if (props.Count > 0)
            {
                var (prop, path) = props[rng.Next(props.Count)];
                string original = prop.Key;
                prop.RawKey = "\"" + Insert(FuzzDocumentWriter.Escape(original), pieces.ToString(), rng) + "\"";
                return $"random-unicode in the key {path}.{original}: {shown}";
            }
        }

        var strings = FuzzDocument.Slots(document).Where(s => s.Value is Str).ToList();
        var slot = strings.Count > 0 ? strings[rng.Next(strings.Count)] : PickSlot(document, rng);
        string existing = slot.Value is Str text ? FuzzDocumentWriter.Escape(text.Value) : string.Empty;
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
                return (special, Printable.Ascii(special, 20));
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
                return (raw, Printable.Ascii(raw, 20));
            }

            case 4:
            {
                string emoji = char.ConvertFromUtf32(rng.Next(0x1F300, 0x1FB00));
                return (emoji, Printable.Ascii(emoji, 20));
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
                return (piece, Printable.Ascii(piece, 20));
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

        return $"bad-id {where} = \"{Printable.Ascii(value, 40)}\"{(value.Length > 40 ? $" ({value.Length} chars)" : string.Empty)}";
    }

    private static string VocabularySwap(Holder document, Random rng)
    {
        var strings = FuzzDocument.Slots(document).Where(s => s.Value is Str).ToList();
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
        var objects = FuzzDocument.Objects(document).ToList();
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
            var objects = FuzzDocument.Objects(document).Where(o => o.Node.Props.Count > 0).ToList();
            if (objects.Count > 0)
            {
                var (obj, path) = objects[rng.Next(objects.Count)];
                int index = rng.Next(obj.Props.Count);
                return new Slot(obj, index, path + "." + obj.Props[index].Key);
            }
        }

        var slots = FuzzDocument.Slots(document).ToList();
        return slots.Count == 0 ? new Slot(document, -1, "$") : slots[rng.Next(slots.Count)];
    }
}
