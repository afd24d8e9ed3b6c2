using System;
using System.Collections.Generic;
using System.Linq;

namespace HealthPlan.Catalogue;

/// <summary>A plan: one region's development plan for a period, with its indicators.</summary>
public sealed class Plan
{
    private readonly Dictionary<string, IIndicator> _byId;

    /// <summary>Creates a plan. Generated catalogue code calls this.</summary>
    /// <param name="id">The plan's id (<c>fuxin-2016-2020</c>).</param>
    /// <param name="nameZh">The plan's title as published.</param>
    /// <param name="nameEn">The English title.</param>
    /// <param name="region">The region that issued it.</param>
    /// <param name="periodStart">The first year of the period.</param>
    /// <param name="periodEnd">The last year of the period.</param>
    /// <param name="document">The source document: a file name, or the id of one of <paramref name="documents"/>.</param>
    /// <param name="indicators">The indicators, in document order.</param>
    /// <param name="documents">The published documents the plan's sources quote, when they are not local text files.</param>
    /// <exception cref="ArgumentException">Two indicators share an id.</exception>
    public Plan(string id, string nameZh, string nameEn, Region region, int periodStart, int periodEnd, string document, IEnumerable<IIndicator> indicators, IEnumerable<SourceDocument>? documents = null)
    {
        Documents = documents?.ToArray() ?? Array.Empty<SourceDocument>();
        Id = id ?? throw new ArgumentNullException(nameof(id));
        NameZh = nameZh ?? throw new ArgumentNullException(nameof(nameZh));
        NameEn = nameEn ?? throw new ArgumentNullException(nameof(nameEn));
        Region = region ?? throw new ArgumentNullException(nameof(region));
        PeriodStart = periodStart;
        PeriodEnd = periodEnd;
        Document = document ?? throw new ArgumentNullException(nameof(document));
        Indicators = indicators?.ToArray() ?? throw new ArgumentNullException(nameof(indicators));
        _byId = new Dictionary<string, IIndicator>(StringComparer.Ordinal);
        foreach (var indicator in Indicators)
        {
            if (!_byId.TryAdd(indicator.Id, indicator))
            {
                throw new ArgumentException($"Plan {id} has two indicators with id '{indicator.Id}'.", nameof(indicators));
            }
        }

        foreach (var indicator in Indicators)
        {
            (indicator as IPlanMember)?.AttachTo(this);
        }
    }

    /// <summary>The plan's id.</summary>
    public string Id { get; }

    /// <summary>The plan's title as published.</summary>
    public string NameZh { get; }

    /// <summary>The English title.</summary>
    public string NameEn { get; }

    /// <summary>The region that issued the plan.</summary>
    public Region Region { get; }

    /// <summary>The first year of the plan's period.</summary>
    public int PeriodStart { get; }

    /// <summary>The last year of the plan's period.</summary>
    public int PeriodEnd { get; }

    /// <summary>The source document: a file name, or the id of one of <see cref="Documents"/>.</summary>
    public string Document { get; }

    /// <summary>The published documents (web pages) the plan's sources quote; empty when every source is a local text file.</summary>
    public IReadOnlyList<SourceDocument> Documents { get; }

    /// <summary>The indicators, in document order.</summary>
    public IReadOnlyList<IIndicator> Indicators { get; }

    /// <summary>All targets of all indicators.</summary>
    public IEnumerable<ITarget> Targets => Indicators.SelectMany(indicator => indicator.Targets);

    /// <summary>The indicator with <paramref name="indicatorId"/>, or null.</summary>
    public IIndicator? FindIndicator(string indicatorId)
        => _byId.TryGetValue(indicatorId, out var indicator) ? indicator : null;

    /// <summary><c>fuxin-2016-2020: 阜新市卫生和人口发展“十三五”规划 (2016–2020)</c>.</summary>
    public override string ToString() => $"{Id}: {NameZh} ({PeriodStart}–{PeriodEnd})";
}
