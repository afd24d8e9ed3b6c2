using System;
using System.IO;

namespace HealthPlan.Catalogue.TargetQuery.Tests;

/// <summary>
/// Documents named so that verify-sources would read outside the sources folder: a symbolic link (the document or a
/// folder on the way), a NUL in the name. Each is a mismatch that says why; nothing of the linked file is printed.
/// </summary>
public sealed class SourcesFolderTests
{
    private const string Secret = "SECRET-LINE-NOT-TO-BE-PRINTED";

    private static PlanCatalogue CatalogueCiting(string document) => TestCatalogues.OneTarget("link-2021-2025", document);

    [Theory]
    [InlineData("linked.txt", "'linked.txt' is a symbolic link")]
    [InlineData("folder/plan.txt", "'folder' is a symbolic link")]
    public void A_symbolic_link_out_of_the_sources_folder_is_not_followed(string document, string expected)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var outside = new TempFolder();
        using var sources = new TempFolder();
        string secret = outside.Write("plan.txt", Secret + "\n");
        File.CreateSymbolicLink(Path.Combine(sources.Path, "linked.txt"), secret);
        Directory.CreateSymbolicLink(Path.Combine(sources.Path, "folder"), outside.Path);

        var result = AppRunner.RunOn(CatalogueCiting(document), "verify-sources", "--sources", sources.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(expected, result.Output + result.Error);
        Assert.DoesNotContain(Secret, result.Output + result.Error);
    }

    [Fact]
    public void A_NUL_in_a_document_name_is_a_mismatch_not_an_exception()
    {
        using var sources = new TempFolder();
        var result = AppRunner.RunOn(CatalogueCiting("plan\0.txt"), "verify-sources", "--sources", sources.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("the document name contains a NUL character", result.Output + result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public void A_regular_document_in_a_subfolder_is_still_read()
    {
        using var sources = new TempFolder();
        Directory.CreateDirectory(Path.Combine(sources.Path, "docs"));
        sources.Write(Path.Combine("docs", "plan.txt"), "接种率达到90%\n");

        var result = AppRunner.RunOn(CatalogueCiting("docs/plan.txt"), "verify-sources", "--sources", sources.Path);

        Assert.Equal(0, result.ExitCode);
    }
}
