//! Word classes the concept reader works with: content and function words, verbs and
//! adverbs by their form, determiners, time nouns, and the tokens that join words into one
//! ("Russia's", "re-released", "S&P") or a number into a name ("S&P 500").

use super::super::lexer::{Kind, Toks};
use super::super::lexicon::Lexicon;
use super::super::number::word;
use super::super::scan::is_month;

pub(super) fn is_function(w: &str, lex: &Lexicon) -> bool {
    lex.concept.function_words.contains(w)
}

/// Is token `i` a word that may be part of a concept?
pub(super) fn is_content(text: &str, toks: &Toks, i: usize, lex: &Lexicon) -> bool {
    let t = toks[i];
    // ("M2 rose 16.25 pct", "the G20 summit": a code's digits glued to its capitals; not a
    // month's contract code, "MAY7")
    if t.kind == Kind::Num && t.glued && i > 0 {
        let code = &text[toks[i - 1].start..toks[i - 1].end];
        return toks[i - 1].kind == Kind::Word
            && code.len() <= 3
            && code.bytes().all(|b| b.is_ascii_uppercase())
            && crate::extract::date::month_of(code).is_none()
            // (nor a period's: "in Q2", "H1", "FY87")
            && !matches!(code, "Q" | "H" | "FY")
            && toks.get(i + 1).is_none_or(|n| !n.glued);
    }
    if t.kind != Kind::Word {
        return false;
    }
    let w = &text[t.start..t.end];
    // a capital inside the sentence starts a name: "the New Hampshire electorate" (but not
    // after an opening quote or bracket: "“But growth of 0.1% ...")
    let opens = i > 0
        && matches!(
            &text[toks[i - 1].start..toks[i - 1].end],
            "\"" | "“" | "(" | "‘"
        );
    // (a price table's capitals after a number's column are its moves: "280 1/4      OFF")
    let table_word = i > 0
        && toks[i - 1].kind == Kind::Num
        && text[toks[i - 1].end..t.start].contains("  ")
        && matches!(w, "OFF" | "UP" | "DOWN" | "UNCH");
    let name = i > 0
        && !opens
        && !table_word
        && w.len() > 1
        && w.starts_with(|c: char| c.is_ascii_uppercase());
    let lower_function = || match super::super::scan::ascii_lower(w, &mut [0u8; 16]) {
        Some(lower) => is_function(lower, lex),
        None => is_function(&w.to_lowercase(), lex),
    };
    // ("the U.S. For 20 mln dlrs": a capital after an abbreviation's full stop starts no name)
    let after_stop = || &text[toks[i - 1].start..toks[i - 1].end] == ".";
    // ("the U.S. Rose to 7.1 billion dlrs": nor does a change verb)
    let stop_verb = || lex.change_verb(&w.to_ascii_lowercase()).is_some();
    let function = if name {
        after_stop() && (lower_function() || stop_verb())
    } else {
        lower_function()
    };
    // ("won’t", "don't": a negated auxiliary; "you’ve", "they're": a pronoun and its verb)
    let negation = || w.ends_with("n't") || w.ends_with("n’t");
    let contraction = || {
        [
            "’ve", "'ve", "’re", "'re", "’ll", "'ll", "’d", "'d", "’m", "'m",
        ]
        .iter()
        .any(|e| w.ends_with(e))
    };
    // ("80 miles northwest of Fairbanks": a direction, cheaply ruled out by its first letter)
    let direction = || {
        matches!(w.as_bytes()[0], b'n' | b's' | b'e' | b'w') && lex.concept.directions.contains(w)
    };
    // ("taking almost $1.6bn worldwide": an adverb when no noun follows; "worldwide sales")
    let adverb_end = || {
        w.len() >= 8
            && lex.concept.adverb_adjectives.contains(w)
            && !toks.get(i + 1).is_some_and(|t| {
                t.kind == Kind::Word && text[t.start..t.end].starts_with(|c: char| c.is_lowercase())
            })
    };
    // (nor a plural's lone "s": "767-300's from", "the mid 30s"; a possessive's goes on to
    // its noun: "2004's average")
    let letter = || {
        w == "s"
            && t.glued
            && !toks.get(i + 1).is_some_and(|n| {
                let next = &text[n.start..n.end];
                n.kind == Kind::Word
                    && next.starts_with(|c: char| c.is_ascii_lowercase())
                    && !lex.concept.function_words.contains(next)
            })
    };
    // ("from the year-ago 2.6 mln dlrs", "the year-earlier quarter": a time reference)
    let dated = || {
        let raw = |k: usize| toks.get(k).map_or("", |t| &text[t.start..t.end]);
        raw(i + 1) == "-" && toks[i + 1].glued && matches!(raw(i + 2), "ago" | "earlier" | "before")
    };
    // ("13 pct higher this year at 2,720 tonnes": a figure's comparative)
    let compared = || {
        matches!(
            w,
            "higher" | "lower" | "stronger" | "firmer" | "better" | "weaker" | "easier" | "softer"
        ) && i > 0
            && (toks[i - 1].kind == Kind::Num
                || lex
                    .unit_for_alias(&text[toks[i - 1].start..toks[i - 1].end].to_lowercase())
                    .is_some())
    };
    // (each test only when the cheaper ones before it pass)
    !function
        && !dated()
        && !compared()
        && !negation()
        && !contraction()
        && !is_adverb(w)
        && !letter()
        && !direction()
        && !adverb_end()
        && !is_month(text, toks, i)
        && w.parse::<chrono::Weekday>().is_err()
}

/// What the plural of counted noun `c` starts with: "citi" for "city" ("cities"; the singular
/// without its last letter), "gentlem" for "gentleman" ("gentlemen": a plural in -men past its
/// "a"). `c` is the part after a prefix's hyphen ("sponsor" of "co-sponsor").
pub(super) fn plural_stem(c: &str) -> &str {
    match c.strip_suffix("an") {
        Some(m) if c.len() > 5 && m.ends_with('m') => m,
        _ => c.char_indices().last().map_or(c, |(i, _)| &c[..i]),
    }
}

/// An adverb by its ending ("provisionally", "reportedly"; not "family" or "supply").
pub(super) fn is_adverb(w: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "ally", "ively", "ously", "ately", "edly", "ingly", "fully", "ently", "antly", "ibly",
        "ectly", "ictly", "ably", "lessly", "ghly", "mply", "denly", "licly", "irly", "dily",
        "vily", "sily", "arily", "ually",
    ];
    w.len() > 5 && ENDINGS.iter().any(|e| w.ends_with(e))
}

/// A linking verb (or any -ing/-ed form), which never names what is measured.
pub(super) fn is_verb_like(w: &str, lex: &Lexicon) -> bool {
    // ("rapeseed", "feed", "speed" are nouns)
    let noun_in_ed = ["seed", "feed", "speed", "breed", "weed", "greed"]
        .iter()
        .any(|n| w.ends_with(n));
    w.ends_with("ing")
        || (w.ends_with("ed") && !noun_in_ed)
        || is_link_verb(w, lex)
        || (3..=5).contains(&w.len()) && lex.concept.irregular_past.contains(w)
}

pub(super) fn is_link_verb(w: &str, lex: &Lexicon) -> bool {
    let links = &lex.concept.link_verbs;
    links.contains(w)
        || w.strip_suffix("es").is_some_and(|s| links.contains(s))
        || w.strip_suffix('s').is_some_and(|s| links.contains(s))
}

/// A noun of time ("year", "quarter"; `[periods] nouns` in the schema).
pub(super) fn is_period_noun(w: &str, lex: &Lexicon) -> bool {
    lex.periods.nouns.iter().any(|n| n == w)
}

pub(super) fn is_change_verb(w: &str, lex: &Lexicon) -> bool {
    // ("a loss of 33 mln dlrs": "loss" is a noun)
    lex.change_verb(w).is_some() && !lex.not_verbs.contains(w)
}

/// A change word that can only be a noun, by its ending ("growth", "reduction", "expansion",
/// "improvement"): in "kept growth above 9%" it is what is measured, not a verb.
pub(super) fn is_change_noun(w: &str, lex: &Lexicon) -> bool {
    is_change_verb(w, lex)
        && lex
            .concept
            .noun_endings
            .iter()
            .any(|e| w.ends_with(e.as_str()))
}

pub(super) use super::super::lexer::is_determiner;

/// Token `k` is a possessive ending ("'s") or a hyphen glued between two words: it joins
/// the words around it into one.
pub(super) fn is_joiner(text: &str, toks: &Toks, k: usize) -> bool {
    let Some(t) = toks.get(k) else {
        return false;
    };
    let raw = &text[t.start..t.end];
    let glued_both = t.glued && toks.get(k + 1).is_some_and(|t| t.glued);
    match raw {
        "'" | "’" => {
            glued_both
                && toks
                    .get(k + 1)
                    .is_some_and(|t| &text[t.start..t.end] == "s")
        }
        // ("S&P", "AT&T")
        "-" | "&" => glued_both && toks.get(k + 1).is_some_and(|t| t.kind == Kind::Word),
        _ => false,
    }
}

/// Is token `k` a number that names what it follows ("S&P 500", "FTSE 100", "Chapter 11")?
/// Whole digits one space after a name word (not a table's "Ttl-F  6,361.3").
pub(super) fn is_named_number(text: &str, toks: &Toks, k: usize, lex: &Lexicon) -> bool {
    let name_word = |k: usize| {
        let raw = &text[toks[k].start..toks[k].end];
        (raw.len() > 1 || is_joiner(text, toks, k.wrapping_sub(1)))
            && super::super::names::is_name_word(text, toks, k, lex)
    };
    k > 0
        && toks[k].kind == Kind::Num
        && text[toks[k].start..toks[k].end]
            .bytes()
            .all(|b| b.is_ascii_digit())
        && &text[toks[k - 1].end..toks[k].start] == " "
        && name_word(k - 1)
}

/// The opening comma of a discourse adverb set off by commas ("The index, however, fell") that
/// ends at the comma at token `i`, not before token `start`.
pub(super) fn discourse_aside(
    text: &str,
    toks: &Toks,
    i: usize,
    start: usize,
    lex: &Lexicon,
) -> Option<usize> {
    let lower = |k: usize| word(text, toks, k).unwrap_or_default();
    if i <= start + 2 {
        return None;
    }
    let open = (i.saturating_sub(6).max(start)..i - 1)
        .rev()
        .find(|&k| lower(k) == ",")?;
    let words: Vec<_> = (open + 1..i).map(lower).collect();
    lex.concept
        .discourse_asides
        .contains(&words.join(" "))
        .then_some(open)
}
