//! Numbers that are years though they look like counts: two digits after an apostrophe
//! ("Ford in ’76") and a year of an era ("began around 900 B.C.", "built in AD 79").

use super::lexer::{Kind, Toks};
use super::number::Number;

/// "Ford in ’76", "the class of '92": two digits after an apostrophe are a year.
pub(super) fn is_short_year(text: &str, toks: &Toks, first: usize, next: usize) -> bool {
    let raw = |k: usize| toks.get(k).map_or("", |t| &text[t.start..t.end]);
    next == first + 1
        && first >= 1
        && matches!(raw(first - 1), "’" | "'" | "‘")
        && toks[first].glued
        && raw(first).len() == 2
        && toks[first].kind == Kind::Num
        // (not a closing quote or a possessive's: "the 'Fab' 4")
        && (first < 2 || !toks[first - 1].glued)
        // (nor an opening quote: "he scored '10 points'")
        && !(next..(next + 8).min(toks.len()))
            .any(|k| toks[k].glued && matches!(raw(k), "’" | "'"))
}

/// "began around 900 B.C.", "built in AD 79": the number `n` is a year of an era.
pub(super) fn is_era_year(text: &str, toks: &Toks, n: &Number) -> bool {
    // (cheap test first: this runs for every number)
    let after = toks.get(n.next).is_some_and(|t| {
        let rest = &text[t.start..];
        if !matches!(rest.as_bytes().first(), Some(b'A' | b'B')) {
            return false;
        }
        ["B.C.", "BC", "BCE", "A.D.", "AD"].iter().any(|e| {
            // (not a code before a noun: "5 AD units")
            rest.strip_prefix(e).is_some_and(|r| {
                !r.starts_with(|c: char| c.is_alphanumeric())
                    && (e.ends_with('.') || !r.trim_start().starts_with(|c: char| c.is_lowercase()))
            })
        })
    });
    // ("built in AD 79": or after its era)
    let before = {
        let before = text[..toks[n.first].start].trim_end();
        before.ends_with(" AD") || before.ends_with("A.D.")
    };
    after || before
}
