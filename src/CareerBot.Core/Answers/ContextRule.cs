using CareerBot.Core.Conversations;
using CareerBot.Core.Knowledge;
using CareerBot.Core.Routing;

namespace CareerBot.Core.Answers;

/// <summary>How a message is read: on its own, in the context of the conversation so far, or as outside what the bot knows.</summary>
public enum Reading
{
    Fresh,
    InContext,
    OffTopic,
}

/// <summary>
/// The rule for when a message inherits the conversation's topic. In order:
/// 1. most of its words (slot names aside) are words no knowledge entry uses → off topic (gibberish, the weather, nurses' pay);
/// 2. no earlier state → fresh;
/// 3. small talk (thanks, greetings, bye) → fresh, unless the router is unsure and it uses the last answer's words;
/// 4. a complete question (opens with a question word, no reference back) that the router confidently places on another
///    topic that is not pay, or that names both a level and a figure ("is 150k base decent for a new grad?"), → fresh:
///    it inherits no topic or slot;
/// 5. "what is X" / "whats X" that the router confidently places on another topic → fresh, even when X is also a slot
///    value ("whats mlops" asks what MLOps is, it does not change the specialization of the last answer);
/// 6. it refers back ("and…", "what about…", "that", "same for…") or is short and names slots or a figure ("in germany?", "for L6?") → in context;
/// 7. it is a complete question the router is confident about → fresh;
/// 8. it is elliptical (three content words or fewer), or the router cannot place it alone but it uses words of the last
///    answer ("why does year 2 drop" after the worked example) → in context; otherwise fresh.
/// </summary>
public static class ContextRule
{
    private const int EllipticalWords = 3;
    private static readonly char[] SentenceEnds = ['.', '!', '?', ';'];
    private static readonly string[] Openers = ["and ", "what about", "how about", "same for", "same but", "what if", "ok and", "ok so", "so what about",
        "and what", "but ", "also ", "then ", "hbu", "wbu", "what abt", "how abt", "wat about", "wut about", "now ", "ok what about", "okay and", "ok but"];
    private static readonly HashSet<string> BackReferences = new(StringComparer.Ordinal) { "that", "this", "it", "those", "them", "there", "these", "same", "instead", "then", "else" };
    // Chat filler that neither asks anything nor is off topic.
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "lol", "lmao", "haha", "hmm", "hm", "ah", "oh", "cool", "nice", "wait", "instead", "though", "tho", "btw", "ngl", "tbh", "imo", "fr", "rn",
        "hbu", "wbu", "wby", "k", "kk", "yeah", "yea", "yep", "nah", "same", "else", "now", "abt", "bout", "wat", "wut", "ur", "even", "mean", "means",
        "gonna", "wanna", "idk", "guess", "hit", "till", "until", "level", "levels", "they", "he", "she", "their", "ppl", "person", "guy",
        "decent", "fair", "solid", "lowball", "lowballed", "lowballing", "bad", "normal", "reasonable", "legit", "enough", "ballpark", "fine", "okay", "low", "high", "sorry", "whats", "hows", "wats", "thats", "stuff", "anything", "something", "anyway", "anyways",
        "easier", "harder", "better", "worse", "faster", "slower", "more", "less", "best", "worst",
    };

    // Lead-ins ("ok last thing, …", "one more quick question: …"): words of a message, but never a sign that it continues
    // the last answer ("high pay is likely to last").
    private static readonly HashSet<string> LeadInWords = new(StringComparer.Ordinal) { "last", "thing", "things", "quick", "question", "questions", "one" };

    /// <param name="lastAnswer">The text of the entry last answered, empty when none.</param>
    // Everyday topics people drift into; the speller would otherwise "correct" some of them ("weather" → "whether").
    private static readonly HashSet<string> EverydayTopics = new(StringComparer.Ordinal)
    {
        "weather", "rain", "raining", "snow", "snowing", "sunny", "forecast", "temperature", "recipe", "recipes", "cook", "cooking", "bake", "pizza",
        "joke", "jokes", "movie", "movies", "song", "songs", "football", "soccer", "basketball", "nba", "nfl", "game", "games", "dating",
        "girlfriend", "boyfriend", "horoscope", "lottery", "restaurant", "restaurants",
        "hiking", "hike", "coffee", "cafe", "bar", "bars", "hotel", "hotels", "beach", "museum", "food", "eat", "brunch", "sushi", "tacos", "vacation", "flight", "flights",
    };

    // Words that ask where to find something in a place, and say nothing about careers.
    private static readonly HashSet<string> PlaceSearchWords = new(StringComparer.Ordinal)
    {
        "place", "places", "spot", "spots", "near", "nearby", "around", "recommend", "recommendation", "recommendations", "rec", "recs", "good", "best", "visit", "visiting",
    };

    private const int CompleteQuestionWords = 5;
    private static readonly HashSet<string> QuestionOpeners = new(StringComparer.Ordinal)
    {
        "what", "whats", "wats", "how", "hows", "is", "are", "do", "does", "should", "can", "could", "will", "would", "which", "where", "when", "why", "who", "am",
    };

    /// <param name="alone">The entry the message routes to on its own, null when declined.</param>
    public static Reading Decide(DialogueState? previous, string text, MessageSlots slots, RouteResult standalone, KnowledgeEntry? alone, IntentRouter router, string lastAnswer)
    {
        var remainder = slots.Remainder(text);
        var placeNamed = slots.Place is not null;
        var (content, unknown) = Count(remainder, router, placeNamed);
        // Off topic only when every sentence or part is: "sorry, cat on the keyboard. do i need a phd" still asks something.
        if (Parts(remainder).Select(s => Count(s, router, placeNamed))
            .Where(c => c.Content > 0).All(c => c.Unknown * 2 > c.Content) && content > 0) return Reading.OffTopic;
        if (previous is null) return Reading.Fresh;
        // Off-topic words in a short message ("how much do nurses make") must not pick up the last topic.
        if (HasForeignWords(content, unknown)) return Reading.Fresh;
        var confident = !standalone.Declined && standalone.Confidence >= router.Options.DeclineThreshold + 0.15;
        // Small talk is read in context only when it is weak and uses the last answer's words ("whats base then").
        if (alone?.HasTag("smalltalk") == true && (confident || !SharesWords(remainder, lastAnswer))) return Reading.Fresh;
        if (IsCompleteQuestion(text) && (slots.Level is not null && slots.Figure is not null
            || confident && alone is not null && alone.Id != previous.Topic && !Answers.PayTopics.AnswersPay(alone))) return Reading.Fresh;
        if (AsksWhatSomethingIs(text) && confident && alone is not null && alone.Id != previous.Topic) return Reading.Fresh;
        if (RefersBack(text) || ((slots.Any || slots.Figure is not null) && content <= EllipticalWords)) return Reading.InContext;
        if (confident) return Reading.Fresh;
        // A complete question after a lead-in ("ok last thing, how much do ml managers make") announces something new.
        if (AfterLeadIn(text) is { } question && IsCompleteQuestion(question)) return Reading.Fresh;
        // Short, or not understood alone but using the last answer's words ("why does year 2 drop" after the example).
        return content <= EllipticalWords || standalone.Declined && SharesWords(remainder, lastAnswer) ? Reading.InContext : Reading.Fresh;
    }

    private static readonly string[] LeadInEnds = [", ", ": ", " - ", " — "];

    /// <summary>"ok last thing, how much …", "quick q - is …": the question after a short lead-in; null when there is none.</summary>
    private static string? AfterLeadIn(string text)
    {
        foreach (var end in LeadInEnds)
        {
            var at = text.IndexOf(end, StringComparison.Ordinal);
            if (at <= 0) continue;
            var leadIn = TextNormalizer.Tokenize(text[..at].ToLowerInvariant());
            if (leadIn.Count is > 0 and <= 4 && leadIn.All(w => LeadInWords.Contains(w) || Filler.Contains(w) || w is "ok" or "okay" or "so" or "also" or "and" or "more"))
                return text[(at + end.Length)..];
        }
        return null;
    }

    /// <summary>The sentences of a message, each split into its question parts.</summary>
    public static IEnumerable<string> Parts(string text) => Sentences(text).SelectMany(Answers.QuestionClauses.Split);

    public static IReadOnlyList<string> Sentences(string text) => text.Split(SentenceEnds, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>True when half or more of the message's words (slot names aside) are words no knowledge entry uses.</summary>
    public static bool HasForeignWords(string text, MessageSlots slots, IntentRouter router)
    {
        var (content, unknown) = Count(slots.Remainder(text), router, slots.Place is not null);
        return HasForeignWords(content, unknown);
    }

    // "specifically", "roughly", "honestly": adverbs qualify a question without changing its topic.
    private static bool IsAdverb(string word) => word.Length > 6 && word.EndsWith("ly", StringComparison.Ordinal);

    /// <summary>The message without its adverbs ("how long till i hit senior realistically" → "how long till i hit senior"), null when it has none.</summary>
    public static string? WithoutAdverbs(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kept = words.Where(w => !IsAdverb(w.Trim(SentenceEnds).ToLowerInvariant())).ToList();
        return kept.Count == words.Length || kept.Count == 0 ? null : string.Join(' ', kept);
    }

    /// <summary>Content words and unknown ones: filler left out; everyday topics and bare numbers ("2+2") counted as unknown.</summary>
    /// <remarks>
    /// With a place named, words that only ask for a spot in it ("a good pizza place in sf", "hiking spots near seattle")
    /// are left out too: otherwise they outvote the one word that says what is wanted, and the place alone reads as location pay.
    /// </remarks>
    private static (int Content, int Unknown) Count(string text, IntentRouter router, bool placeNamed)
    {
        var everyday = TextNormalizer.Tokenize(text).Count(w => EverydayTopics.Contains(w) || w.All(char.IsDigit));
        var (content, unknown) = router.CountUnknownWords(text, w => Filler.Contains(w) || IsAdverb(w) || EverydayTopics.Contains(w) || w.All(char.IsDigit)
            || placeNamed && PlaceSearchWords.Contains(w));
        return (content + everyday, unknown + everyday);
    }

    private static bool HasForeignWords(int content, int unknown) => unknown > 0 && unknown * 2 >= content;

    /// <summary>True when the message adds nothing but slot names and filler ("and in nyc?", "what about for staff?").</summary>
    public static bool OnlyChangesSlots(string text, MessageSlots slots, IntentRouter router) =>
        slots.Any && router.CountUnknownWords(slots.Remainder(text), w => Filler.Contains(w) || BackReferences.Contains(w) || w is "pay" or "make" or "for").Content == 0;

    /// <summary>"how long till i hit senior realistically": opens with a question word, is long enough to stand alone and refers to nothing before it.</summary>
    private static bool IsCompleteQuestion(string text)
    {
        var words = TextNormalizer.Tokenize(text.ToLowerInvariant());
        return words.Count >= CompleteQuestionWords && QuestionOpeners.Contains(words[0]) && !RefersBack(text);
    }

    private static readonly string[] WhatIsOpeners = ["what is ", "whats ", "what's ", "what are ", "wats ", "what r ", "what even is "];

    /// <summary>"whats mlops", "what is total comp": asks what something is, and names it, without referring back.</summary>
    private static bool AsksWhatSomethingIs(string text)
    {
        var t = text.TrimStart().ToLowerInvariant();
        return WhatIsOpeners.Any(o => t.StartsWith(o, StringComparison.Ordinal)) && !RefersBack(text);
    }

    public static bool RefersBack(string text)
    {
        var t = text.TrimStart().ToLowerInvariant();
        return Openers.Any(o => t.StartsWith(o, StringComparison.Ordinal)) || TextNormalizer.Tokenize(t).Any(BackReferences.Contains);
    }

    /// <summary>Whether the message shares a content word with the last answer ("why does year 2 drop" after the worked example).</summary>
    private static bool SharesWords(string remainder, string lastAnswer)
    {
        var answerWords = TextNormalizer.Tokenize(lastAnswer).Select(TextNormalizer.Stem).ToHashSet(StringComparer.Ordinal);
        return TextNormalizer.Tokenize(remainder).Any(w => w.Length > 2 && !StopWords.Contains(w) && !Filler.Contains(w) && !LeadInWords.Contains(w)
            && answerWords.Contains(TextNormalizer.Stem(w)));
    }
}
