using System;
using System.Collections.Generic;
using System.Linq;
using Hl7.Fhir.Model;

namespace HealthPlan.Catalogue.Fhir.Extensions;

/// <summary>
/// One of the project's own FHIR extensions: what FHIR R4 has no element for (approximate and baseline-relative
/// targets, the binding attribute, the source quote). Each is defined once, here, and both the mapper and its
/// <see cref="StructureDefinition"/> (<see cref="ToStructureDefinition"/>) are made from that definition.
/// </summary>
public sealed class CatalogueExtension
{
    internal CatalogueExtension(string name, string title, string definition, string[] contexts, string? valueType,
        IReadOnlyList<ExtensionPart>? parts = null, bool repeats = false)
    {
        Name = name;
        Title = title;
        Definition = definition;
        Contexts = contexts;
        ValueType = valueType;
        Parts = parts ?? Array.Empty<ExtensionPart>();
        Repeats = repeats;
    }

    /// <summary>The extension's name: the last segment of its <see cref="Url"/> (<c>target-change</c>).</summary>
    public string Name { get; }

    /// <summary>The canonical URL resources name the extension by.</summary>
    public string Url => FhirNames.ExtensionUrl(Name);

    /// <summary>A short human title.</summary>
    public string Title { get; }

    /// <summary>What the extension means.</summary>
    public string Definition { get; }

    /// <summary>The elements the extension may appear on, as FHIRPath (<c>Goal.target</c>).</summary>
    public IReadOnlyList<string> Contexts { get; }

    /// <summary>The FHIR type of a simple extension's value (<c>Quantity</c>); null for a complex extension.</summary>
    public string? ValueType { get; }

    /// <summary>The parts of a complex extension, each a nested extension named by its part name; empty for a simple extension.</summary>
    public IReadOnlyList<ExtensionPart> Parts { get; }

    /// <summary>Whether an element may carry the extension more than once.</summary>
    public bool Repeats { get; }

    /// <inheritdoc />
    public override string ToString() => Url;

    /// <summary>The extension on an element with <paramref name="value"/>: a simple extension.</summary>
    internal Extension With(DataType value) => new(Url, value);

    /// <summary>The extension with its parts: a complex extension; parts whose value is null are left out.</summary>
    internal Extension With(params (string Part, DataType? Value)[] parts)
    {
        var extension = new Extension { Url = Url };
        foreach (var (part, value) in parts)
        {
            if (value is null)
            {
                continue;
            }

            if (!Parts.Any(known => known.Name == part))
            {
                throw new ArgumentException($"{Name} has no part '{part}'.", nameof(parts));
            }

            extension.Extension.Add(new Extension(part, value));
        }

        return extension;
    }

    /// <summary>The extension's definition: a constraint on <c>Extension</c>, as a differential (tools compute the snapshot).</summary>
    public StructureDefinition ToStructureDefinition()
    {
        var elements = new List<ElementDefinition>
        {
            new() { ElementId = "Extension", Path = "Extension", Short = Title, Definition = Definition, Min = 0, Max = Repeats ? "*" : "1" },
        };

        if (ValueType is { } valueType)
        {
            elements.Add(new ElementDefinition { ElementId = "Extension.extension", Path = "Extension.extension", Max = "0" });
            elements.Add(new ElementDefinition { ElementId = "Extension.url", Path = "Extension.url", Fixed = new FhirUri(Url) });
            elements.Add(ValueElement("Extension.value[x]", "Extension.value[x]", valueType));
        }
        else
        {
            elements.Add(new ElementDefinition
            {
                ElementId = "Extension.extension",
                Path = "Extension.extension",
                Min = Parts.Count(part => part.Required),
                Slicing = new ElementDefinition.SlicingComponent
                {
                    Discriminator = [new ElementDefinition.DiscriminatorComponent { Type = ElementDefinition.DiscriminatorType.Value, Path = "url" }],
                    Rules = ElementDefinition.SlicingRules.Open,
                },
            });
            foreach (var part in Parts)
            {
                string id = "Extension.extension:" + part.Name;
                elements.Add(new ElementDefinition
                {
                    ElementId = id,
                    Path = "Extension.extension",
                    SliceName = part.Name,
                    Short = part.Title,
                    Definition = part.Definition,
                    Min = part.Required ? 1 : 0,
                    Max = "1",
                });
                elements.Add(new ElementDefinition { ElementId = id + ".extension", Path = "Extension.extension.extension", Max = "0" });
                elements.Add(new ElementDefinition { ElementId = id + ".url", Path = "Extension.extension.url", Fixed = new FhirUri(part.Name) });
                elements.Add(ValueElement(id + ".value[x]", "Extension.extension.value[x]", part.ValueType));
            }

            elements.Add(new ElementDefinition { ElementId = "Extension.url", Path = "Extension.url", Fixed = new FhirUri(Url) });
            elements.Add(new ElementDefinition { ElementId = "Extension.value[x]", Path = "Extension.value[x]", Max = "0" });
        }

        return new StructureDefinition
        {
            Id = Name,
            Url = Url,
            Name = string.Concat(Name.Split('-').Select(word => char.ToUpperInvariant(word[0]) + word[1..])),
            Title = Title,
            Status = PublicationStatus.Active,
            Description = Definition,
            FhirVersion = FHIRVersion.N4_0_1,
            Kind = StructureDefinition.StructureDefinitionKind.ComplexType,
            Abstract = false,
            Context = Contexts.Select(context => new StructureDefinition.ContextComponent
            {
                Type = StructureDefinition.ExtensionContextType.Element,
                Expression = context,
            }).ToList(),
            Type = "Extension",
            BaseDefinition = "http://hl7.org/fhir/StructureDefinition/Extension",
            Derivation = StructureDefinition.TypeDerivationRule.Constraint,
            Differential = new StructureDefinition.DifferentialComponent { Element = elements },
        };
    }

    private static ElementDefinition ValueElement(string id, string path, string type) => new()
    {
        ElementId = id,
        Path = path,
        Min = 1,
        Type = [new ElementDefinition.TypeRefComponent { Code = type }],
    };
}

/// <summary>A part of a complex <see cref="CatalogueExtension"/>: a nested extension whose url is <see cref="Name"/>.</summary>
/// <param name="Name">The part's name, which is its nested extension's url (<c>baselineYear</c>).</param>
/// <param name="ValueType">The FHIR type of its value (<c>date</c>).</param>
/// <param name="Required">Whether every occurrence of the extension has this part.</param>
/// <param name="Title">A short human title.</param>
/// <param name="Definition">What the part means.</param>
public sealed record ExtensionPart(string Name, string ValueType, bool Required, string Title, string Definition);
