//! The run of content words that makes a concept phrase after a figure or a preposition
//! ("of the New Hampshire Democratic electorate"): where it ends, and how a phrase cut short
//! is trimmed.

use super::super::lexer::Toks;
use super::super::lexicon::Lexicon;
use super::super::number::word;
use super::classes::{
    is_adverb, is_content, is_determiner, is_joiner, is_link_verb, is_named_number, is_verb_like,
};

/// The longest phrase after a figure, in words: a noun comes last in English, and names
/// take room ("of the New Hampshire Democratic electorate").
pub(super) const MAX_RUN: usize = 4;

/// The end of a run of up to [`MAX_RUN`] content words starting at `from`, before
/// `ceiling`; possessives and hyphens join words without counting. A linking verb ends it.
pub(super) fn run_end(
    text: &str,
    toks: &Toks,
    from: usize,
    ceiling: usize,
    lex: &Lexicon,
) -> usize {
    let mut j = from;
    let mut words = 0;
    while j < ceiling && words < MAX_RUN {
        if j > from && is_joiner(text, toks, j) {
            // "Russia's", "re-released": the joined word is part of the one before
            j += 2;
            continue;
        }
        // "of S&P 500 index companies"
        if j > from && is_named_number(text, toks, j, lex) {
            j += 1;
            continue;
        }
        // a verb ends the phrase ("of the staffers planned to"); a linking verb opening it
        // must be an adjective before a noun ("her top campaign staffers", not "32% saw the")
        let verb = word(text, toks, j).is_some_and(|w| {
            if j == from {
                // ("in the cost of living": after a determiner it is a noun)
                let determined =
                    j > 0 && word(text, toks, j - 1).is_some_and(|d| is_determiner(&d));
                is_link_verb(&w, lex)
                    && !determined
                    && !(j + 1 < ceiling && is_content(text, toks, j + 1, lex))
            } else {
                // ("of Democrats believe social media companies": a plural's verb of opinion)
                let opinion = !w.ends_with('s')
                    && lex.concept.opinion_verbs.contains(&*w)
                    && word(text, toks, j - 1).is_some_and(|p| p.len() > 3 && p.ends_with('s'));
                // "guaranteed subordinated bonds", "refined bleached deodorised palm oil": -ed
                // words before a noun are adjectives
                opinion
                    || is_verb_like(&w, lex)
                        && !(j + 1..(j + 4).min(ceiling))
                            .take_while(|&k| is_content(text, toks, k, lex))
                            .any(|k| word(text, toks, k).is_some_and(|n| !is_verb_like(&n, lex)))
            }
        });
        // ("of Charter's new debentures": a word describing an amount inside a phrase, before
        // its noun)
        // (evaluated lazily: this runs for every word of every run)
        let modifier = || {
            j > from
                && j + 1 < ceiling
                && word(text, toks, j).is_some_and(|w| lex.concept.figure_modifiers.contains(&*w))
                && is_content(text, toks, j + 1, lex)
        };
        if !(is_content(text, toks, j, lex) || modifier()) || verb {
            break;
        }
        // "Russia's total crude oil output": an owner does not count
        let raw = &text[toks[j].start..toks[j].end];
        if !(raw.ends_with("'s") || raw.ends_with("’s")) {
            words += 1;
        }
        j += 1;
        // "U.S. corn": an abbreviation's own full stop, with the phrase going on after it
        // ("saw Mr. Sanders": so has a title)
        let title = matches!(
            raw,
            "Mr" | "Mrs" | "Ms" | "Dr" | "Sen" | "Rep" | "Gov" | "Gen" | "Prof" | "St"
        );
        let abbreviation_stop = (raw.contains('.') || title)
            && toks
                .get(j)
                .is_some_and(|t| t.glued && &text[t.start..t.end] == ".")
            && j + 1 < ceiling
            && is_content(text, toks, j + 1, lex);
        if abbreviation_stop {
            j += 1;
        }
    }
    j.min(ceiling)
}

/// A concept phrase without the function words and adverbs it was cut short on.
pub(super) fn trim(phrase: Option<String>, lex: &Lexicon) -> Option<String> {
    let phrase = phrase?;
    let adverb = |w: &str| w.bytes().all(|b| b.is_ascii_lowercase()) && is_adverb(w);
    // ("the end of a highly entertaining first half": a phrase cut short ends on its noun, not
    // on an article, a preposition or an adverb)
    // (cheap tests first: this runs for every figure, and most phrases need no trimming)
    let function = |w: &str| {
        let mut buf = [0u8; 16];
        super::super::scan::ascii_lower(w, &mut buf)
            .is_some_and(|l| lex.concept.function_words.contains(l))
    };
    let mut end = phrase.len();
    while let Some((rest, last)) = phrase[..end].trim_end().rsplit_once(' ') {
        if !function(last) && !adverb(last) {
            break;
        }
        end = rest.len();
    }
    // (nor starts on an adverb: "simply cap premiums")
    let start = match phrase[..end].split_once(' ') {
        Some((first, _)) if adverb(first) => first.len() + 1,
        _ => 0,
    };
    // (a time written as an adverb is none: "34.3 pct year-to-date to 41.6 mln")
    // (cheap test first: every such adverb is hyphenated or an abbreviation)
    let kept = &phrase[start..end];
    let mut buf = [0u8; 16];
    if (kept.len() <= 3 || kept.contains('-'))
        && super::super::scan::ascii_lower(kept, &mut buf)
            .is_some_and(|l| lex.concept.period_adverbs.contains(l))
    {
        return None;
    }
    if start == 0 && end == phrase.len() {
        return Some(phrase);
    }
    Some(phrase[start..end].to_string())
}
