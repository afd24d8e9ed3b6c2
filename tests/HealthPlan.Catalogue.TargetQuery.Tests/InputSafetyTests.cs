using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;

namespace HealthPlan.Catalogue.TargetQuery.Tests;

/// <summary>
/// Input that is not what it seems: a FIFO, a device, a huge file, thousands of unknown ids, control
/// characters and markup in what is echoed. Each is refused or neutralised quickly, with exit code 2 for bad input.
/// </summary>
public sealed class InputSafetyTests
{
    private const string Fuxin = "fuxin-2016-2020";

    [Fact]
    public async Task A_FIFO_is_refused_without_waiting_for_a_writer()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = new TempFolder();
        string fifo = Path.Combine(folder.Path, "actuals.csv");
        using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", fifo) { UseShellExecute = false })!)
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        // Were the FIFO opened, the read would wait for a writer for ever: the timeout turns that into a failure.
        var result = await Task.Run(() => AppRunner.Run("assess", Fuxin, "--actuals", fifo)).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"error: {fifo}: not a regular file (a FIFO (named pipe)); give a file saved on disk", result.Error);
    }

    [Fact]
    public void A_device_behind_a_csv_name_is_refused()
    {
        if (OperatingSystem.IsWindows() || !File.Exists("/dev/zero"))
        {
            return;
        }

        using var folder = new TempFolder();
        string link = Path.Combine(folder.Path, "zero.csv");
        File.CreateSymbolicLink(link, "/dev/zero");

        var result = AppRunner.Run("assess", Fuxin, "--actuals", link);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("not a regular file (a character device)", result.Error);
    }

    [Fact]
    public void A_file_larger_than_the_limit_is_refused_naming_the_limit()
    {
        using var folder = new TempFolder();
        string path = Path.Combine(folder.Path, "actuals.csv");
        using (var stream = new FileStream(path, FileMode.Create))
        {
            // Sparse: 16 MB and one byte, written in no time.
            stream.SetLength((16L * 1024 * 1024) + 1);
        }

        var result = AppRunner.Run("assess", Fuxin, "--actuals", path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"error: {path}: the file is larger than 16 MB (16777216 bytes), the most TargetQuery reads; split it into smaller files", result.Error);
    }

    [Fact]
    public void Suggestions_are_worked_out_for_the_first_20_unknown_indicators_and_the_rest_are_counted()
    {
        using var folder = new TempFolder();
        var csv = new StringBuilder("indicator,year,value\n");
        for (int i = 0; i < 50_000; i++)
        {
            csv.Append("infant-mortality-rat").Append(i).Append(",2020,5\n");
        }

        string path = folder.Write("actuals.csv", csv.ToString());

        var result = AppRunner.Run("assess", Fuxin, "--actuals", path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(":2: unknown indicator 'infant-mortality-rat0' in plan fuxin-2016-2020; did you mean infant-mortality-rate?", result.Error);
        Assert.Contains(":21: unknown indicator 'infant-mortality-rat19' in plan fuxin-2016-2020; did you mean", result.Error);
        Assert.Contains(":22: unknown indicator 'infant-mortality-rat20' in plan fuxin-2016-2020\n", result.Error);
        Assert.Contains($"error: {path}: suggestions are worked out for the first 20 unknown indicators only; and 49980 more rows with an unknown indicator (show fuxin-2016-2020 lists its indicators)", result.Error);
    }

    [Fact]
    public void Control_characters_and_bidi_overrides_in_an_id_are_escaped_in_the_error()
    {
        using var folder = new TempFolder();
        string path = folder.Write("actuals.csv", "indicator,year,value\n\"\u001b[31minfant\u202Emortality\u0085rate\",2020,5\n");

        var result = AppRunner.Run("assess", Fuxin, "--actuals", path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(@"unknown indicator '\u001B[31minfant\u202Emortality\u0085rate' in plan fuxin-2016-2020", result.Error);
        Assert.DoesNotContain('\u001b', result.Error);
        Assert.DoesNotContain('\u202E', result.Error);
        Assert.DoesNotContain('\u0085', result.Error);
    }

    [Fact]
    public void Control_characters_in_a_file_name_and_in_JSON_errors_are_escaped_too()
    {
        var result = AppRunner.Run("show", "fuxin\u001b]0;pwned\u0007", "--format", "json");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(@"unknown plan 'fuxin\\u001B]0;pwned\\u0007'", result.Error);
        Assert.DoesNotContain('\u001b', result.Error);

        var text = AppRunner.Run("assess", Fuxin, "--actuals", "missing\u001b[2J.csv");
        Assert.Equal(2, text.ExitCode);
        Assert.Contains(@"error: missing\u001B[2J.csv: file not found", text.Error);
    }

    [Fact]
    public void A_scope_with_control_characters_and_markup_is_shown_inert_in_the_table()
    {
        using var folder = new TempFolder();
        string path = folder.Write("actuals.csv", "indicator,year,value,scope\ninfant-mortality-rate,2020,5,\"[red]x\u001b[0m\"\n");

        var result = AppRunner.Run("assess", Fuxin, "--actuals", path);

        Assert.DoesNotContain('\u001b', result.Output + result.Error);
    }

    [Fact]
    public void Verify_sources_refuses_a_cited_document_that_is_too_large_before_reading_any()
    {
        using var folder = new TempFolder();
        var catalogue = TestCatalogues.OneTarget("big-2021-2025", "big.txt");
        using (var stream = new FileStream(Path.Combine(folder.Path, "big.txt"), FileMode.Create))
        {
            stream.SetLength((16L * 1024 * 1024) + 1);
        }

        var result = AppRunner.RunOn(catalogue, "verify-sources", "--sources", folder.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"error: {Path.Combine(folder.Path, "big.txt")}: the file is larger than 16 MB (16777216 bytes), the most TargetQuery reads", result.Error);
        Assert.Contains("error: nothing was checked", result.Error);
    }
}
