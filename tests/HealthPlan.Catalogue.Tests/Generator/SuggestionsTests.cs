using HealthPlan.Catalogue.Generators.Diagnostics;

namespace HealthPlan.Catalogue.Tests.Generator;

/// <summary>The one "did you mean" helper every diagnostic about an unknown word uses.</summary>
public class SuggestionsTests
{
    private static readonly string[] Words = { "percent", "per-mille", "per-10k", "nameZh", "nameEn", "county", "country", "<", ">", "=" };

    [Theory]
    [InlineData("NAMEZH", "nameZh")]          // another case
    [InlineData("per_mille", "per-mille")]    // other separators
    [InlineData("perMille", "per-mille")]
    [InlineData("percnet", "percent")]        // two letters swapped: one edit
    [InlineData("percentt", "percent")]       // one letter too many
    [InlineData("contry", "country")]         // closer to country (1) than to county (2)
    [InlineData("nameZn", null)]              // as close to nameZh as to nameEn: no guess
    [InlineData("kilograms", null)]           // nothing close
    [InlineData("≠", null)]                   // a one-character word is one edit from every other: no guess
    [InlineData("", null)]
    public void Closest_finds_the_word_a_typo_meant(string word, string? expected)
        => Assert.Equal(expected, Suggestions.Closest(word, Words));

    [Fact]
    public void An_alias_wins()
        => Assert.Equal("percent", Suggestions.Closest("%", Words, new System.Collections.Generic.Dictionary<string, string> { ["%"] = "percent" }));

    [Fact]
    public void Without_a_close_word_the_hint_lists_them_all_sorted()
        => Assert.Equal("use one of: <, =, >, country, county, nameEn, nameZh, per-10k, per-mille, percent", Suggestions.UseOneOf("kilograms", Words));

    [Theory]
    [InlineData("", "", 0)]
    [InlineData("abc", "", 3)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("ab", "ba", 1)]
    [InlineData("ca", "abc", 3)] // optimal string alignment: a swap is not edited again
    public void Distance_counts_inserts_deletes_substitutions_and_swaps(string a, string b, int expected)
    {
        Assert.Equal(expected, HealthPlan.Catalogue.Generators.Shared.EditDistance.Between(a, b));
        Assert.Equal(expected, HealthPlan.Catalogue.Generators.Shared.EditDistance.Between(b, a));
    }
}
