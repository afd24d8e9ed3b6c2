using System.Globalization;

namespace HealthPlan.Catalogue;

/// <summary>
/// Where a number came from: the source document, the 1-based line (for a local text file) and an exact quote.
/// A number quoted from a published document read online (<see cref="Published"/>) has no line.
/// </summary>
/// <param name="Document">The source document: a file name, or the id of one of the plan's <see cref="Plan.Documents"/>.</param>
/// <param name="Line">The 1-based line in the document; null when the document is a web page (<see cref="Published"/> is set).</param>
/// <param name="Quote">A substring of that line (or of the page), as the document writes it, containing the number.</param>
/// <param name="Published">The published document quoted, with its title, issuer, date, address and whether it is the official text; null for a local text file.</param>
public sealed record Provenance(string Document, int? Line, string Quote, SourceDocument? Published = null)
{
    /// <summary>
    /// <c>plan.txt:39 “人均预期寿命达到78岁以上”</c>, or for a published document
    /// <c>《"十三五"卫生与健康规划》 (国务院, 2017-01-10, official text) https://… “婴儿死亡率…”</c>.
    /// </summary>
    public override string ToString()
        => Published is { } published
            ? $"{published} “{Quote}”"
            : $"{Document}:{(Line is int line ? line.ToString(CultureInfo.InvariantCulture) : "?")} “{Quote}”";
}

/// <summary>A published document a plan quotes, read online: what a reader needs to find it and judge how far to trust it.</summary>
/// <param name="Id">The id sources name it by.</param>
/// <param name="TitleZh">The title as published (《"十三五"卫生与健康规划》).</param>
/// <param name="Issuer">Who published this copy (国务院, or the news agency of a repost).</param>
/// <param name="Published">The date of publication as the copy states it: <c>YYYY-MM-DD</c>, <c>YYYY-MM</c> or <c>YYYY</c>.</param>
/// <param name="Address">The web address the copy was read at.</param>
/// <param name="Copy">Whether this is the official text or a secondary copy.</param>
/// <param name="Note">A curator's note on the copy, if any.</param>
public sealed record SourceDocument(string Id, string TitleZh, string Issuer, string Published, string Address, DocumentCopy Copy, string? Note = null)
{
    /// <summary><c>《"十三五"卫生与健康规划》 (国务院, 2017-01-10, official text) https://www.gov.cn/…</c>.</summary>
    public override string ToString() => $"《{TitleZh}》 ({Issuer}, {Published}, {Copy.Describe()}) {Address}";
}

/// <summary>A benchmark quoted beside a target, such as 省指标 ≥90% (the provincial target).</summary>
/// <param name="TextZh">The benchmark as the plan writes it.</param>
/// <param name="Operator">The benchmark's operator, when it states one.</param>
/// <param name="Value">The benchmark's value, when it states one.</param>
public sealed record TargetReference(string TextZh, TargetOperator? Operator = null, double? Value = null)
{
    /// <inheritdoc />
    public override string ToString() => TextZh;
}
