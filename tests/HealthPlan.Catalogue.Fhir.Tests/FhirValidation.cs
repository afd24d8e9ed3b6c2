using System;
using System.Collections.Generic;
using System.Linq;
using Firely.Fhir.Validation;
using HealthPlan.Catalogue.Fhir.Extensions;
using Hl7.Fhir.Model;
using Hl7.Fhir.Specification.Source;
using Hl7.Fhir.Specification.Terminology;

namespace HealthPlan.Catalogue.Fhir.Tests;

/// <summary>
/// Firely's validator, offline: the R4 specification package plus the project's extension definitions (snapshots
/// generated from their differentials). Created once for the tests of <see cref="ValidationCollection"/>, so its slow
/// first start (it unpacks the specification) is paid by them alone.
/// </summary>
public sealed class FhirValidation
{
    private readonly Validator _validator;
    private readonly CachedResolver _resolver;
    private readonly object _gate = new();

    public FhirValidation()
    {
        var extensions = new InMemoryResourceResolver(CatalogueExtensions.StructureDefinitions());
        var resolver = new CachedResolver(new SnapshotSource(new MultiResolver(extensions, ZipSource.CreateValidationSource())));
        _resolver = resolver;
        var terminology = LocalTerminologyService.CreateDefaultForCore(resolver);
        _validator = new Validator(resolver, terminology, null, new ValidationSettings());
    }

    /// <summary>The issues the validator reports for <paramref name="resource"/>, as <c>severity: message (location)</c>.</summary>
    public IReadOnlyList<OperationOutcome.IssueComponent> Validate(Resource resource)
    {
        // The validator is not thread-safe.
        lock (_gate)
        {
            return _validator.Validate(resource).Issue;
        }
    }

    /// <summary>A conformance resource by its canonical URL; the project's extension definitions come with their snapshot.</summary>
    public Resource? Resolve(string canonical)
    {
        lock (_gate)
        {
            return _resolver.TryResolveByCanonicalUriAsync(canonical).GetAwaiter().GetResult().Value;
        }
    }

    public static string Describe(OperationOutcome.IssueComponent issue)
        => $"{issue.Severity}: {issue.Details?.Text ?? issue.Diagnostics} ({string.Join(", ", issue.Expression ?? Enumerable.Empty<string>())})";
}

[CollectionDefinition(Name)]
public sealed class ValidationCollection : ICollectionFixture<FhirValidation>
{
    public const string Name = "FHIR validation";
}
