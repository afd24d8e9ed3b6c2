using System;
using System.IO;
using System.Linq;
using HealthPlan.Catalogue.Fhir.Extensions;
using HealthPlan.Catalogue.Testing;
using Hl7.Fhir.Model;

namespace HealthPlan.Catalogue.Fhir.Tests;

/// <summary>
/// The package ships each extension's StructureDefinition as a JSON file (fhir/StructureDefinitions/), with its
/// snapshot, for tools that do not run .NET. The files are generated from <see cref="CatalogueExtensions"/>, the one
/// definition: this test fails when they differ and, with ACCEPT_SNAPSHOTS=1, writes them.
/// </summary>
[Collection(ValidationCollection.Name)]
public sealed class ShippedDefinitionTests(FhirValidation validation)
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.Root, "src", "HealthPlan.Catalogue.Fhir", "StructureDefinitions");

    [Fact]
    public void The_shipped_definition_files_are_the_definitions_with_their_snapshots()
    {
        bool accept = Environment.GetEnvironmentVariable(Snapshot.AcceptVariable) == "1";
        Directory.CreateDirectory(Folder);
        var stale = new System.Collections.Generic.List<string>();
        foreach (var extension in CatalogueExtensions.All)
        {
            var definition = Assert.IsType<StructureDefinition>(validation.Resolve(extension.Url));
            Assert.NotEmpty(definition.Snapshot.Element);
            string json = FhirJson.Serialize(definition).ReplaceLineEndings("\n") + "\n";
            string path = Path.Combine(Folder, extension.Name + ".json");
            if (!File.Exists(path) || File.ReadAllText(path).ReplaceLineEndings("\n") != json)
            {
                stale.Add(Path.GetFileName(path));
                if (accept)
                {
                    File.WriteAllText(path, json);
                }
            }
        }

        var extra = Directory.GetFiles(Folder, "*.json").Select(Path.GetFileNameWithoutExtension)
            .Except(CatalogueExtensions.All.Select(extension => extension.Name)).ToList();
        Assert.True(extra.Count == 0, "no extension has these definition files; delete them: " + string.Join(", ", extra));
        Assert.True(accept || stale.Count == 0,
            $"stale or missing in {Folder}: {string.Join(", ", stale)}; run ACCEPT_SNAPSHOTS=1 dotnet test tests/HealthPlan.Catalogue.Fhir.Tests to rewrite them");
    }

    /// <summary>
    /// Each definition as written (differential) validates with no error. With its snapshot, the only errors are the
    /// ones the core's own Extension definition has with this validator (R4's type extensions on ElementDefinition.type,
    /// which the snapshot copies from it).
    /// </summary>
    [Fact]
    public void Every_extension_definition_validates_against_the_core_profiles()
    {
        static bool IsError(OperationOutcome.IssueComponent issue) => issue.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal;
        static string Message(OperationOutcome.IssueComponent issue) => issue.Details?.Text ?? issue.Diagnostics;

        var inherited = validation.Validate(validation.Resolve("http://hl7.org/fhir/StructureDefinition/Extension")!)
            .Where(IsError).Select(Message).ToHashSet();
        var problems = CatalogueExtensions.StructureDefinitions()
            .SelectMany(definition => validation.Validate(definition).Where(IsError).Select(issue => $"{definition.Name} (differential): {FhirValidation.Describe(issue)}"))
            .Concat(CatalogueExtensions.All.SelectMany(extension => validation.Validate(validation.Resolve(extension.Url)!)
                .Where(issue => IsError(issue) && !inherited.Contains(Message(issue)))
                .Select(issue => $"{extension.Name} (snapshot): {FhirValidation.Describe(issue)}")))
            .ToList();

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
