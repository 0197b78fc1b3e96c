using System.Text.RegularExpressions;
using GenScene.Studio.Tests.Infrastructure.Localization;
using Microsoft.Playwright;

namespace GenScene.Studio.Tests.Components;

/// <summary>
/// What a person sees on a page, and which of it is English a Spanish page must not show: every English
/// resource text (that differs from its Spanish one), and common English words in the page's own chrome
/// (buttons, headings, labels, column heads, navigation, alerts), where no user's content sits.
/// </summary>
public static partial class VisibleTexts
{
    /// <summary>Visible text nodes, the title, and the accessible names and hints (aria-label, title, placeholder, alt) of visible elements.</summary>
    public static async Task<(IReadOnlyList<string> All, IReadOnlyList<string> Chrome)> ReadAsync(IPage page)
    {
        var all = await page.EvaluateAsync<string[]>("""
            () => {
              const seen = [];
              const visible = el => !!el && !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length)
                && getComputedStyle(el).visibility !== 'hidden';
              const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
              while (walker.nextNode()) {
                const node = walker.currentNode;
                const text = node.textContent.trim();
                const parent = node.parentElement;
                if (text && parent && !['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(parent.tagName) && visible(parent)) seen.push(text);
              }
              for (const el of document.querySelectorAll('[aria-label], [title], [placeholder], img[alt]')) {
                if (!visible(el) && el.tagName !== 'INPUT') continue;
                for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
                  const value = (el.getAttribute(name) || '').trim();
                  if (value) seen.push(value);
                }
              }
              seen.push(document.title);
              return seen;
            }
            """);
        var chrome = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('button, h1, h2, h3, h4, h5, h6, th, label, legend, .mud-nav-link, .mud-alert-message, .mud-tab, .mud-input-helper-text, .mud-snackbar, .mud-dialog-title')]
              .filter(el => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length))
              .map(el => el.innerText.trim()).filter(t => t)
            """);
        return (all, chrome);
    }

    /// <summary>The English texts of every resource pair, as exact strings and, for those with arguments, as patterns.</summary>
    public static IReadOnlyList<(string Text, Regex Pattern)> EnglishResourceTexts() =>
        [.. StudioResources.All()
            .SelectMany(pair => pair.English.Where(e => pair.Spanish.TryGetValue(e.Key, out var es) && es != e.Value).Select(e => e.Value))
            .Distinct(StringComparer.Ordinal)
            // Short templates ("{0} and {1}") would match users' own words ("teal and orange"): a template needs five letters of its own.
            .Where(text => Literal(text).Count(char.IsLetter) >= (Argument().IsMatch(text) ? 5 : 3))
            .Select(text => (text, new Regex("^" + string.Join(".+?", Argument().Split(text).Select(Regex.Escape)) + "$", RegexOptions.Singleline)))];

    /// <summary>Words of English UI that Spanish never uses; whole words, any case.</summary>
    public static Regex EnglishWords() => EnglishWordsRegex();

    private static string Literal(string text) => Argument().Replace(text, "");

    [GeneratedRegex(@"\{\d+(?:[,:][^}]*)?\}")]
    private static partial Regex Argument();

    [GeneratedRegex(@"\b(the|and|of|your|with|this|new|save|delete|cancel|add|edit|upload|search|close|back|open|show|hide|choose|create|remove|download|settings|sign|there|no one|nothing|yet|loading|error|failed|running|queued|succeeded)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishWordsRegex();
}
