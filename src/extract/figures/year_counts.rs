//! When a number shaped like a year is a count after all: after a bound no year takes ("a crowd
//! of nearly 2000") or before the noun it counts ("1500 jobs").

use super::lexer::{Kind, Toks};
use super::lexicon::Lexicon;
use super::number::Number;

/// Is a year-like number after a bound that no year takes ("a crowd of nearly 2000", "more
/// than 1500") a count? (Not "about", "around", "before": "around 2000, the firm …".)
pub(super) fn bounded_count(text: &str, toks: &Toks, n: &Number) -> bool {
    let at = |back: usize| {
        n.first
            .checked_sub(back)
            .and_then(|k| super::number::word(text, toks, k))
            .unwrap_or_default()
    };
    matches!(&*at(1), "nearly" | "almost" | "roughly" | "approximately")
        || matches!(
            (&*at(2), &*at(1)),
            ("more" | "fewer" | "less", "than") | ("at", "least") | ("upwards", "of")
        )
}

/// Is a year-like number ("2000") a count of the unit or plural noun after it ("sent 2000
/// troops", "1900 miles")? Not after a preposition or determiner, which make it a year ("in
/// 2020 people voted", "the 2018 midterms"), and for a plural noun only when round.
pub(super) fn counts_before_noun(text: &str, toks: &Toks, n: &Number, lex: &Lexicon) -> bool {
    let before = n
        .first
        .checked_sub(1)
        .and_then(|k| super::number::word(text, toks, k));
    let year_word = before.as_deref().is_some_and(|w| {
        matches!(
            w,
            "in" | "since"
                | "by"
                | "of"
                | "until"
                | "till"
                | "from"
                | "during"
                | "before"
                | "after"
                | "for"
                | "the"
                | "a"
                | "an"
                | "his"
                | "her"
                | "their"
                | "its"
                | "our"
                | "this"
                | "that"
                | "next"
                | "last"
                | "'s"
                | "’s"
                | "s"
                | "to"
                | "through"
                | "between"
                | "and"
                | "or"
                | "circa"
                | "c"
                | "early"
                | "late"
                | "mid"
        )
    });
    let capital_before = n.first > 0
        && toks[n.first - 1].kind == Kind::Word
        && text[toks[n.first - 1].start..].starts_with(|c: char| c.is_uppercase());
    // ("a 2048-bit long number": a unit hyphened to it)
    let hyphened_unit = toks
        .get(n.next)
        .is_some_and(|t| t.glued && &text[t.start..t.end] == "-")
        && super::units::unit_at(text, toks, n.next + 1, lex)
            .is_some_and(|(u, _)| lex.units[u].dimension != "time");
    if hyphened_unit {
        return true;
    }
    if toks.get(n.next).is_none_or(|t| t.kind != Kind::Word) {
        return false;
    }
    // a measure unit is stronger evidence: "rose by 2000 dollars" (but "in 2010 dollars")
    let unit = !matches!(
        before.as_deref(),
        Some("in" | "since" | "the" | "of" | "until")
    ) && super::units::unit_at(text, toks, n.next, lex)
        // (a count's unit is read like a counted noun: "1986 shr and net" is the year's)
        .is_some_and(|(u, _)| lex.units[u].dimension != "count");
    if unit {
        return true;
    }
    // a count is round ("2000 troops"); "1988 sales" are a year's
    if year_word || capital_before || n.value % 100.0 != 0.0 {
        return false;
    }
    super::counted::counted_noun(text, toks, n.next, lex).is_some()
}
