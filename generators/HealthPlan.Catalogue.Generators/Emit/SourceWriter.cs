using System;
using System.Runtime.CompilerServices;
using System.Text;

namespace HealthPlan.Catalogue.Generators.Emit;

/// <summary>
/// Builds indented C# text line by line; "\n" line endings whatever the platform, so output is byte-identical
/// everywhere. <c>Line($"…")</c> appends the pieces of an interpolated string directly (integers under the
/// invariant culture), so writing a line makes no string of its own.
/// </summary>
internal sealed class SourceWriter
{
    // Generated files can be large: one builder per thread is kept and reused, up to this many characters.
    private const int MaxKeptCapacity = 4 * 1024 * 1024;

    [ThreadStatic]
    private static StringBuilder? t_kept;

    private readonly StringBuilder _text;
    private int _indent;

    private SourceWriter(StringBuilder text) => _text = text;

    /// <summary>A writer on this thread's reusable builder; <see cref="Finish"/> gives the text and the builder back.</summary>
    public static SourceWriter Create()
    {
        var text = t_kept ?? new StringBuilder(1024);
        t_kept = null;
        return new SourceWriter(text.Clear());
    }

    /// <summary>The text written; the writer must not be used afterwards.</summary>
    public string Finish()
    {
        string text = _text.ToString();
        if (_text.Capacity <= MaxKeptCapacity)
        {
            t_kept = _text;
        }

        return text;
    }

    public SourceWriter Line(string line = "")
    {
        if (line.Length > 0)
        {
            StartLine().Append(line);
        }

        _text.Append('\n');
        return this;
    }

    public SourceWriter Line([InterpolatedStringHandlerArgument("")] ref LineBuilder line)
    {
        _text.Append('\n');
        return this;
    }

    /// <summary>Indents a new line and returns the text to append its content to; end it with <see cref="EndLine"/>.</summary>
    public StringBuilder StartLine() => _text.Append(' ', _indent * 4);

    /// <summary>Ends the line <see cref="StartLine"/> began.</summary>
    public SourceWriter EndLine()
    {
        _text.Append('\n');
        return this;
    }

    /// <summary>Appends <paramref name="number"/> in invariant digits without making a string of it.</summary>
    public static StringBuilder AppendInteger(StringBuilder text, int number)
    {
        if (number < 0)
        {
            text.Append('-');
            if (number == int.MinValue)
            {
                return text.Append("2147483648");
            }

            number = -number;
        }

        // Digits from the most significant on, without the builder's indexer (slow on a long builder).
        int divisor = 1;
        while (number / divisor >= 10)
        {
            divisor *= 10;
        }

        for (; divisor > 0; divisor /= 10)
        {
            text.Append((char)('0' + (number / divisor % 10)));
        }

        return text;
    }

    /// <summary>Writes <paramref name="line"/>, then <c>{</c>, and indents.</summary>
    public SourceWriter Open(string line)
    {
        Line(line);
        return Open();
    }

    /// <summary>Writes <c>{</c> and indents.</summary>
    public SourceWriter Open()
    {
        Line("{");
        _indent++;
        return this;
    }

    /// <summary>Writes a one-line XML doc summary.</summary>
    public SourceWriter Summary(string xml) => Line("/// <summary>" + xml + "</summary>");

    public SourceWriter Close(string suffix = "")
    {
        _indent--;
        return Line("}" + suffix);
    }

    public SourceWriter Indent()
    {
        _indent++;
        return this;
    }

    public SourceWriter Outdent()
    {
        _indent--;
        return this;
    }

    /// <summary>The number of characters written so far.</summary>
    public int Length => _text.Length;

    /// <summary>Inserts <paramref name="text"/> at <paramref name="index"/> of what was written.</summary>
    public void Insert(int index, string text)
    {
        if (text.Length > 0)
        {
            _text.Insert(index, text);
        }
    }


    /// <summary>Appends an interpolated line's pieces to the writer as the compiler hands them over.</summary>
    [InterpolatedStringHandler]
    public readonly struct LineBuilder
    {
        private readonly StringBuilder _text;

        public LineBuilder(int literalLength, int formattedCount, SourceWriter writer) => _text = writer.StartLine();

        public void AppendLiteral(string literal) => _text.Append(literal);

        public void AppendFormatted(string? text) => _text.Append(text);

        public void AppendFormatted(int number) => AppendInteger(_text, number);

        public void AppendFormatted(char character) => _text.Append(character);
    }
}
