// Shared with the generator as a linked source file (see generators/…/HealthPlan.Catalogue.Generators.csproj).
using System;
using System.Collections.Generic;

#if BUILDING_SOURCE_GENERATOR
namespace HealthPlan.Catalogue.Generators.Shared;
#else
namespace HealthPlan.Catalogue;
#endif

/// <summary>
/// A closed set of words a plan file may use for the members of <typeparamref name="TEnum"/>:
/// <c>"&gt;="</c> for <see cref="TargetOperator.AtLeast"/>, <c>"lower-is-better"</c> for <see cref="Direction.LowerIsBetter"/>.
/// </summary>
/// <typeparam name="TEnum">The enum the words stand for.</typeparam>
public sealed class TokenTable<TEnum> where TEnum : struct, Enum
{
    private readonly Dictionary<string, TEnum> _byToken = new(StringComparer.Ordinal);
    private readonly Dictionary<TEnum, string> _byValue = new();

    internal TokenTable(params (string Token, TEnum Value)[] entries)
    {
        var tokens = new string[entries.Length];
        for (int i = 0; i < entries.Length; i++)
        {
            _byToken.Add(entries[i].Token, entries[i].Value);
            _byValue.Add(entries[i].Value, entries[i].Token);
            tokens[i] = entries[i].Token;
        }

        Tokens = tokens;
    }

    /// <summary>Every word, in the order the table defines them.</summary>
    public IReadOnlyList<string> Tokens { get; }

    /// <summary>The member <paramref name="token"/> stands for; false when it is not a word of this table (words are case-sensitive).</summary>
    public bool TryParse(string token, out TEnum value) => _byToken.TryGetValue(token, out value);

    /// <summary>The word for <paramref name="value"/>, or null when plan files have no word for it.</summary>
    public string? TokenOf(TEnum value) => _byValue.TryGetValue(value, out var token) ? token : null;
}
