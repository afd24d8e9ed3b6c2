using System.IO;
using System.Linq;

namespace HealthPlan.Catalogue.TargetQuery.Tests;

/// <summary><c>verify-sources</c> against the real documents and against corrupted copies.</summary>
public sealed class VerifySourcesTests
{
    private const string FuxinDocument = "000_7ec626baa6a0b6df.txt";

    [Fact]
    public void EverySourceMatchesTheDocuments()
    {
        var result = AppRunner.Run("verify-sources", "--sources", AppRunner.SourcesFolder);

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Matches(@"^\d+ sources quote published documents \(web pages\) and are not checked here: .*\nAll \d+ sources in 5 documents match\.\n$", result.Output);
    }

    [Fact]
    public void AChangedQuoteIsReportedWithPlanIndicatorAndLine()
    {
        using var folder = CopyOfSources();
        string path = Path.Combine(folder.Path, FuxinDocument);
        var lines = File.ReadAllLines(path);
        lines[38] = lines[38].Replace("6.3‰", "6.8‰");
        File.WriteAllText(path, string.Join("\n", lines) + "\n");

        var result = AppRunner.Run("verify-sources", "--sources", folder.Path);

        Assert.Equal(1, result.ExitCode);
        var mismatch = Assert.Single(result.Output.Split('\n'), line => line.Contains("infant-mortality-rate"));
        Assert.StartsWith("fuxin-2016-2020 infant-mortality-rate target 2020", mismatch);
        Assert.Contains("line 39", mismatch);
        Assert.Contains("婴儿死亡率控制在 **6.3‰** 以下", mismatch);
        Assert.DoesNotContain("under-five-mortality-rate", result.Output);
        Assert.Contains("1 of ", result.Output);
    }

    [Fact]
    public void ATruncatedDocumentReportsMissingLines()
    {
        using var folder = CopyOfSources();
        string path = Path.Combine(folder.Path, FuxinDocument);
        File.WriteAllLines(path, File.ReadAllLines(path).Take(40));

        var result = AppRunner.Run("verify-sources", "--sources", folder.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("the document has 40 lines, no line", result.Output);
        Assert.DoesNotContain("infant-mortality-rate", result.Output);
    }

    [Fact]
    public void AMissingDocumentIsReported()
    {
        using var folder = CopyOfSources();
        File.Delete(Path.Combine(folder.Path, FuxinDocument));

        var result = AppRunner.Run("verify-sources", "--sources", folder.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("fuxin-2016-2020 infant-mortality-rate target 2020, 000_7ec626baa6a0b6df.txt line 39: the document is not in the sources folder", result.Output);
        Assert.DoesNotContain("cixi-2016-2020", result.Output);
    }

    [Fact]
    public void AMissingFolderIsBadInput()
    {
        var result = AppRunner.Run("verify-sources", "--sources", Path.Combine(Path.GetTempPath(), "no-such-folder-for-targetquery"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("does not exist", result.Error);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
    }

    private static TempFolder CopyOfSources()
    {
        var folder = new TempFolder();
        foreach (var file in Directory.GetFiles(AppRunner.SourcesFolder, "*.txt"))
        {
            File.Copy(file, Path.Combine(folder.Path, Path.GetFileName(file)));
        }

        return folder;
    }
}
