using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Bootcamp.Web.Features.Shared;

/// <summary>One problem of the summary; <paramref name="FieldId"/> is the id of the field it is about, when the page shows one.</summary>
public sealed record ErrorSummaryItem(string Message, string? FieldId);

/// <summary>
/// Every problem of a refused form, listed at the top of the page with a link to each field (the GOV.UK error summary).
/// The links point at the fields the page really rendered: the ids are read from the page's own markup by field name,
/// because views name their inputs' ids in more than one way.
/// </summary>
public static partial class ErrorSummary
{
    public static IReadOnlyList<ErrorSummaryItem> For(ModelStateDictionary state, IHtmlContent body)
    {
        if (state.IsValid)
            return [];
        using var writer = new StringWriter();
        body.WriteTo(writer, HtmlEncoder.Default);
        var html = writer.ToString();
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match tag in FieldTag().Matches(html))
        {
            var name = NameAttribute().Match(tag.Value);
            var id = IdAttribute().Match(tag.Value);
            if (name.Success && id.Success && !tag.Value.Contains("type=\"hidden\"", StringComparison.OrdinalIgnoreCase))
                ids.TryAdd(System.Net.WebUtility.HtmlDecode(name.Groups[1].Value), id.Groups[1].Value);
        }
        return
        [
            .. state.Where(entry => entry.Value is { Errors.Count: > 0 })
                .OrderBy(entry => entry.Key.Length == 0 ? 0 : 1)
                .SelectMany(entry => entry.Value!.Errors.Select(error => new ErrorSummaryItem(
                    error.ErrorMessage.Length > 0 ? error.ErrorMessage : "This value is not valid.",
                    entry.Key.Length == 0 ? null : ids.GetValueOrDefault(entry.Key) ?? ids.GetValueOrDefault(WithoutPrefix(entry.Key)))))
                .DistinctBy(item => (item.Message, item.FieldId)),
        ];
    }

    /// <summary>A key bound with a prefix ("Form.Name") for an input named without it ("Name").</summary>
    private static string WithoutPrefix(string key) => key.IndexOf('.') is var dot and > 0 ? key[(dot + 1)..] : key;

    [GeneratedRegex(@"<(?:input|select|textarea)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex FieldTag();

    [GeneratedRegex(@"\sname=""([^""]+)""")]
    private static partial Regex NameAttribute();

    [GeneratedRegex(@"\sid=""([^""]+)""")]
    private static partial Regex IdAttribute();
}
