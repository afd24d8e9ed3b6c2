using System;
using System.Globalization;
using System.Text;

namespace HealthPlan.Catalogue.TargetQuery.Input;

/// <summary>
/// Decodes a text file the way people have them: UTF-8 (with or without a byte order mark), UTF-16 with a byte
/// order mark, or, failing UTF-8, GB18030 (a superset of GBK and GB2312, what Chinese Excel and WPS save as
/// "CSV"). Every decoder throws on an invalid byte, so nothing silently becomes U+FFFD.
/// </summary>
internal static class TextDecoding
{
    public const string Utf8 = "UTF-8";
    public const string Gb18030 = "GB18030 (GBK)";

    /// <summary>The text and the encoding it was read as, or null when it is neither valid UTF-8 nor valid GB18030.</summary>
    public static (string Text, string Encoding)? Decode(byte[] bytes)
    {
        ReadOnlySpan<byte> span = bytes;
        if (span.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }))
        {
            return TryDecode(new UTF8Encoding(false, true), span[3..]) is { } withBom ? (withBom, Utf8) : null;
        }

        if (span.StartsWith(new byte[] { 0xFF, 0xFE }))
        {
            return TryDecode(new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), span[2..]) is { } le ? (le, "UTF-16 LE") : null;
        }

        if (span.StartsWith(new byte[] { 0xFE, 0xFF }))
        {
            return TryDecode(new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), span[2..]) is { } be ? (be, "UTF-16 BE") : null;
        }

        if (TryDecode(new UTF8Encoding(false, true), span) is { } utf8)
        {
            return (utf8, Utf8);
        }

        return TryDecode(Gb18030Encoding(), span) is { } gb ? (gb, Gb18030) : null;
    }

    /// <summary>The error for a file that is neither: where its first byte that is not UTF-8 is.</summary>
    public static Problem Undecodable(string path, byte[] bytes)
    {
        int offset = FirstInvalidUtf8(bytes);
        int line = 1;
        for (int i = 0; i < offset; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
            }
        }

        string at = offset < bytes.Length ? $"byte 0x{bytes[offset]:X2} at offset {offset.ToString(CultureInfo.InvariantCulture)}" : "the end";
        return new Problem($"the file is not UTF-8 ({at} is not valid UTF-8) and not GB18030/GBK either; save it as UTF-8 (in Excel: CSV UTF-8)", path, line);
    }

    private static Encoding Gb18030Encoding()
    {
        // In-box on .NET, but registered on demand: the code pages are not loaded unless a file needs them.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    private static string? TryDecode(Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        try
        {
            return encoding.GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static int FirstInvalidUtf8(byte[] bytes)
    {
        int offset = 0;
        while (offset < bytes.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes.AsSpan(offset), out _, out int consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return offset;
    }
}
