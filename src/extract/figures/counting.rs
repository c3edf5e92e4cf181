//! What a quantity counts when it carries no unit, once its bounds are read: the noun after
//! it ("14 people", "a 100-seat chamber"), after a counting "one" ("one student told", "one
//! more book", "one or more positions"), or times for a multiple ("twice as high").

use super::lexer::{Kind, Toks};
use super::lexicon::Lexicon;
use super::number::{word, Number};
use super::scan::Quantity;

/// Sets `q.counted` (and moves `q.next` past a noun it takes in); `start` is the token where
/// the quantity's words begin.
pub(super) fn read_counted(
    text: &str,
    toks: &Toks,
    q: &mut Quantity,
    n: &Number,
    start: usize,
    lex: &Lexicon,
) {
    // ("at least one bomb", "one student told": a bounded or counting "one" counts the
    // singular noun after it)
    // ("behind by 1 point": a digit counts the singular noun after it too)
    // ("one or more positions": a plural after the bound)
    let next = q.next;
    let or_more = || {
        next >= 2
            && word(text, toks, next - 2).as_deref() == Some("or")
            && word(text, toks, next - 1).as_deref() == Some("more")
    };
    // ("twice as high as expected": a multiple, in times)
    if n.words
        && matches!(
            word(text, toks, n.first).as_deref(),
            Some("twice" | "thrice" | "double" | "triple" | "once")
        )
    {
        q.counted = Some("time".to_string());
    }
    let one_more = n.words
        && q.value == Some(1.0)
        && q.unit.is_none()
        && word(text, toks, q.next).as_deref() == Some("more");
    if one_more {
        if let Some(noun) = super::one::singular_noun(text, toks, q.next + 1, lex) {
            // (the figure ends at its noun, or at "more" before modifiers: "one more
            // good-faith attempt")
            let at_noun = word(text, toks, q.next + 1).as_deref() == Some(noun.as_str());
            q.next += if at_noun { 2 } else { 1 };
            q.counted = Some(noun);
        }
    }
    if q.unit.is_none() && q.counted.is_none() && q.value == Some(1.0) && q.low.is_none() {
        q.counted = if or_more() {
            super::counted::counted_noun(text, toks, q.next, lex)
        } else if n.words && super::one::one_for_a(text, toks, start) {
            None
        } else if n.words {
            super::one::one_counts(text, toks, start, q.next, lex).or_else(|| {
                // (not an unnamed speaker, "one official briefed on the matter", unless
                // bounded: "at least one bank says")
                (!super::speaker::unnamed_speaker(text, toks, q.next, lex)
                    || super::number::bound_ending(text, toks, start, 0, lex).is_some())
                .then(|| super::one::singular_noun(text, toks, q.next, lex))
                .flatten()
            })
        } else if !toks[q.number_first].glued {
            // (not inside a code: "the 13F-1 form")
            // ("a 1-point lead", "a 1-seat majority": a digit's hyphenated noun; the word's
            // "one-" is mostly an adjective: "a one-party state", "one-man show")
            if let Some(noun) = super::counted::hyphenated_noun(text, toks, q.next, lex) {
                q.next += 2;
                Some(noun)
            } else {
                super::one::singular_noun(text, toks, q.next, lex)
            }
        } else {
            None
        };
    }
    // (a share counts nothing: "half or more of the resources", "two-thirds or more of them")
    let share = q.value.is_some_and(|v| v > 0.0 && v < 1.0);
    // ("yields fell 1/16 point": a fraction of a point)
    // ("raised its prime rate by one quarter of a point": or of one point)
    if share && q.unit.is_none() && q.counted.is_none() {
        let of_a = usize::from(
            word(text, toks, q.next).as_deref() == Some("of")
                && matches!(word(text, toks, q.next + 1).as_deref(), Some("a" | "one")),
        );
        if word(text, toks, q.next + 2 * of_a).as_deref() == Some("point") {
            q.counted = Some("point".to_string());
            q.next += 3 * of_a;
        } else if of_a == 1 {
            // ("7/8 of a percentage point", "a quarter of a basis point": of a point's unit)
            // ("one-half of one percentage point", "half of one percent": or of one percent)
            let point = super::units::unit_at(text, toks, q.next + 2, lex).filter(|&(u, _)| {
                lex.units[u].name.ends_with("point") || lex.units[u].name == "percent"
            });
            if let Some((u, next)) = point {
                q.unit = Some(u);
                q.next = next;
            }
        }
    }
    if q.unit.is_none() && q.counted.is_none() && !q.ratio && q.value != Some(1.0) && !share {
        // ("six cylinder units": a feature's noun spaced before what it modifies)
        let feature = toks
            .get(q.next)
            .is_some_and(|t| lex.counted.feature_nouns.contains(&text[t.start..t.end]));
        let whole = q.value.is_some_and(|v| v >= 2.0 && v.fract() == 0.0);
        if feature && whole && q.scale == 1.0 {
            q.counted = super::counted::spaced_modifier_noun(text, toks, q.first, q.next, lex);
            q.next += usize::from(q.counted.is_some());
        }
    }
    if q.unit.is_none() && q.counted.is_none() && !q.ratio && q.value != Some(1.0) && !share {
        q.counted = super::counted::counted_noun(text, toks, q.next, lex).or_else(|| {
            // ("about 325,000 (60-kilo) bags": past a bracketed weight)
            let raw = |k: usize| toks.get(k).map_or("", |t| &text[t.start..t.end]);
            let close = (q.next + 2..q.next + 6).find(|&k| raw(k) == ")")?;
            let weighed = raw(q.next) == "("
                && toks.get(q.next + 1).is_some_and(|t| t.kind == Kind::Num)
                && raw(q.next + 2) == "-";
            weighed
                .then(|| super::counted::counted_noun(text, toks, close + 1, lex))
                .flatten()
        });
        // "a 100-seat chamber", "a 10-point lead": a singular noun hyphenated to the number
        // ("a third-party firm", "6.0-sigma significance": counts are whole)
        let whole = q.value.is_some_and(|v| v >= 2.0 && v.fract() == 0.0)
            && !text[toks[q.number_first].start..toks[q.next - 1].end].contains('.');
        // ("an extra 1.5 point cut", "a 1.5-point rise": a measure's point, whole or not,
        // before the noun it modifies)
        if q.counted.is_none() && q.from.is_none() {
            let raw = |k: usize| toks.get(k).map_or("", |t| &text[t.start..t.end]);
            let hyphen = usize::from(raw(q.next) == "-" && toks[q.next].glued);
            let modifies = toks.get(q.next + hyphen + 1).is_some_and(|t| {
                let w = &text[t.start..t.end];
                t.kind == Kind::Word
                    && !t.glued
                    && w.bytes().all(|b| b.is_ascii_lowercase())
                    && !lex.concept.function_words.contains(w)
            });
            if raw(q.next + hyphen) == "point" && modifies {
                q.counted = Some("point".to_string());
                q.next += hyphen + 1;
            }
        }
        if q.counted.is_none() && whole && q.from.is_none() {
            if let Some(noun) = super::counted::hyphenated_noun(text, toks, q.next, lex) {
                q.counted = Some(noun);
                q.next += 2;
            } else if let Some(noun) =
                super::counted::spaced_modifier_noun(text, toks, q.first, q.next, lex)
                    .filter(|_| q.scale == 1.0)
            {
                q.counted = Some(noun);
                q.next += 1;
            }
        }
    }
    // ("rose by 17.8% to 136.069 units": a thousands point, as Europe writes it, before things
    // counted whole; not a share's fraction, "3.435 class A common shares")
    // (evaluated last: this runs for every figure)
    let things = || match q.unit {
        Some(u) => lex.units[u].dimension == "count" && lex.units[u].name != "share",
        // (not money named after a modifier: "1.485 new Israeli shekels")
        None => q.counted.as_deref().is_some_and(|c| {
            c != "share" && lex.unit_for_alias(c).is_none_or(|u| u.dimension == "count")
        }),
    };
    let digits = &text[toks[q.number_first].start..toks[q.number_first].end];
    let thousands_point = digits.split_once('.').is_some_and(|(a, b)| {
        b.len() == 3
            && (1..=3).contains(&a.len())
            && a != "0"
            && a.bytes().all(|c| c.is_ascii_digit())
    });
    if thousands_point && q.scale == 1.0 && q.low.is_none() && q.from.is_none() && things() {
        q.value = q.value.map(|v| (v * 1000.0).round());
    }
}
