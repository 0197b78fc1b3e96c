using System.Text.RegularExpressions;

namespace GenScene.Studio.Tests.Infrastructure.Api.Fuzz;

/// <summary>What the studio answered one case, and what is wrong with that answer (null when nothing is).</summary>
public sealed partial record FuzzAnswer(FuzzCase Case, int Status, string? ContentType, string Body, string? Transport = null)
{
    public const string ProblemJson = "application/problem+json";

    /// <summary>
    /// What a user of the API must never see: a stack frame, an exception's type, or the full name of a type of
    /// the studio or the framework (they tell an attacker how the studio is built and add nothing a client can use).
    /// </summary>
    [GeneratedRegex(@"\n\s+at \S+\(|\b\w+Exception\b|\b(?:GenScene\.Studio|System|Microsoft)\.[A-Z]\w*\.", RegexOptions.CultureInvariant)]
    private static partial Regex Internals();

    public string? Finding()
    {
        if (Transport is not null)
        {
            return $"no answer: {Transport}";
        }
        if (Status >= 500)
        {
            return $"{Status}";
        }
        if (Internals().Match(Body) is { Success: true } leak)
        {
            return $"{Status} showing internals ('{leak.Value.Trim()}')";
        }
        if (Status is >= 200 and < 300)
        {
            return FuzzAllowList.Success(Case) ? null : $"{Status}: accepted hostile input";
        }
        if (Status is >= 400 and < 500)
        {
            if (ContentType == ProblemJson)
            {
                return null;
            }
            return FuzzAllowList.PlainRefusal(Case, this) ? null : $"{Status} as {ContentType ?? "no content type"}, not {ProblemJson}";
        }
        return $"{Status}: neither a refusal nor a success";
    }

    public string Excerpt => Body.Length > 240 ? Body[..240] + "…" : Body;
}
