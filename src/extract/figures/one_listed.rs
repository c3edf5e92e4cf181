//! "one" in a list after a count of plural things counts what that count does: "close 11
//! offices in the Cleveland area and one in Columbus", "Three Japanese trading companies and one
//! coin retailer".

use super::lexer::{Kind, Toks};
use super::lexicon::Lexicon;
use super::number;

/// "close 11 offices in the Cleveland area and one in Columbus": "one" at token `start` (its
/// quantity ending before `next`) after "and", placed as a count of plural things shortly
/// before it was, counts what that count does (not "one in ten", "one in which").
pub(super) fn listed_in_place(
    text: &str,
    toks: &Toks,
    start: usize,
    next: usize,
    lex: &Lexicon,
) -> bool {
    let raw = |k: usize| toks.get(k).map_or("", |t| &text[t.start..t.end]);
    let place = |k: usize| matches!(raw(k), "in" | "at" | "on" | "from");
    let placed_after = place(next)
        && toks.get(next + 1).is_some_and(|t| {
            t.kind == Kind::Word
                && !lex
                    .numbers
                    .contains_key(&*raw(next + 1).to_ascii_lowercase())
                && !matches!(raw(next + 1), "which" | "whom" | "that" | "every" | "each")
        });
    if start < 4 || raw(start - 1) != "and" || !placed_after {
        return false;
    }
    // a count of two or more with its plural noun, then its place, before "and"
    (start.saturating_sub(10)..start - 2).any(|k| {
        let count = toks[k].kind == Kind::Num
            || number::word(text, toks, k)
                .is_some_and(|w| lex.numbers.get(&*w).is_some_and(|&v| v >= 2.0));
        let plural = toks.get(k + 1).is_some_and(|t| {
            let w = raw(k + 1);
            t.kind == Kind::Word
                && w.len() > 3
                && w.ends_with('s')
                && w.bytes().all(|b| b.is_ascii_lowercase())
                && lex.unit_for_alias(w).is_none()
        });
        count
            && plural
            && place(k + 2)
            && !(k + 3..start - 1).any(|j| matches!(raw(j), "," | ";" | "and"))
    })
}

/// "Three Japanese trading companies and one coin retailer": "one" at token `start`, after
/// "and" and before a noun (the caller checks), listed after a count of two or more whose
/// plural noun ends the item before it.
pub(super) fn listed_after_count(text: &str, toks: &Toks, start: usize, lex: &Lexicon) -> bool {
    let raw = |k: usize| toks.get(k).map_or("", |t| &text[t.start..t.end]);
    if start < 3 || raw(start - 1) != "and" {
        return false;
    }
    // the item before "and" ends on a plural noun
    let plural = |k: usize| {
        let w = raw(k);
        toks[k].kind == Kind::Word
            && w.len() > 3
            && w.ends_with('s')
            && !w.ends_with("ss")
            && w.bytes().all(|b| b.is_ascii_lowercase())
            && lex.unit_for_alias(w).is_none()
    };
    if !plural(start - 2) {
        return false;
    }
    // a count of two or more opens it, a few words back, with no break between
    (start.saturating_sub(7)..start - 2).rev().any(|k| {
        let count = toks[k].kind == Kind::Num
            || number::word(text, toks, k)
                .is_some_and(|w| lex.numbers.get(&*w).is_some_and(|&v| v >= 2.0));
        count
            && !(k + 1..start - 1)
                .any(|j| toks[j].kind != Kind::Word || matches!(raw(j), "and" | "or" | "of"))
    })
}
