using System;
using System.IO;
using System.Text;

namespace HealthPlan.Catalogue.TargetQuery.Rendering;

/// <summary>
/// Standard output or error that could not be written: closed (<c>targetquery plans &gt;&amp;-</c>), a reader that went
/// away, or a full disk (<c>&gt; /dev/full</c>). <c>TargetQueryApp.Run</c> turns it into one line and
/// <see cref="ExitCodes.OutputFailed"/> instead of a stack trace.
/// </summary>
internal sealed class OutputFailedException : Exception
{
    public OutputFailedException(string stream, Exception cause)
        : base($"cannot write to {stream} ({cause.GetBaseException().Message.TrimEnd('.')})", cause) => Stream = stream;

    /// <summary>"standard output" or "standard error".</summary>
    public string Stream { get; }
}

/// <summary>A writer whose every failure to write or flush is an <see cref="OutputFailedException"/> naming the stream.</summary>
internal sealed class GuardedWriter : TextWriter
{
    private readonly TextWriter _inner;
    private readonly string _stream;

    public GuardedWriter(TextWriter inner, string stream)
    {
        _inner = inner;
        _stream = stream;
    }

    /// <inheritdoc />
    public override Encoding Encoding => _inner.Encoding;

    /// <inheritdoc />
    public override IFormatProvider FormatProvider => _inner.FormatProvider;

    /// <inheritdoc />
    public override string NewLine
    {
        get => _inner.NewLine;
#pragma warning disable CS8765 // The base property allows null; so does the inner writer.
        set => _inner.NewLine = value;
#pragma warning restore CS8765
    }

    /// <inheritdoc />
    public override void Write(char value) => Guard(() => _inner.Write(value));

    /// <inheritdoc />
    public override void Write(string? value) => Guard(() => _inner.Write(value));

    /// <inheritdoc />
    public override void Write(char[] buffer, int index, int count) => Guard(() => _inner.Write(buffer, index, count));

    /// <inheritdoc />
    public override void Write(ReadOnlySpan<char> buffer)
    {
        string text = buffer.ToString();
        Guard(() => _inner.Write(text));
    }

    /// <inheritdoc />
    public override void WriteLine(string? value) => Guard(() => _inner.WriteLine(value));

    /// <inheritdoc />
    public override void Flush() => Guard(_inner.Flush);

    private void Guard(Action write)
    {
        try
        {
            write();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ObjectDisposedException or NotSupportedException)
        {
            throw new OutputFailedException(_stream, exception);
        }
    }
}
