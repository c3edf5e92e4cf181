//! Multiples and counts of times written as one word: "twice as high as expected", "twice
//! the national average", "almost double the figure in 2000", "hoping to triple cocoa
//! production", "they meet twice a month", "just once" (not "scored twice", "once again",
//! "plan to double check", "double its dealers to 50", a change to a level).

use super::lexer::{Kind, Toks};
use super::lexicon::Lexicon;
use super::number::{word, Number};

/// The multiple or count of times that the word `w` at token `i` ("twice", "thrice",
/// "double", "triple", "once") writes, if it writes one.
pub(super) fn multiple(
    text: &str,
    toks: &Toks,
    i: usize,
    w: &str,
    lex: &Lexicon,
) -> Option<Number> {
    // ("has tweeted the word just once", "at least once": one time, when a bound or "just"
    // counts it; not "once again", "at once", "once upon a time")
    if w == "once" {
        let counted = i > 0
            && word(text, toks, i - 1).is_some_and(|b| {
                matches!(&*b, "just" | "only" | "exactly" | "least" | "most" | "than")
            });
        return counted.then_some(Number {
            value: 1.0,
            first: i,
            next: i + 1,
            scale: 1.0,
            words: true,
        });
    }
    // ("almost double the figure in 2000", "triple the number": so are "double" and
    // "triple" before a determiner)
    // (not the verb of a change to a level: "plans to double its dealers to 50")
    let adjective_multiple = matches!(w, "double" | "triple")
        && !matches!(word(text, toks, i + 1).as_deref(), Some("as"));
    let to_level = adjective_multiple
        && (i + 2..i + 7).any(|k| {
            matches!(word(text, toks, k).as_deref(), Some("to" | "from"))
                && toks.get(k + 1).is_some_and(|t| t.kind == Kind::Num)
        });
    // ("twice as high as expected", "twice the national average": a multiple; not "scored
    // twice")
    let next = word(text, toks, i + 1);
    let multiple = next.as_deref() == Some("as")
        && word(text, toks, i + 3).as_deref() == Some("as")
        || matches!(
            next.as_deref(),
            Some("the" | "that" | "its" | "their" | "his" | "her" | "what")
        ) && !word(text, toks, i + 2).is_some_and(|n| {
            // (not "scored twice the following week"; but "double the previous record")
            let period = |w: &str| lex.periods.nouns.iter().any(|p| *p == *w);
            matches!(&*n, "following" | "next" | "last" | "same" | "previous")
                && word(text, toks, i + 3).is_some_and(|m| period(&m))
                || period(&n)
        });
    // ("close to double last year's total": or before a time's possessive)
    let multiple = multiple
        || adjective_multiple
            && matches!(next.as_deref(), Some("last" | "this"))
            && word(text, toks, i + 2).is_some_and(|p| {
                p.strip_suffix("'s")
                    .or_else(|| p.strip_suffix("’s"))
                    .is_some_and(|p| lex.periods.nouns.iter().any(|n| *n == *p))
            });
    // ("hoping to triple cocoa production", "will double sales": the verb before a bare
    // noun it multiplies)
    let verb = adjective_multiple
        && i > 0
        && word(text, toks, i - 1).is_some_and(|b| {
            matches!(
                &*b,
                "to" | "will" | "would" | "could" | "can" | "may" | "might"
            )
        })
        && toks.get(i + 1).is_some_and(|t| {
            let n = &text[t.start..t.end];
            t.kind == Kind::Word
                && n.len() > 3
                && n.bytes().all(|b| b.is_ascii_lowercase())
                && !lex.concept.function_words.contains(n)
                && !n.ends_with("ly")
                // ("plan to double check": an idiom, written hyphened or not)
                && !lex.number_idioms.contains(&format!("{w}-{n}"))
        });
    // ("they meet twice a month": a frequency)
    let frequency = matches!(w, "twice" | "thrice")
        && matches!(next.as_deref(), Some("a" | "per" | "every" | "each"))
        && super::units::unit_at(text, toks, i + 2, lex).is_some_and(|(u, after)| {
            lex.units[u].dimension == "time"
                && !matches!(
                    word(text, toks, after).as_deref(),
                    Some("later" | "earlier" | "ago" | "before" | "after")
                )
        });
    // ("should more than double Aston's total output": the verb before a possessive)
    let possessive = adjective_multiple
        && i > 0
        && word(text, toks, i - 1).is_some_and(|b| {
            matches!(
                &*b,
                "to" | "will" | "would" | "could" | "can" | "may" | "might" | "should" | "than"
            )
        })
        && toks.get(i + 1).is_some_and(|t| {
            t.kind == Kind::Word
                && (text[t.start..t.end].ends_with("'s") || text[t.start..t.end].ends_with("’s"))
        });
    let multiple = (multiple || verb || frequency || possessive)
        && !(adjective_multiple && next.as_deref() == Some("what"))
        && !to_level;
    multiple.then(|| Number {
        value: if matches!(w, "twice" | "double") {
            2.0
        } else {
            3.0
        },
        first: i,
        next: i + 1,
        scale: 1.0,
        words: true,
    })
}
