//! Numbers that are no quantities: days of the month and years ("May 28 and 29", "1979"),
//! times, ordinals, identifiers and phone numbers ("222-2222"), and numbers that name
//! something ("highway 35", "Apollo 11", "the Six Nations").

use super::lexer::{Kind, Tok};
use super::lexicon::Lexicon;
use super::number::Number;
use super::scan::is_month;

/// Is the number at `n` a date part, time, ordinal or identifier rather than a quantity?
pub(super) fn is_not_quantity(text: &str, toks: &[Tok], n: &Number, money: bool) -> bool {
    let tok = toks[n.first];
    let raw = &text[tok.start..tok.end];
    let after = toks
        .get(n.next)
        .map(|t| (t.glued, text[t.start..t.end].to_lowercase()));
    if let Some((true, suffix)) = &after {
        if matches!(
            suffix.as_str(),
            "st" | "nd" | "rd" | "th" | "am" | "pm" | "a.m" | "p.m" | ":" | "s"
        ) {
            return true;
        }
    }
    if let Some((false, w)) = &after {
        if matches!(
            w.as_str(),
            "am" | "pm" | "a.m" | "p.m" | "gmt" | "utc" | "est" | "edt" | "bst"
        ) {
            return true;
        }
    }
    if money || n.words {
        return false;
    }
    // "Feb 4", and with an abbreviation's period, "Oct. 13"
    let dot_before = n.first > 1
        && toks
            .get(n.first - 1)
            .is_some_and(|t| &text[t.start..t.end] == ".")
        && is_month(text, toks, n.first - 2)
        && n.value <= 31.0;
    // "May 28 and 29", "Feb 4-6": a second day of the month
    let second_day = n.first > 2
        && n.value <= 31.0
        && matches!(
            &text[toks[n.first - 1].start..toks[n.first - 1].end],
            "and" | "to" | "-" | "–" | "or"
        )
        && toks[n.first - 2].kind == Kind::Num
        && toks[n.first - 2].end - toks[n.first - 2].start <= 2
        && is_month(text, toks, n.first - 3);
    let month_before =
        (n.first > 0 && is_month(text, toks, n.first - 1)) || dot_before || second_day;
    let month_after = is_month(text, toks, n.next) && n.value <= 31.0;
    let year_like = raw.len() == 4 && (1800.0..=2100.0).contains(&n.value) && n.scale == 1.0;
    month_before || month_after || year_like
}

/// Three or more numbers joined by glued hyphens or slashes: a phone number, date or id.
pub(super) fn is_id_chain(text: &str, toks: &[Tok], j: usize) -> bool {
    let link = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.glued && matches!(&text[t.start..t.end], "-" | "/" | "."))
    };
    let num = |k: usize| toks.get(k).is_some_and(|t| t.glued && t.kind == Kind::Num);
    let is = |k: usize, s: &str| toks.get(k).is_some_and(|t| &text[t.start..t.end] == s);
    // "1-1/4": a mixed number, not an id
    let mixed = is(j + 1, "-") && is(j + 3, "/") && !link(j + 5);
    toks.get(j).is_some_and(|t| t.kind == Kind::Num)
        && link(j + 1)
        && num(j + 2)
        && link(j + 3)
        && num(j + 4)
        && !mixed
}

/// Is the token at `i` a word that names the number after it ("highway 35", "no. 1")?
pub(super) fn is_name_word(text: &str, toks: &[Tok], i: usize, lex: &Lexicon) -> bool {
    let mut i = i;
    if toks[i].kind == Kind::Sym && &text[toks[i].start..toks[i].end] == "." && i > 0 {
        i -= 1; // "no. 1"
    }
    toks[i].kind == Kind::Word
        && lex
            .name_words
            .contains(&text[toks[i].start..toks[i].end].to_lowercase())
}

/// "in the Six Nations", "the Big Four": a capitalised number word between a lower-case word
/// and a capitalised one is part of a name. (In a title-case headline the word before is
/// capitalised too, and "Pledges Two Million Tons" stays a figure.)
pub(super) fn is_capitalised_name(text: &str, toks: &[Tok], n: &Number) -> bool {
    // title case, not capitals: "spent EIGHT TRILLION DOLLARS" is a figure
    let starts_upper = |t: &Tok| {
        let mut chars = text[t.start..t.end].chars();
        t.kind == Kind::Word
            && chars.next().is_some_and(char::is_uppercase)
            && chars.next().is_some_and(char::is_lowercase)
    };
    let starts_lower = |t: &Tok| {
        t.kind == Kind::Word
            && text[t.start..]
                .chars()
                .next()
                .is_some_and(char::is_lowercase)
    };
    n.words
        && n.first > 0
        && starts_upper(&toks[n.first])
        && starts_lower(&toks[n.first - 1])
        && toks.get(n.next).is_some_and(starts_upper)
}
