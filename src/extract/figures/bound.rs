//! Bound phrases around a number ("more than", "about", "from over"), as the schema's
//! prefix bounds list them, and those written after it ("5000 or more", "10 or less").

use super::lexer::{Kind, Toks};
use super::lexicon::{Bound, Lexicon};
use super::number::{self, word};
use super::scan::Quantity;
use super::units::currency_at;
use crate::model::Change;

/// The bound phrase ("more than", "about") written just before token `at`, not before
/// `floor`.
pub fn bound_ending<'l>(
    text: &str,
    toks: &Toks,
    at: usize,
    floor: usize,
    lex: &'l Lexicon,
) -> Option<&'l (Vec<String>, Bound)> {
    let from = at.saturating_sub(lex.prefix_bounds.longest()).max(floor);
    // most words end no bound phrase: checked before collecting the words before them
    let last = at.min(toks.len()).checked_sub(1).filter(|&k| k >= from)?;
    if !lex.prefix_bounds.is_anchor(&word(text, toks, last)?) {
        return None;
    }
    if column_gap(text, toks, at) {
        return None;
    }
    // (the words on the stack: this runs for most figures)
    let mut words: [std::borrow::Cow<str>; 8] = Default::default();
    let n = last + 1 - from;
    if n > words.len() {
        let words: Vec<_> = (from..=last).filter_map(|k| word(text, toks, k)).collect();
        return lex.prefix_bounds.ending(&words);
    }
    for (slot, k) in words.iter_mut().zip(from..=last) {
        *slot = word(text, toks, k)?;
    }
    lex.prefix_bounds.ending(&words[..n])
}

/// The number of words of a bound phrase opening at token `at` ("from over 2,000"); 0 if none.
pub fn bound_opening(text: &str, toks: &Toks, at: usize, lex: &Lexicon) -> usize {
    (1..=lex.prefix_bounds.longest())
        .rev()
        .find(|&n| bound_ending(text, toks, at + n, at, lex).is_some_and(|(p, _)| p.len() == n))
        .unwrap_or(0)
}

/// Does a table's column gap (three spaces or more) stand before token `at`, after a word
/// that ends the cell before it? Words across it are no phrase: in "0.34 under    0.35 under",
/// "under" follows its own number (but "UP      1" is one cell).
pub fn column_gap(text: &str, toks: &Toks, at: usize) -> bool {
    // (cheap tests first: this runs for every bound phrase and every figure)
    let gap = |k: usize| &text[toks[k - 1].end..toks[k].start];
    at >= 2
        && at < toks.len()
        && toks[at - 2].kind == super::lexer::Kind::Num
        && toks[at].start - toks[at - 1].end >= 2
        && (gap(at - 1) == " " && gap(at).contains("   ")
            // ("1      under  1      under": the bound word set apart by its own wide gaps)
            // (not a table's "UP      1 1/2", one cell)
            || gap(at - 1).len() >= 2
                && gap(at).len() >= 2
                && matches!(&text[toks[at - 1].start..toks[at - 1].end], "under" | "over"))
}

/// "5000 or more", "10 or less".
pub(super) fn suffix_bound(text: &str, toks: &Toks, q: &mut Quantity, lex: &Lexicon) {
    if let Some((change, words)) = suffix_bound_at(text, toks, q, q.next, lex) {
        q.change = change;
        q.next += words;
    }
}

/// "a gain of 40-50 seats or more": a bound after the counted noun that ends at `next` bounds
/// the count (the noun stays outside the figure, and so does the bound).
pub(super) fn suffix_bound_past_noun(text: &str, toks: &Toks, q: &mut Quantity, lex: &Lexicon) {
    if let Some((change, _)) = suffix_bound_at(text, toks, q, q.next + 1, lex) {
        q.change = change;
    }
}

/// The bound written at token `next` after quantity `q`, and its length in tokens.
fn suffix_bound_at(
    text: &str,
    toks: &Toks,
    q: &Quantity,
    next: usize,
    lex: &Lexicon,
) -> Option<(Change, usize)> {
    // (most words open no bound: a cheap test first)
    let first = word(text, toks, next)?;
    lex.suffix_bounds.anchored_on(&first).next()?;
    // ("80.62 +1.16 +1.45%": a plus spaced from the number and glued to the next is that
    // number's sign, not "or more")
    if first == "+"
        && toks.get(next).is_some_and(|t| !t.glued)
        && toks
            .get(next + 1)
            .is_some_and(|t| t.glued && t.kind == Kind::Num)
    {
        return None;
    }
    // the words after the quantity, read once (a bound is at most a few words)
    let after: Vec<_> = (0..=lex.suffix_bounds.longest())
        .map(|k| word(text, toks, next + k))
        .collect();
    let at = |k: usize| after.get(k).and_then(|w| w.as_deref());
    for (words, bound) in lex.suffix_bounds.anchored_on(at(0).unwrap_or("")) {
        let matches = words
            .iter()
            .enumerate()
            .all(|(k, w)| at(k) == Some(w.as_str()));
        if !matches {
            continue;
        }
        // "above 1000 and below 1500": "and below" joins a second bound, it does not end this one
        let joins_another = words.first().is_some_and(|w| w == "and")
            && number::parse_at(text, toks, next + words.len(), lex).is_some();
        // "200 or greater than 190", "four years and more than $88 million": the bound belongs
        // to the figure after it
        let governs_next = at(words.len()) == Some("than") && {
            let k = next + words.len() + 1;
            number::parse_at(text, toks, k, lex).is_some()
                || currency_at(text, toks, k, lex).is_some()
        };
        // ("1,014.50 dlrs plus accrued interest": money plus a thing is a sum)
        let sum = words.len() == 1
            && words[0] == "plus"
            && q.unit.is_some_and(|u| lex.units[u].dimension == "currency")
            && at(1).is_some_and(|w| w.bytes().all(|b| b.is_ascii_lowercase()));
        // ("five minutes tops", "5 dollars max": a one-word cap only after a unit; "20 tops"
        // are shirts)
        let bare_cap = words.len() == 1
            && matches!(words[0].as_str(), "tops" | "max" | "maximum")
            && q.unit.is_none();
        if !joins_another && !governs_next && !sum && !bare_cap {
            return Some((bound.change(), words.len()));
        }
    }
    None
}
