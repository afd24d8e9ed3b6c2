using System;
using System.IO;
using System.Linq;
using HealthPlan.Catalogue.Units;

namespace HealthPlan.Catalogue.Tests.Runtime;

/// <summary>SourceCheck on a small plan built in code, against documents written to a temporary folder.</summary>
public sealed class SourceCheckTests : IDisposable
{
    private const string Document = "test-plan.txt";

    private static readonly SourceDocument WebPage = new("xinhua", "测试规划", "新华社", "2021-03-01", "https://example.org/plan", DocumentCopy.Secondary);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sourcecheck-tests-" + Guid.NewGuid().ToString("N"));

    public SourceCheckTests() => Directory.CreateDirectory(_folder);

    private static Plan TestPlan(Provenance literacySource) => new(
        "test-2021-2025",
        "测试市卫生健康“十四五”规划",
        "Test City Health Plan",
        new Region("test", "测试市", "Test City", AdministrativeLevel.PrefectureCity),
        2021,
        2025,
        Document,
        new IIndicator[]
        {
            new Indicator<Percent>(
                "test-2021-2025", "vaccination-coverage", "疫苗接种率", "Vaccination coverage", "immunization-coverage", "disease-control",
                Direction.HigherIsBetter,
                new[] { new ReportedValue<Percent>(2020, new Quantity<Percent>(80), new Provenance(Document, 1, "2020年接种率80%")) },
                new[] { new Target<Percent>(2025, TargetOperator.AtLeast, new Provenance(Document, 2, "接种率达到90%以上"), value: 90, scope: "urban") }),
            new Indicator<Percent>(
                "test-2021-2025", "health-literacy", "健康素养水平", "Health literacy", "health-literacy", "health-promotion",
                Direction.HigherIsBetter,
                Array.Empty<ReportedValue<Percent>>(),
                new[] { new Target<Percent>(2025, TargetOperator.AtLeast, literacySource, value: 25) }),
        },
        new[] { WebPage });

    private static Plan TestPlan() => TestPlan(new Provenance(Document, 3, "健康素养水平达到25%"));

    [Fact]
    public void Every_quote_on_its_line_matches()
    {
        Write(Document, "2020年接种率80%\n到2025年，接种率达到90%以上\n健康素养水平达到25%\n");

        var result = SourceCheck.Check(TestPlan(), _folder);

        Assert.True(result.AllMatch);
        Assert.Equal(3, result.CheckedCount);
        Assert.Equal(new[] { Document }, result.Documents);
        Assert.Empty(result.Published);
    }

    [Fact]
    public void A_quote_not_on_its_line_is_a_mismatch_naming_plan_indicator_kind_document_and_line()
    {
        Write(Document, "2020年接种率80%\n到2025年，接种率达到90%以上\n健康素养水平达到20%\n");

        var result = SourceCheck.Check(TestPlan(), _folder);

        var mismatch = Assert.Single(result.Mismatches);
        Assert.False(result.AllMatch);
        Assert.Equal("test-2021-2025", mismatch.PlanId);
        Assert.Equal("health-literacy", mismatch.IndicatorId);
        Assert.Equal(SourceKind.Target, mismatch.Kind);
        Assert.Equal(Document, mismatch.Document);
        Assert.Equal(3, mismatch.Line);
        Assert.Equal(SourceProblem.QuoteNotOnLine, mismatch.Problem);
        Assert.Equal(
            "test-2021-2025 health-literacy target 2025, test-plan.txt line 3: the quote “健康素养水平达到25%” is not on the line, which reads “健康素养水平达到20%”",
            mismatch.ToString());
    }

    [Fact]
    public void A_missing_document_fails_every_source_that_cites_it()
    {
        var result = SourceCheck.Check(TestPlan(), _folder);

        Assert.Equal(3, result.Mismatches.Count);
        Assert.All(result.Mismatches, mismatch => Assert.Equal(SourceProblem.DocumentMissing, mismatch.Problem));
        Assert.Equal("the document is not in the sources folder", result.Mismatches[0].Message);
        Assert.Equal("test-2021-2025 vaccination-coverage value 2020, test-plan.txt line 1: the document is not in the sources folder", result.Mismatches[0].ToString());
        Assert.Equal("test-2021-2025 vaccination-coverage target 2025 (urban)", result.Mismatches[1].Cited.ToString());
    }

    [Fact]
    public void A_line_past_the_end_is_reported_with_the_documents_length()
    {
        Write(Document, "2020年接种率80%\n到2025年，接种率达到90%以上\n");

        var mismatch = Assert.Single(SourceCheck.Check(TestPlan(), _folder).Mismatches);

        Assert.Equal(SourceProblem.LineMissing, mismatch.Problem);
        Assert.Equal("the document has 2 lines, no line 3", mismatch.Message);
    }

    [Fact]
    public void A_document_that_is_not_utf8_is_reported_not_guessed()
    {
        File.WriteAllBytes(Path.Combine(_folder, Document), new byte[] { 0xBD, 0xD3, 0xD6, 0xD6, 0x0A });

        var result = SourceCheck.Check(TestPlan(), _folder);

        Assert.All(result.Mismatches, mismatch => Assert.Equal(SourceProblem.DocumentUnreadable, mismatch.Problem));
        Assert.Contains("not valid UTF-8", result.Mismatches[0].Message);
    }

    [Fact]
    public void A_document_name_that_leaves_the_folder_is_not_read()
    {
        var plan = TestPlan(new Provenance("../" + Document, 1, "健康素养水平达到25%"));
        Write(Document, "2020年接种率80%\n到2025年，接种率达到90%以上\n健康素养水平达到25%\n");

        var mismatch = Assert.Single(SourceCheck.Check(plan, _folder).Mismatches);

        Assert.Equal(SourceProblem.DocumentMissing, mismatch.Problem);
        Assert.Contains("outside the sources folder", mismatch.Message);
    }

    [Fact]
    public void Published_documents_are_listed_as_not_checkable_offline()
    {
        var plan = TestPlan(new Provenance("xinhua", null, "健康素养水平达到25%", WebPage));
        Write(Document, "2020年接种率80%\n到2025年，接种率达到90%以上\n");

        var result = SourceCheck.Check(plan, _folder);

        Assert.True(result.AllMatch);
        Assert.Equal(2, result.CheckedCount);
        var published = Assert.Single(result.Published);
        Assert.Equal("health-literacy", published.IndicatorId);
        Assert.Equal("https://example.org/plan", published.Source.Published!.Address);
    }

    [Fact]
    public void A_catalogue_is_checked_plan_by_plan()
    {
        Write(Document, "2020年接种率80%\n到2025年，接种率达到90%以上\n健康素养水平达到25%\n");

        var result = SourceCheck.Check(new PlanCatalogue(new[] { TestPlan() }), _folder);

        Assert.True(result.AllMatch);
        Assert.Equal(3, result.CheckedCount);
    }

    [Fact]
    public void A_missing_folder_throws()
        => Assert.Throws<DirectoryNotFoundException>(() => SourceCheck.Check(TestPlan(), Path.Combine(_folder, "missing")));

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort.
        }
    }

    private void Write(string name, string content) => File.WriteAllText(Path.Combine(_folder, name), content);
}
