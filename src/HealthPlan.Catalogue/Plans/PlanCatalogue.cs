using System;
using System.Collections.Generic;
using System.Linq;

namespace HealthPlan.Catalogue;

/// <summary>
/// A registry of plans: enumerate them, find a plan or an indicator by id, or every indicator of a
/// concept across plans. Generated code exposes one as <c>Plans.Catalogue</c>; catalogues from several
/// assemblies combine with <see cref="Combine"/>.
/// </summary>
public sealed class PlanCatalogue
{
    private readonly Dictionary<string, Plan> _byId;
    private readonly ILookup<string, IIndicator> _byConcept;
    private readonly Dictionary<string, ConceptInfo> _concepts;

    /// <summary>Creates a catalogue of <paramref name="plans"/> and the concept vocabulary they use.</summary>
    /// <param name="plans">The plans.</param>
    /// <param name="concepts">The shared concepts, when a vocabulary is known; concepts of the same id are taken once.</param>
    /// <exception cref="ArgumentException">Two plans share an id.</exception>
    public PlanCatalogue(IEnumerable<Plan> plans, IEnumerable<ConceptInfo>? concepts = null)
    {
        Plans = plans?.OrderBy(plan => plan.Id, StringComparer.Ordinal).ToArray() ?? throw new ArgumentNullException(nameof(plans));
        _byId = new Dictionary<string, Plan>(StringComparer.Ordinal);
        foreach (var plan in Plans)
        {
            if (!_byId.TryAdd(plan.Id, plan))
            {
                throw new ArgumentException($"Two plans have the id '{plan.Id}'.", nameof(plans));
            }
        }

        _byConcept = Plans.SelectMany(plan => plan.Indicators).ToLookup(indicator => indicator.Concept, StringComparer.Ordinal);
        _concepts = new Dictionary<string, ConceptInfo>(StringComparer.Ordinal);
        foreach (var concept in concepts ?? Array.Empty<ConceptInfo>())
        {
            _concepts.TryAdd(concept.Id, concept);
        }

        Concepts = _concepts.Values.OrderBy(concept => concept.Id, StringComparer.Ordinal).ToArray();
    }

    /// <summary>The plans, ordered by id.</summary>
    public IReadOnlyList<Plan> Plans { get; }

    /// <summary>The plan with <paramref name="planId"/>, or null.</summary>
    public Plan? FindPlan(string planId) => _byId.TryGetValue(planId, out var plan) ? plan : null;

    /// <summary>The indicator <paramref name="indicatorId"/> of plan <paramref name="planId"/>, or null.</summary>
    public IIndicator? FindIndicator(string planId, string indicatorId) => FindPlan(planId)?.FindIndicator(indicatorId);

    /// <summary>Every indicator of <paramref name="conceptId"/> across plans, ordered by plan id.</summary>
    public IEnumerable<IIndicator> FindByConcept(string conceptId) => _byConcept[conceptId];

    /// <summary>The concept ids used by at least one indicator, ordered.</summary>
    public IEnumerable<string> ConceptIds => _byConcept.Select(group => group.Key).OrderBy(id => id, StringComparer.Ordinal);

    /// <summary>The concept vocabulary (names, WHO and SDG codes), ordered by id; empty when none was given.</summary>
    public IReadOnlyList<ConceptInfo> Concepts { get; }

    /// <summary>The concept with <paramref name="conceptId"/>, or null when the vocabulary does not define it.</summary>
    public ConceptInfo? FindConcept(string conceptId) => _concepts.TryGetValue(conceptId, out var concept) ? concept : null;

    /// <summary>One catalogue with the plans and concepts of all <paramref name="catalogues"/>.</summary>
    /// <exception cref="ArgumentException">Two plans share an id.</exception>
    public static PlanCatalogue Combine(params PlanCatalogue[] catalogues)
        => new(catalogues.SelectMany(catalogue => catalogue.Plans), catalogues.SelectMany(catalogue => catalogue.Concepts));
}
