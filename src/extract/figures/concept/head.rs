//! The head a noun phrase is attached to by prepositions: "balances at the Federal
//! Reserve" measure balances, "borrowings from the private sector by non-bank financial
//! intermediaries" measure borrowings.

use super::super::context::is_cue;
use super::super::lexer::Toks;
use super::super::lexicon::Lexicon;
use super::super::number::word;
use super::classes::{
    is_change_verb, is_content, is_determiner, is_link_verb, is_period_noun, is_verb_like,
};
use super::MAX_WORDS;

/// As [`head`], followed back through up to three prepositional phrases ("exports of coffee
/// from Brazil to Japan"): the start and end of the head phrase, and whether its last link is
/// "of" (the phrases are then read as one, up to the end of the phrase at `s`).
pub(super) fn head_chain(
    text: &str,
    toks: &Toks,
    s: usize,
    start: usize,
    passed_verb: bool,
    lex: &Lexicon,
) -> Option<(usize, usize, bool)> {
    let mut h = head(text, toks, s, start, passed_verb, lex)?;
    for _ in 0..2 {
        if h.2 {
            break;
        }
        match head(text, toks, h.0, start, passed_verb, lex) {
            // "exports of coffee from Brazil": the of-phrase joins its head
            Some((hs, _, true)) => {
                h = (hs, h.1, false);
                break;
            }
            Some(next) => h = next,
            None => break,
        }
    }
    Some(h)
}

/// The noun phrase that the phrase starting at `s` is attached to by a preposition ("balances
/// at the Federal Reserve", "index of leading shares"): its start, end, and whether the
/// preposition is "of" (the two phrases are then read as one: "index of leading shares").
/// Coordinated phrases and a change noun before "by" are passed over ("rate increases by
/// Citibank and Chase Manhattan Bank"). Only a subject carries such phrases: without a verb
/// passed on the way from the figure (`passed_verb`), or a change noun, there is no head.
fn head(
    text: &str,
    toks: &Toks,
    s: usize,
    start: usize,
    passed_verb: bool,
    lex: &Lexicon,
) -> Option<(usize, usize, bool)> {
    let lower = |k: usize| word(text, toks, k).unwrap_or_default();
    let mut k = s;
    // modifiers the noun phrase left out ("of leading shares"), then determiners
    let mut skipped = 0;
    while k > start && skipped < 2 && is_content(text, toks, k - 1, lex) {
        k -= 1;
        skipped += 1;
    }
    // ("funding for that location": "that" too, which is no relative pronoun after a
    // preposition)
    while k > start && (is_determiner(&lower(k - 1)) || lower(k - 1) == "that") {
        k -= 1;
    }
    // "Citibank and Chase Manhattan Bank"
    if k > start + 1 && matches!(&*lower(k - 1), "and" | "or") {
        let mut j = k - 1;
        let mut words = 0;
        while j > start
            && words < MAX_WORDS
            && is_content(text, toks, j - 1, lex)
            && !is_verb_like(&lower(j - 1), lex)
        {
            j -= 1;
            words += 1;
        }
        if words == 0 {
            return None;
        }
        k = j;
    }
    if k <= start + 1 {
        return None;
    }
    let prep = lower(k - 1);
    if !lex.concept.attaching.contains(&*prep) {
        return None;
    }
    if prep == "with" && (k < 2 || !lex.concept.with_heads.contains(&*lower(k - 2))) {
        return None;
    }
    let mut end = k - 1;
    // "prime rate increases by Citibank to 7-3/4 pct": a change noun before "by" is the
    // predicate; the head is the phrase before it
    let change_by = prep == "by" && end > start && is_change_verb(&lower(end - 1), lex);
    // "shares closed on the Paris Bourse today at 2,678 francs", "crude prices have
    // rebounded in Asia, rising to $42.30": a place after a past verb is no head; the verb's
    // subject is
    // ("stocks held in primary storage fell": or a verb of keeping)
    let placed = matches!(&*prep, "on" | "in")
        && end > start + 1
        && (lower(end - 1).ends_with("ed") && is_change_verb(&lower(end - 1), lex)
            || matches!(&*lower(end - 1), "closed" | "held" | "stored" | "kept"));
    if change_by {
        end -= 1;
    } else if placed {
        end -= 1;
        while end > start + 1 && matches!(&*lower(end - 1), "have" | "has" | "had") {
            end -= 1;
        }
    } else {
        // ("Orders on hand at end-1986 9.1 billion": "on hand" is the head's own)
        let on_hand = prep == "on" && matches!(&*lower(s), "hand" | "order");
        if !passed_verb && !on_hand {
            return None;
        }
    }
    // "the Dow Jones Industrial Average fell to session lows, down 200 points": a verb
    // before the preposition has the head as its subject
    if end > start + 1 && {
        // (a plural is a noun: "tax cuts for the wealthiest")
        let v = lower(end - 1);
        // (past tenses only: in "the annual average monthly rise in retail prices was", "rise"
        // is the head noun)
        let past = v.ends_with("ed")
            || lex.concept.irregular_past.contains(&*v)
            || matches!(&*v, "lost" | "came" | "went" | "stood" | "was" | "were");
        past && (is_change_verb(&v, lex) || is_link_verb(&v, lex))
    } {
        end -= 1;
    }
    if end <= start || !is_content(text, toks, end - 1, lex) {
        return None;
    }
    let w = lower(end - 1);
    // ("funding for that location", "spending on defence": a noun of trade in -ing heads it)
    let verb = is_verb_like(&w, lex) && !lex.concept.trade_nouns.contains(&*w);
    if verb || is_cue(&w, lex) || is_period_noun(&w, lex) {
        return None;
    }
    let mut hs = end - 1;
    while hs > start && end - hs < MAX_WORDS && is_content(text, toks, hs - 1, lex) && {
        let b = lower(hs - 1);
        !is_verb_like(&b, lex) && !is_change_verb(&b, lex)
    } {
        hs -= 1;
    }
    Some((hs, end, prep == "of"))
}
