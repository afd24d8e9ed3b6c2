using System;
using System.Globalization;
using System.IO;
using System.Runtime.InteropServices;

namespace HealthPlan.Catalogue.TargetQuery.Input;

/// <summary>
/// Reads an input file safely: only a regular file (a FIFO, a device or a socket is refused before it is
/// opened, so nothing waits for a writer), at most <see cref="MaxBytes"/> bytes (a larger file is refused
/// from its size; an endless one, at <see cref="MaxBytes"/> + 1 bytes read).
/// </summary>
internal static class InputFile
{
    /// <summary>The largest input file read: 16 MiB, far more than an actuals file of every plan and year.</summary>
    public const long MaxBytes = 16 * 1024 * 1024;

    /// <summary>The limit as messages say it: <c>16 MB (16777216 bytes)</c>.</summary>
    public static string LimitText => $"{(MaxBytes / (1024 * 1024)).ToString(CultureInfo.InvariantCulture)} MB ({MaxBytes.ToString(CultureInfo.InvariantCulture)} bytes)";

    /// <summary>The bytes of <paramref name="path"/>, or the reason it is not read.</summary>
    public static byte[]? Read(string path, out string? problem)
    {
        problem = null;
        if (!File.Exists(path))
        {
            problem = "file not found";
            return null;
        }

        if (NotRegular(path) is { } kind)
        {
            problem = $"not a regular file ({kind}); give a file saved on disk";
            return null;
        }

        try
        {
            if (new FileInfo(path).Length > MaxBytes)
            {
                problem = TooLarge;
                return null;
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            var buffer = new byte[Math.Min(MaxBytes + 1, Math.Max(4096, SafeLength(stream) + 1))];
            int total = 0;
            while (true)
            {
                if (total == buffer.Length)
                {
                    if (buffer.Length > MaxBytes)
                    {
                        // Read MaxBytes + 1 bytes: the file grew, or never ends (a device); nothing more is read.
                        problem = TooLarge;
                        return null;
                    }

                    Array.Resize(ref buffer, (int)Math.Min(MaxBytes + 1, (long)buffer.Length * 2));
                }

                int read = stream.Read(buffer, total, buffer.Length - total);
                if (read == 0)
                {
                    break;
                }

                total += read;
            }

            Array.Resize(ref buffer, total);
            return buffer;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            problem = "cannot read the file: " + exception.Message;
            return null;
        }
    }

    /// <summary>
    /// Why an existing file must not be read (not a regular file, larger than <see cref="MaxBytes"/>), without opening
    /// it; null when it may be read, or does not exist.
    /// </summary>
    public static string? Refusal(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        if (NotRegular(path) is { } kind)
        {
            return $"not a regular file ({kind}); give a file saved on disk";
        }

        try
        {
            return new FileInfo(path).Length > MaxBytes ? TooLarge : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return "cannot read the file: " + exception.Message;
        }
    }

    private static string TooLarge => $"the file is larger than {LimitText}, the most TargetQuery reads; split it into smaller files";

    private static long SafeLength(FileStream stream)
    {
        try
        {
            return stream.CanSeek ? Math.Min(stream.Length, MaxBytes) : 0;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    /// <summary>
    /// What the path is when it is not a regular file (<c>a FIFO</c>, <c>a character device</c>), following
    /// symbolic links; null for a regular file, or when the type cannot be told (then the bounded read still applies).
    /// </summary>
    private static string? NotRegular(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            // File.Exists is false for directories; Windows has no FIFOs in the file system.
            return null;
        }

        // The runtime's own stat (libSystem.Native, in every .NET on Unix and linked into a native build): its
        // FileStatus layout is the same on every platform, { int Flags; int Mode; ... }, with portable S_IF* bits.
        var status = new byte[256];
        int result;
        try
        {
            result = SystemNativeStat(System.Text.Encoding.UTF8.GetBytes(path + "\0"), status);
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }

        if (result != 0)
        {
            return null;
        }

        int type = BitConverter.ToInt32(status, 4) & 0xF000;
        return type switch
        {
            0x8000 => null,
            0x1000 => "a FIFO (named pipe)",
            0x2000 => "a character device",
            0x6000 => "a block device",
            0xC000 => "a socket",
            0x4000 => "a directory",
            _ => "not a regular file",
        };
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
    private static extern int SystemNativeStat(byte[] path, byte[] status);
}
