using System;
using System.IO;
using System.Runtime.CompilerServices;

namespace HealthPlan.Catalogue.Testing;

/// <summary>
/// Snapshot assertions following Verify's file convention, small enough to swap for Verify later
/// without moving a file: the expected text lives in <c>{TestClass}.{TestMethod}.verified.txt</c> beside
/// the test's source file; a mismatch writes <c>{TestClass}.{TestMethod}.received.txt</c> next to it and
/// fails. Set <c>ACCEPT_SNAPSHOTS=1</c> to write the received text as the verified one instead.
/// </summary>
public static class Snapshot
{
    /// <summary>The environment variable that accepts new snapshots instead of failing.</summary>
    public const string AcceptVariable = "ACCEPT_SNAPSHOTS";

    /// <summary>Compares <paramref name="actual"/> with the verified snapshot of the calling test.</summary>
    /// <param name="actual">The text produced by the code under test.</param>
    /// <param name="parameter">Distinguishes several snapshots of one test (Verify's <c>UseParameters</c>): <c>Test.Method_parameter.verified.txt</c>.</param>
    /// <param name="extension">The snapshot file's extension, without the dot.</param>
    /// <param name="sourceFile">Filled in by the compiler: the test's source file.</param>
    /// <param name="testMethod">Filled in by the compiler: the test method.</param>
    public static void Verify(
        string actual,
        string? parameter = null,
        string extension = "txt",
        [CallerFilePath] string sourceFile = "",
        [CallerMemberName] string testMethod = "")
    {
        string directory = Path.GetDirectoryName(SourcePath(sourceFile)) ?? ".";
        string name = Path.GetFileNameWithoutExtension(sourceFile) + "." + testMethod + (parameter is null ? string.Empty : "_" + parameter);
        string verifiedPath = Path.Combine(directory, name + ".verified." + extension);
        string receivedPath = Path.Combine(directory, name + ".received." + extension);
        string normalized = Normalize(actual);

        string? verified = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath)) : null;
        if (verified == normalized)
        {
            File.Delete(receivedPath);
            return;
        }

        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            File.WriteAllText(verifiedPath, normalized);
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, normalized);
        throw new SnapshotMismatchException(verified is null
            ? $"No verified snapshot {Path.GetFileName(verifiedPath)}: review {Path.GetFileName(receivedPath)} and rename it, or run with {AcceptVariable}=1."
            : $"{Path.GetFileName(verifiedPath)} differs from {Path.GetFileName(receivedPath)} ({FirstDifference(verified, normalized)}). Review the received file; run with {AcceptVariable}=1 to accept it.");
    }

    /// <summary>
    /// The test's source file on this machine. Deterministic CI builds map source paths to <c>/_/</c>
    /// (<c>ContinuousIntegrationBuild</c>), so such a path is resolved against the repository root.
    /// </summary>
    private static string SourcePath(string sourceFile)
    {
        const string mapped = "/_/";
        if (!sourceFile.StartsWith(mapped, StringComparison.Ordinal) || File.Exists(sourceFile))
        {
            return sourceFile;
        }

        return Path.Combine(RepositoryPaths.Root, sourceFile.Substring(mapped.Length));
    }

    /// <summary>Snapshots compare with "\n" line endings and one final newline, whatever the platform.</summary>
    private static string Normalize(string text) => text.Replace("\r\n", "\n").TrimEnd('\n') + "\n";

    private static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (int i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            string? e = i < expectedLines.Length ? expectedLines[i] : null;
            string? a = i < actualLines.Length ? actualLines[i] : null;
            if (e != a)
            {
                return $"first difference at line {i + 1}: expected \"{e}\", received \"{a}\"";
            }
        }

        return "they differ in length";
    }
}

/// <summary>A snapshot did not match its verified file.</summary>
public sealed class SnapshotMismatchException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SnapshotMismatchException(string message)
        : base(message)
    {
    }
}
