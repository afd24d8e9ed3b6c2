using System.Text;

namespace HealthPlan.Catalogue.CodeGen;

/// <summary>Builds C# text with four-space indentation and "\n" line endings, whatever the machine.</summary>
internal sealed class CodeWriter
{
    private readonly StringBuilder _text = new();
    private int _depth;

    /// <summary>Writes one line at the current indentation; an empty line stays empty.</summary>
    public CodeWriter Line(string line = "")
    {
        if (line.Length > 0)
        {
            _text.Append(' ', _depth * 4).Append(line);
        }

        _text.Append('\n');
        return this;
    }

    /// <summary>Writes <c>{</c> and indents.</summary>
    public CodeWriter Open()
    {
        Line("{");
        _depth++;
        return this;
    }

    /// <summary>Unindents and writes <c>}</c> followed by <paramref name="suffix"/>.</summary>
    public CodeWriter Close(string suffix = "")
    {
        _depth--;
        return Line("}" + suffix);
    }

    /// <summary>Writes a one-line XML doc summary.</summary>
    public CodeWriter Summary(string xml) => Line("/// <summary>" + xml + "</summary>");

    /// <inheritdoc />
    public override string ToString() => _text.ToString();
}
