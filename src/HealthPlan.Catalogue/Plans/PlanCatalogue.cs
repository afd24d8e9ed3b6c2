using System;
using System.Collections.Generic;
using System.Linq;

namespace HealthPlan.Catalogue;

/// <summary>
/// A registry of plans: enumerate them, find a plan or an indicator by id, or every indicator of a
/// concept across plans. Generated code exposes one as <c>Plans.Catalogue</c> (the assembly's own plans) and
/// <c>Plans.All</c> (those and every referenced catalogue assembly's, combined with <see cref="Combine"/>).
/// </summary>
/// <remarks>
/// A catalogue made with <see cref="Deferred"/> builds each plan on first use: looking up one plan by id
/// builds that plan only, so an app that asks for one target does not pay for the whole catalogue.
/// Enumerating <see cref="Plans"/> or searching by concept builds them all, once.
/// </remarks>
public sealed class PlanCatalogue
{
    private readonly Dictionary<string, Lazy<Plan>> _byId;
    private readonly string[] _ids;
    private readonly Lazy<Plan[]> _plans;
    private readonly Lazy<Dictionary<string, IIndicator[]>> _byConcept;
    private readonly Lazy<ConceptIndex> _concepts;

    /// <summary>Creates a catalogue of <paramref name="plans"/> and the concept vocabulary they use.</summary>
    /// <param name="plans">The plans.</param>
    /// <param name="concepts">The shared concepts, when a vocabulary is known; concepts of the same id are taken once.</param>
    /// <exception cref="ArgumentException">Two plans share an id.</exception>
    public PlanCatalogue(IEnumerable<Plan> plans, IEnumerable<ConceptInfo>? concepts = null)
        : this(
            (plans ?? throw new ArgumentNullException(nameof(plans))).Select(plan => new KeyValuePair<string, Lazy<Plan>>(plan.Id, new Lazy<Plan>(plan))),
            new Lazy<ConceptIndex>(new ConceptIndex(concepts)))
    {
    }

    private PlanCatalogue(IEnumerable<KeyValuePair<string, Lazy<Plan>>> plans, Lazy<ConceptIndex> concepts)
    {
        _byId = new Dictionary<string, Lazy<Plan>>(StringComparer.Ordinal);
        foreach (var (id, plan) in plans)
        {
            if (!_byId.TryAdd(id, plan))
            {
                throw new ArgumentException($"Two plans have the id '{id}'.", nameof(plans));
            }
        }

        _ids = _byId.Keys.OrderBy(id => id, StringComparer.Ordinal).ToArray();
        _plans = new Lazy<Plan[]>(() => _ids.Select(Load).ToArray());
        _byConcept = new Lazy<Dictionary<string, IIndicator[]>>(() => _plans.Value
            .SelectMany(plan => plan.Indicators)
            .GroupBy(indicator => indicator.Concept, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.ToArray(), StringComparer.Ordinal));
        _concepts = concepts;
    }

    /// <summary>
    /// A catalogue whose plans are built on first use. <paramref name="plans"/> maps each plan id to the
    /// function that returns the plan; <paramref name="concepts"/> returns the concept vocabulary.
    /// </summary>
    /// <exception cref="ArgumentException">Two plans share an id.</exception>
    /// <remarks>A loader that returns a plan with another id makes the lookup throw <see cref="InvalidOperationException"/>.</remarks>
    public static PlanCatalogue Deferred(IEnumerable<KeyValuePair<string, Func<Plan>>> plans, Func<IEnumerable<ConceptInfo>>? concepts = null)
    {
        ArgumentNullException.ThrowIfNull(plans);
        return new PlanCatalogue(
            plans.Select(entry => new KeyValuePair<string, Lazy<Plan>>(entry.Key, new Lazy<Plan>(entry.Value))),
            new Lazy<ConceptIndex>(() => new ConceptIndex(concepts?.Invoke())));
    }

    /// <summary>The ids of the plans, ordered; reading them builds no plan.</summary>
    public IReadOnlyList<string> PlanIds => _ids;

    /// <summary>The plans, ordered by id.</summary>
    public IReadOnlyList<Plan> Plans => _plans.Value;

    /// <summary>The plan with <paramref name="planId"/>, or null.</summary>
    public Plan? FindPlan(string planId) => _byId.ContainsKey(planId) ? Load(planId) : null;

    /// <summary>The indicator <paramref name="indicatorId"/> of plan <paramref name="planId"/>, or null.</summary>
    public IIndicator? FindIndicator(string planId, string indicatorId) => FindPlan(planId)?.FindIndicator(indicatorId);

    /// <summary>Every indicator of <paramref name="conceptId"/> across plans, ordered by plan id; empty when none.</summary>
    public IReadOnlyList<IIndicator> FindByConcept(string conceptId)
        => _byConcept.Value.TryGetValue(conceptId, out var indicators) ? indicators : Array.Empty<IIndicator>();

    /// <summary>The concept ids used by at least one indicator, ordered.</summary>
    public IEnumerable<string> ConceptIds => _byConcept.Value.Keys.OrderBy(id => id, StringComparer.Ordinal);

    /// <summary>The concept vocabulary (names, WHO and SDG codes), ordered by id; empty when none was given.</summary>
    public IReadOnlyList<ConceptInfo> Concepts => _concepts.Value.All;

    /// <summary>The concept with <paramref name="conceptId"/>, or null when the vocabulary does not define it.</summary>
    public ConceptInfo? FindConcept(string conceptId) => _concepts.Value.Find(conceptId);

    /// <summary>One catalogue with the plans and concepts of all <paramref name="catalogues"/>; plans stay unbuilt until used.</summary>
    /// <exception cref="ArgumentException">Two plans share an id.</exception>
    public static PlanCatalogue Combine(params PlanCatalogue[] catalogues)
    {
        ArgumentNullException.ThrowIfNull(catalogues);
        return new PlanCatalogue(
            catalogues.SelectMany(catalogue => catalogue._byId),
            new Lazy<ConceptIndex>(() => new ConceptIndex(catalogues.SelectMany(catalogue => catalogue.Concepts))));
    }

    private Plan Load(string planId)
    {
        var plan = _byId[planId].Value;
        return plan.Id == planId
            ? plan
            : throw new InvalidOperationException($"The catalogue entry '{planId}' returned the plan '{plan.Id}'.");
    }

    private sealed class ConceptIndex
    {
        private readonly Dictionary<string, ConceptInfo> _byId = new(StringComparer.Ordinal);

        public ConceptIndex(IEnumerable<ConceptInfo>? concepts)
        {
            foreach (var concept in concepts ?? Array.Empty<ConceptInfo>())
            {
                _byId.TryAdd(concept.Id, concept);
            }

            All = _byId.Values.OrderBy(concept => concept.Id, StringComparer.Ordinal).ToArray();
        }

        public IReadOnlyList<ConceptInfo> All { get; }

        public ConceptInfo? Find(string id) => _byId.TryGetValue(id, out var concept) ? concept : null;
    }
}
