using System;
using System.Diagnostics;
using System.IO;
using System.Text;

namespace HealthPlan.Catalogue.TargetQuery.Tests;

/// <summary>
/// Outputs that cannot be written: a full disk, a closed standard output or error. Every command ends with one line on
/// standard error (when it still works) and exit code 3, never a stack trace.
/// </summary>
public sealed class OutputFailureTests
{
    /// <summary>Every command, with good input and with bad input.</summary>
    public static TheoryData<string[]> Commands() => new()
    {
        new[] { "plans" },
        new[] { "plans", "--format", "json" },
        new[] { "concepts" },
        new[] { "show", "fuxin-2016-2020" },
        new[] { "show", "fuxin-2016-2020", "--format", "json" },
        new[] { "show", "no-such-plan" },
        new[] { "compare", "infant-mortality-rate" },
        new[] { "compare", "no-such-concept", "--format", "json" },
        new[] { "assess", "fuxin-2016-2020", "--actuals", "no-such-file.csv" },
        new[] { "export", "--format", "json" },
        new[] { "export", "--format", "csv" },
        new[] { "export", "--format", "markdown" },
        new[] { "export", "--format", "fhir", "--plan", "fuxin-2016-2020" },
        new[] { "verify-sources", "--sources", "no-such-folder" },
        new[] { "--no-such-option" },
        new[] { "--help" },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void A_full_standard_output_is_one_line_and_exit_code_3(string[] args)
    {
        using var error = new StringWriter { NewLine = "\n" };
        int exitCode = TargetQueryApp.Run(args, new FailingWriter(new IOException("No space left on device")), error);

        // A command that writes nothing to standard output (an error) still ends as it should.
        if (exitCode != ExitCodes.OutputFailed)
        {
            Assert.True(exitCode is ExitCodes.BadInput, $"exit {exitCode}: {error}");
            return;
        }

        Assert.Equal("error: cannot write to standard output (No space left on device); the output is incomplete.\n", error.ToString());
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void A_closed_standard_error_is_exit_code_3_with_nothing_thrown(string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        int exitCode = TargetQueryApp.Run(args, output, new FailingWriter(new ObjectDisposedException("stderr")));

        Assert.True(exitCode is ExitCodes.Success or ExitCodes.OutputFailed, $"exit {exitCode}");
    }

    [Fact]
    public void A_real_process_writing_to_a_full_disk_or_a_closed_output_exits_3_without_a_stack_trace()
    {
        if (!OperatingSystem.IsLinux() || !File.Exists("/dev/full"))
        {
            return;
        }

        string dll = typeof(TargetQueryApp).Assembly.Location;
        foreach (string redirect in new[] { ">/dev/full", ">&-", "2>&- >/dev/full" })
        {
            var start = new ProcessStartInfo("sh", ["-c", $"dotnet \"{dll}\" export --format json {redirect}"])
            {
                RedirectStandardError = !redirect.Contains("2>&-", StringComparison.Ordinal),
                UseShellExecute = false,
            };
            using var process = Process.Start(start)!;
            string stderr = start.RedirectStandardError ? process.StandardError.ReadToEnd() : string.Empty;
            process.WaitForExit();

            Assert.True(process.ExitCode == ExitCodes.OutputFailed, $"{redirect}: exit {process.ExitCode}: {stderr}");
            Assert.DoesNotContain("   at ", stderr);
            if (start.RedirectStandardError)
            {
                Assert.StartsWith("error: cannot write to standard output (", stderr);
                Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            }
        }
    }

    /// <summary>A writer every write of which fails, as a full disk or a closed descriptor does; with nothing written, a flush has nothing to fail on.</summary>
    private sealed class FailingWriter(Exception failure) : TextWriter
    {
        private bool _written;

        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => Fail();

        public override void Write(string? value) => Fail();

        public override void Write(char[] buffer, int index, int count) => Fail();

        public override void Flush()
        {
            if (_written)
            {
                throw failure;
            }
        }

        private void Fail()
        {
            _written = true;
            throw failure;
        }
    }
}
