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
    // A handful of entries: a linear search is as fast as a dictionary and costs the JIT far less at start-up.
    private readonly string[] _tokens;
    private readonly TEnum[] _values;

    internal TokenTable(params (string Token, TEnum Value)[] entries)
    {
        _tokens = new string[entries.Length];
        _values = new TEnum[entries.Length];
        for (int i = 0; i < entries.Length; i++)
        {
            _tokens[i] = entries[i].Token;
            _values[i] = entries[i].Value;
        }
    }

    /// <summary>Every word, in the order the table defines them.</summary>
    public IReadOnlyList<string> Tokens => _tokens;

    /// <summary>The member <paramref name="token"/> stands for; false when it is not a word of this table (words are case-sensitive).</summary>
    public bool TryParse(string token, out TEnum value)
    {
        for (int i = 0; i < _tokens.Length; i++)
        {
            if (string.Equals(_tokens[i], token, StringComparison.Ordinal))
            {
                value = _values[i];
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>The word for <paramref name="value"/>, or null when plan files have no word for it.</summary>
    public string? TokenOf(TEnum value)
    {
        for (int i = 0; i < _values.Length; i++)
        {
            if (EqualityComparer<TEnum>.Default.Equals(_values[i], value))
            {
                return _tokens[i];
            }
        }

        return null;
    }
}
