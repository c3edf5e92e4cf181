//! What may stand between the ends of "from X … to Y" and leave them one change: the first
//! end's counted noun ("from 217 seats to 180"), a year ("from 42 percent in 1965 to 13
//! percent"), a period's phrase ("from 33% during the first four weeks of October to 51%").

use super::lexer::{Kind, Toks};
use super::lexicon::Lexicon;
use super::number::word;

/// After the first end of "from X … to Y": skips a counted noun (when `counted` allows one)
/// and a year ("in 2003", "in March 2003", "in fiscal 2011"), and returns the token after
/// them if they are followed by "to", with the noun.
pub(super) fn skip_noun_and_year(
    text: &str,
    toks: &Toks,
    k: usize,
    counted: bool,
    lex: &Lexicon,
) -> Option<(usize, Option<String>)> {
    let mut k = k;
    let noun = if counted {
        super::counted::counted_noun(text, toks, k, lex)
    } else {
        None
    };
    if noun.is_some() {
        k += 1;
    }
    // "from 52% this season to 34%"
    let period_word =
        |k: usize| word(text, toks, k).is_some_and(|w| lex.periods.nouns.iter().any(|n| *n == *w));
    if matches!(
        word(text, toks, k).as_deref(),
        Some("this" | "last" | "next")
    ) && period_word(k + 1)
    {
        k += 2;
    } else if matches!(word(text, toks, k).as_deref(), Some("in" | "during")) {
        let mut j = k + 1;
        // ("from $11.5 million in fiscal 2011 to $10.1 million")
        if matches!(word(text, toks, j).as_deref(), Some("fiscal" | "calendar")) {
            j += 1;
        }
        if super::scan::is_month(text, toks, j) {
            j += 1;
        }
        let year = toks.get(j).is_some_and(|t| {
            t.kind == Kind::Num
                && t.end - t.start == 4
                && text.as_bytes()[t.start..t.end]
                    .iter()
                    .all(u8::is_ascii_digit)
        });
        if year {
            k = j + 1;
        } else {
            // ("from 33% during the first four weeks of October to 51%": a period's phrase)
            return period_phrase(text, toks, k + 1, lex).map(|to| (to, noun));
        }
    }
    let moved = noun.is_some() || k > 0 && (toks[k - 1].kind == Kind::Num || period_word(k - 1));
    (moved && word(text, toks, k).as_deref() == Some("to")).then_some((k, noun))
}

/// A period's phrase from token `j` up to a "to": "the first four weeks of October", "the
/// last quarter of 2003", "the same period". Returns the "to"'s token; None when the words
/// are no such phrase or name no period.
fn period_phrase(text: &str, toks: &Toks, j: usize, lex: &Lexicon) -> Option<usize> {
    let mut named = false;
    for k in j..(j + 8).min(toks.len()) {
        let t = toks[k];
        let w = word(text, toks, k)?;
        let singular = w.strip_suffix('s').unwrap_or(&w);
        match &*w {
            "to" => return (named && k > j).then_some(k),
            "the" | "a" | "of" | "fiscal" | "calendar" | "early" | "late" | "final" => {}
            _ if lex.periods.nouns.iter().any(|n| *n == *w || *n == singular)
                || matches!(singular, "period" | "stretch")
                || super::scan::is_month(text, toks, k) =>
            {
                named = true;
            }
            _ if lex.periods.references.iter().any(|r| *r == *w)
                || lex.periods.ordinals.iter().any(|o| *o == *w)
                || lex.numbers.contains_key(&*w) => {}
            // (a year or a count of weeks: "of 2003", "the first 4 weeks"; "the 2016-17 school
            // year": a span of years)
            _ if t.kind == Kind::Num && w.bytes().all(|b| b.is_ascii_digit()) && w.len() <= 4 => {}
            "-" | "/"
                if t.glued
                    && toks
                        .get(k + 1)
                        .is_some_and(|n| n.glued && n.kind == Kind::Num) => {}
            // (a word naming the kind of period: "school year", "tax year")
            _ if t.kind == Kind::Word
                && word(text, toks, k + 1)
                    .is_some_and(|n| lex.periods.nouns.iter().any(|p| *p == *n)) => {}
            _ => return None,
        }
    }
    None
}
