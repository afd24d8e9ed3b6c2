using HealthPlan.Catalogue.Testing;

namespace HealthPlan.Catalogue.Tests.PublicApi;

/// <summary>Any change to the runtime library's public surface shows up here, in review.</summary>
public class PublicApiTests
{
    [Fact]
    public void Runtime_library_public_api()
        => Snapshot.Verify(PublicApiPrinter.Print(typeof(Plan).Assembly), extension: "cs.txt");

    [Fact]
    public void Printer_lists_members_with_their_signatures()
    {
        string api = PublicApiPrinter.Print(typeof(Plan).Assembly);
        Assert.Contains("public sealed class Indicator<TUnit> : HealthPlan.Catalogue.IIndicator where TUnit : struct, HealthPlan.Catalogue.Units.IUnit", api);
        Assert.Contains("public bool IsMetBy(HealthPlan.Catalogue.Quantity<TUnit> actual);", api);
        Assert.DoesNotContain("AttachTo", api);
    }
}
