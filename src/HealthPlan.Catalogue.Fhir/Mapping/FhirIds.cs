using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace HealthPlan.Catalogue.Fhir.Mapping;

/// <summary>
/// Resource ids from the catalogue's own ids, so that the same catalogue always gives the same resources:
/// <c>fuxin-2021-2025.life-expectancy</c> for a Measure, <c>…life-expectancy.2025</c> for a Goal.
/// </summary>
public static class FhirIds
{
    /// <summary>FHIR's limit on a resource id.</summary>
    public const int MaxLength = 64;

    /// <summary>The Group of the plan's region population.</summary>
    public static string Group(string planId) => Join(planId, "population");

    /// <summary>The Measure of an indicator.</summary>
    public static string Measure(IIndicator indicator) => Join(indicator.PlanId, indicator.Id);

    /// <summary>The Goal of a target: its indicator and year, and <c>.2</c>, <c>.3</c> for further targets of the same year.</summary>
    public static string Goal(ITarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var indicator = target.Indicator;
        return Join(indicator.PlanId, indicator.Id, target.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) + Ordinal(indicator.Targets, target, other => other.Year == target.Year));
    }

    /// <summary>The MeasureReport of a reported value: <c>value-2015</c>, with <c>.2</c>, … for further values of the same year.</summary>
    public static string Value(IIndicator indicator, IReportedValue value)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return Join(indicator.PlanId, indicator.Id, "value-" + value.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) + Ordinal(indicator.Values, value, other => other.Year == value.Year));
    }

    /// <summary>The MeasureReport of an actual value assessed against a target.</summary>
    public static string Actual(ITarget target, int year)
        => Join(Goal(target), "actual-" + year.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>
    /// Parts joined by dots; an id over <see cref="MaxLength"/> characters keeps its start and ends with a hash of the
    /// whole, so it stays unique and the same from run to run.
    /// </summary>
    private static string Join(params string[] parts)
    {
        string id = string.Join(".", parts.Select(Part));
        if (id.Length <= MaxLength)
        {
            return id;
        }

        string hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(id)), 0, 8).ToLowerInvariant();
        return id[..(MaxLength - hash.Length - 1)].TrimEnd('.', '-') + "." + hash;
    }

    /// <summary>
    /// A part as a FHIR id allows it (letters, digits, '-' and '.'): an indicator id may hold '_' (the plan-file schema
    /// allows it in C# names), which becomes '-' with a short hash of the part appended, so <c>a_b</c> and <c>a-b</c> stay apart.
    /// </summary>
    private static string Part(string part)
    {
        if (part.All(IsIdCharacter))
        {
            return part;
        }

        string safe = new string(part.Select(c => IsIdCharacter(c) ? c : '-').ToArray());
        return safe + "-" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(part)), 0, 4).ToLowerInvariant();
    }

    /// <summary>A character a FHIR id may hold: <c>[A-Za-z0-9\-\.]</c>.</summary>
    private static bool IsIdCharacter(char c) => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '.';

    private static string Ordinal<T>(IEnumerable<T> all, T item, Func<T, bool> sameKey) where T : class
    {
        int n = all.Where(sameKey).TakeWhile(other => !ReferenceEquals(other, item)).Count() + 1;
        return n == 1 ? string.Empty : "." + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
