using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using HealthPlan.Catalogue.Fhir.Mapping;
using HealthPlan.Catalogue.Seeds;
using HealthPlan.Catalogue.Testing;

namespace HealthPlan.Catalogue.Fhir.Tests;

/// <summary>docs/fhir.md shows resources the mapping really writes: every JSON example is part of the resource of that id.</summary>
public sealed class DocsExampleTests
{
    [Fact]
    public void Every_json_example_of_the_fhir_guide_is_part_of_the_resource_the_mapping_writes()
    {
        string guide = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "fhir.md"));
        var examples = Regex.Matches(guide, "```json\\n(?<json>.*?)```", RegexOptions.Singleline).Select(match => JsonNode.Parse(match.Groups["json"].Value)!).ToList();
        var resources = Plans.Catalogue.ToFhirBundle().Entry.ToDictionary(entry => entry.Resource!.Id, entry => JsonNode.Parse(FhirJson.Serialize(entry.Resource!))!);

        Assert.NotEmpty(examples);
        Assert.All(examples, example =>
        {
            string id = (string)example["id"]!;
            Assert.True(resources.TryGetValue(id, out var actual), $"docs/fhir.md shows {id}, which the seed bundle does not have");
            Assert.True(IsPart(example, actual), $"docs/fhir.md's {id} is not what the mapping writes:\n{actual!.ToJsonString()}");
        });
    }

    /// <summary>Objects: every property is part of the actual one; arrays: every item is part of some actual item; values: equal.</summary>
    private static bool IsPart(JsonNode? shown, JsonNode? actual) => (shown, actual) switch
    {
        (JsonObject part, JsonObject whole) => part.All(property => whole.TryGetPropertyValue(property.Key, out var value) && IsPart(property.Value, value)),
        (JsonArray part, JsonArray whole) => part.All(item => whole.Any(candidate => IsPart(item, candidate))),
        (JsonValue part, JsonValue whole) => part.ToJsonString() == whole.ToJsonString(),
        _ => false,
    };
}
