using System;
using System.Linq;
using System.Text.RegularExpressions;
using HealthPlan.Catalogue.Testing;
using PublicApiGenerator;

namespace HealthPlan.Catalogue.Tests.PublicApi;

/// <summary>Any change to the runtime library's public surface shows up here, in review.</summary>
public class PublicApiTests
{
    /// <summary>
    /// PublicApiGenerator's text of the runtime library. Records are shown as records (turning one into a
    /// class is an API change); assembly attributes are left out, as they carry the informational version.
    /// </summary>
    private static readonly Lazy<string> Api = new(() => ApiGenerator.GeneratePublicApi(
        typeof(Plan).Assembly,
        new ApiGeneratorOptions { IncludeAssemblyAttributes = false, TreatRecordsAsClasses = false }));

    [Fact]
    public void Runtime_library_public_api()
        => Snapshot.Verify(Api.Value, extension: "cs.txt");

    [Fact]
    public void The_api_lists_members_with_their_signatures()
    {
        Assert.Contains("public sealed class Indicator<TUnit> : HealthPlan.Catalogue.IIndicator", Api.Value);
        Assert.Matches(@"where TUnit :\s+class, HealthPlan\.Catalogue\.Units\.IUnit", Api.Value);
        Assert.Contains("public bool IsMetBy(HealthPlan.Catalogue.Quantity<TUnit> actual) { }", Api.Value);
        Assert.DoesNotContain("AttachTo", Api.Value);
    }

    [Fact]
    public void Every_public_type_of_the_runtime_library_is_listed()
    {
        var missing = typeof(Plan).Assembly.GetExportedTypes()
            .Select(type => type.IsGenericType ? type.Name.Substring(0, type.Name.IndexOf('`', StringComparison.Ordinal)) : type.Name)
            .Where(name => !Regex.IsMatch(Api.Value, $@"^\s*public\b.*\b(class|struct|interface|enum|record|delegate)\b.*\b{Regex.Escape(name)}\b", RegexOptions.Multiline))
            .ToArray();
        Assert.Empty(missing);
    }
}
