//! The noun a sum of money is "in": "$25 billion in wall money", "$4 billion in aid",
//! "$7.2 billion in U.S. farm goods", "250 mln dlrs in 12-year subordinated capital notes"
//! (not a time, "$5 million in the first quarter", nor a place, "in New York").

use super::super::lexer::{is_adverb, Kind, Toks};
use super::super::lexicon::Lexicon;
use super::super::number::word;
use super::super::scan::Quantity;
use super::classes::{is_content, is_period_noun};
use super::run::run_end;

/// Past one function word that describes an amount at `from`: "in new taxes", "for additional
/// aid" ("in net assets" keeps its word).
pub(super) fn past_modifier(
    text: &str,
    toks: &Toks,
    from: usize,
    ceiling: usize,
    lex: &Lexicon,
) -> usize {
    let modifier = from + 1 < ceiling
        && !is_content(text, toks, from, lex)
        && word(text, toks, from).is_some_and(|w| lex.concept.figure_modifiers.contains(&*w));
    from + usize::from(modifier)
}

/// The concept of money `q` whose "in" ends before token `at`, looking no further than
/// `ceiling` (the next figure; past it when that figure is a hyphened modifier of the noun).
pub(super) fn money_in(
    text: &str,
    toks: &Toks,
    q: &Quantity,
    at: usize,
    ceiling: usize,
    lex: &Lexicon,
) -> Option<String> {
    // (or a bare amount in millions, whose currency a neighbour names: "250 mln dlrs in
    // notes and 100 mln in convertible preferred stock")
    let bare_millions = q.unit.is_none() && q.counted.is_none() && q.scale >= 1e6;
    if q.unit.is_none_or(|u| lex.units[u].dimension != "currency") && !bare_millions {
        return None;
    }
    let raw = |k: usize| toks.get(k).map_or("", |t| &text[t.start..t.end]);
    let glued = |k: usize| toks.get(k).is_some_and(|t| t.glued);
    // (the head decides: "in campaign funds" is money, "in the campaign" a time)
    // ("in 12-year subordinated capital notes": past a hyphened figure, into the next one's
    // words; "in U.S. farm goods": past an abbreviation, kept; "in currently appropriated
    // funds": past an adverb before a participle, not "in moderately light trade")
    let (open, lower_at, ceiling) = if toks.get(at).is_some_and(|t| t.kind == Kind::Num)
        && raw(at + 1) == "-"
        && glued(at + 1)
        && glued(at + 2)
        && toks[at + 2].kind == Kind::Word
    {
        (at + 3, at + 3, toks.len())
    } else if raw(at).contains('.') && raw(at).starts_with(|c: char| c.is_ascii_uppercase()) {
        let stop = usize::from(raw(at + 1) == "." && glued(at + 1));
        (at, at + 1 + stop, ceiling)
    } else if is_adverb(raw(at)) && raw(at + 1).ends_with("ed") {
        (at + 1, at + 1, ceiling)
    } else {
        (at, at, ceiling)
    };
    let lower = toks.get(lower_at).is_some_and(|t| {
        t.kind == Kind::Word && text[t.start..t.end].starts_with(|c: char| c.is_lowercase())
    });
    if !lower {
        return None;
    }
    // ("$19.5 billion in new taxes": past a word describing the amount)
    let from = past_modifier(text, toks, open, ceiling, lex);
    let end = run_end(text, toks, from, ceiling, lex);
    // ("in lease fees every year": a time after the noun is left out)
    let end = (from..end)
        .find(|&j| {
            word(text, toks, j)
                .is_some_and(|w| matches!(&*w, "every" | "each" | "per" | "this" | "last" | "next"))
        })
        .unwrap_or(end);
    let time = word(text, toks, end.wrapping_sub(1))
        .is_some_and(|w| is_period_noun(&w, lex) || lex.concept.time_nouns.contains(&*w));
    (end > from && !time).then(|| text[toks[from].start..toks[end - 1].end].to_string())
}
