using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace HealthPlan.Catalogue.Testing;

/// <summary>A plan file held in memory, given to the generator as the compiler gives an AdditionalFile.</summary>
public sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly string? _text;
    private SourceText? _sourceText;

    /// <summary>A file at <paramref name="path"/> with <paramref name="text"/>, decoded on first request.</summary>
    public InMemoryAdditionalText(string path, string text)
    {
        Path = path;
        _text = text;
    }

    /// <summary>
    /// A file at <paramref name="path"/> whose text is already decoded, for instance from bytes with a BOM, bytes
    /// that are not UTF-8, or in another encoding (<c>SourceText.From(bytes, length, encoding)</c>).
    /// </summary>
    public InMemoryAdditionalText(string path, SourceText text)
    {
        Path = path;
        _sourceText = text;
    }

    /// <inheritdoc />
    public override string Path { get; }

    /// <summary>The text, decoded on first request (as the compiler reads a file only when asked).</summary>
    public override SourceText GetText(CancellationToken cancellationToken = default) => _sourceText ??= SourceText.From(_text!);
}
