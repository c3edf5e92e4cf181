//! "Half" as a share of a whole: "half of whites", "half the country", "half or more of the
//! resources", "more than half", "cut by half" (not "the second half of the year", "half of
//! 2019", nor the halves of units and scales, which `number.rs` and `article.rs` read); and
//! the other fractions after an article: "a third of voters", "cut by a quarter"; "cut … in half".

use super::lexer::{is_possessive, Kind, Toks};
use super::lexicon::Lexicon;
use super::number::{word, Number};

/// The word "half" (with its article) from token `i` to token `j`, as a share.
fn half_word(i: usize, j: usize) -> Number {
    Number {
        value: 0.5,
        first: i,
        next: j + 1,
        scale: 1.0,
        words: true,
    }
}

/// "Half" at token `j` (its number opening at `i`, after an `article` or not) as a share of
/// what follows, when an of-phrase, a determiner, a bound or an estimate makes it one.
pub(super) fn half_share(
    text: &str,
    toks: &Toks,
    i: usize,
    j: usize,
    article: bool,
) -> Option<Number> {
    // "half of whites", "half the country", "half its staff": a share of what the of-phrase
    // or the determined noun phrase names (not "the second half of the year", "half of
    // 2019", "in the second half the team scored")
    let next = word(text, toks, j + 1);
    let determiner = next
        .as_deref()
        .is_some_and(|w| w == "the" || is_possessive(w));
    // ("half or more of the resources")
    let or_more_of = next.as_deref() == Some("or")
        && matches!(word(text, toks, j + 2).as_deref(), Some("more" | "less"))
        && word(text, toks, j + 3).as_deref() == Some("of");
    if j == i && (next.as_deref() == Some("of") || determiner || or_more_of) {
        let before = if i > 0 { word(text, toks, i - 1) } else { None };
        // (nor a part named by an adjective: "the poorest half of households", "the bottom
        // half of a scooter", "the last half of fiscal 1987", "the eastern half of Misima")
        let period = before.as_deref().is_some_and(|b| {
            b.ends_with("est")
                || b.ends_with("ern")
                || matches!(
                    b,
                    "first"
                        | "second"
                        | "latter"
                        | "other"
                        | "back"
                        | "front"
                        | "the"
                        | "this"
                        | "that"
                        | "each"
                        | "a"
                        | "last"
                        | "bottom"
                        | "top"
                        | "lower"
                        | "upper"
                        | "early"
                        | "late"
                        | "better"
                        | "worse"
                )
        });
        // ("said that half the country is poor": "that" before "half the" is a conjunction;
        // so before "half of" after a verb, "mean that half of those phones", not "in that
        // half of the pitch")
        let verb_before = i > 1
            && !matches!(
                word(text, toks, i - 2).as_deref(),
                Some(
                    "in" | "on"
                        | "at"
                        | "of"
                        | "from"
                        | "to"
                        | "for"
                        | "into"
                        | "during"
                        | "by"
                        | "with"
                        | "throughout"
                        | "over"
                )
            );
        let conjunction = before.as_deref() == Some("that")
            && (determiner || next.as_deref() == Some("of") && verb_before);
        let of_number = toks.get(j + 2).is_some_and(|t| t.kind == Kind::Num);
        if (!period || conjunction) && !of_number {
            return Some(half_word(i, j));
        }
    }
    // "more than half", "nearly half": a share, when a bound or an estimate governs it
    // ("below a half": the article opens the number)
    if (j == i || (article && j == i + 1)) && i > 0 {
        let before = word(text, toks, i - 1);
        let governed = matches!(
            before.as_deref(),
            Some(
                "than"
                    | "nearly"
                    | "almost"
                    | "about"
                    | "roughly"
                    | "around"
                    | "over"
                    | "under"
                    | "only"
                    | "just"
                    | "some"
                    | "approximately"
                    | "below"
                    | "above"
            )
        ) || (matches!(before.as_deref(), Some("least" | "most")) // "at least half"
            && i > 1
            && word(text, toks, i - 2).as_deref() == Some("at")
            || before.as_deref() == Some("by")) // "cut by half" (not "by half-time")
            && !toks.get(j + 1).is_some_and(|t| t.glued && &text[t.start..t.end] == "-")
            // (nor the idiom "too clever by half", "cute by half")
            && !(before.as_deref() == Some("by")
                && i > 1
                && matches!(
                    word(text, toks, i - 2).as_deref(),
                    Some("clever" | "cute" | "smart")
                ));
        let cut_in_half = j == i && cut_in_half(text, toks, i);
        if governed || cut_in_half {
            return Some(half_word(i, j));
        }
    }
    // ("about half furloughed, half deemed essential", "Half voted yes, half voted no": two
    // halves split by a comma share out one whole)
    // (not a compound's: "half-white, half-black")
    let half = |k: usize| {
        word(text, toks, k).as_deref() == Some("half")
            && !toks
                .get(k + 1)
                .is_some_and(|t| t.glued && &text[t.start..t.end] == "-")
    };
    let comma = |a: usize, b: usize| {
        (a..b)
            .filter(|&k| word(text, toks, k).as_deref() == Some(","))
            .count()
            == 1
    };
    let paired = j == i
        && half(i)
        && ((i.saturating_sub(7)..i).any(|k| half(k) && comma(k + 1, i))
            || (i + 2..(i + 8).min(toks.len())).any(|k| {
                half(k) && comma(i + 1, k) && word(text, toks, k - 1).as_deref() == Some(",")
            }));
    if paired {
        return Some(half_word(i, j));
    }
    None
}

/// "a third of voters", "cut by a quarter", "More than a quarter have bought": a fraction
/// word `w` at token `j` after the article at `i` counts when an of-phrase, "by", a restating
/// bracket or a bound before its verb makes it a share ("a third term" is an ordinal).
pub(super) fn fraction_share(
    text: &str,
    toks: &Toks,
    i: usize,
    j: usize,
    w: &str,
    lex: &Lexicon,
) -> Option<Number> {
    if !matches!(
        w,
        "third" | "quarter" | "fifth" | "sixth" | "eighth" | "tenth"
    ) {
        return None;
    }
    let of_after = word(text, toks, j + 1).as_deref() == Some("of");
    // ("fell by nearly a third": past an estimate's word)
    let by_before = i > 0 && word(text, toks, i - 1).as_deref() == Some("by")
        || i > 1
            && word(text, toks, i - 2).as_deref() == Some("by")
            && matches!(
                word(text, toks, i - 1).as_deref(),
                Some("nearly" | "almost" | "about" | "roughly" | "around" | "over")
            );
    // (not an ordinal's noun after it: "a bid by a third party")
    let noun_after = toks.get(j + 1).is_some_and(|t| {
        let a = &text[t.start..t.end];
        t.kind == Kind::Word
            && a.bytes().all(|b| b.is_ascii_lowercase())
            && !lex.concept.function_words.contains(a)
    });
    let by_before = by_before && !noun_after;
    // ("only about a third (32%) of those", "Only a quarter labeled Christie a bully":
    // a share restated in brackets, or a bounded share before its verb)
    let restated = word(text, toks, j + 1).as_deref() == Some("(")
        && toks.get(j + 2).is_some_and(|t| t.kind == Kind::Num);
    // ("More than a quarter have bought software": or after a comparison's "than")
    let than = i > 1
        && word(text, toks, i - 1).as_deref() == Some("than")
        && matches!(
            word(text, toks, i - 2).as_deref(),
            Some("more" | "less" | "fewer")
        );
    let bounded = than
        || i > 0
            && matches!(
                word(text, toks, i - 1).as_deref(),
                Some("only" | "just" | "about" | "nearly" | "almost" | "roughly")
            );
    let verb_after = word(text, toks, j + 1).is_some_and(|a| {
        a.len() > 3 && a.ends_with("ed")
            || matches!(
                &*a,
                "said" | "say" | "says" | "think" | "thought" | "were" | "are" | "have" | "had"
            )
    });
    let subject = bounded && verb_after;
    if let (true, Some(&n)) = (
        of_after || by_before || restated || subject,
        lex.numbers.get(w),
    ) {
        return Some(Number {
            value: n,
            first: i,
            next: j + 1,
            scale: 1.0,
            words: true,
        });
    }
    None
}

/// "cut our flying budget roughly in half", "cut the deficit in half by 2013": "half" at token
/// `i`, after "in" and ending its phrase, is the share a cut verb shortly before leaves.
pub(super) fn cut_in_half(text: &str, toks: &Toks, i: usize) -> bool {
    let ends = toks.get(i + 1).is_none_or(|t| {
        // (not a compound's: "half-time")
        t.kind == Kind::Sym && !matches!(&text[t.start..t.end], "-" | "/" | "'" | "’")
            || !t.glued
                && word(text, toks, i + 1).is_some_and(|w| {
                    matches!(&*w, "by" | "and" | "or" | "over" | "from" | "since" | "in")
                })
    });
    i > 1
        && word(text, toks, i).as_deref() == Some("half")
        && word(text, toks, i - 1).as_deref() == Some("in")
        && ends
        && (i.saturating_sub(8)..i - 1).any(|k| {
            word(text, toks, k).is_some_and(|w| {
                matches!(
                    &*w,
                    "cut"
                        | "cuts"
                        | "cutting"
                        | "slash"
                        | "slashed"
                        | "slashing"
                        | "reduce"
                        | "reduced"
                        | "reducing"
                        | "sliced"
                        | "chopped"
                        | "shrunk"
                )
            })
        })
}
