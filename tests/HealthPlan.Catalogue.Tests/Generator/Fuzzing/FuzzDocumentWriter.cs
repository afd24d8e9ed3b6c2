using System;
using System.Text;

namespace HealthPlan.Catalogue.Tests.Generator.Fuzzing;

/// <summary>How a case's JSON is laid out: every one of these is valid JSON for the generator's reader.</summary>
internal sealed record Style(string? Indent, string NewLine, bool TrailingCommas, bool Comments)
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

/// <summary>Writes the tree as JSON text in a <see cref="Style"/>, with comments and trailing commas when the style has them.</summary>
internal static class FuzzDocumentWriter
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
