//! A change's earlier value written after its level: "rose to 3.95 billion from 3.03
//! billion", "cut to 50 yuan equivalent, from 150 yuan", "to 69 mln stg from the original 55
//! mln". The level takes the earlier value as its `from`, and its change goes the way the
//! values do.

use super::lexer::{Kind, Toks};
use super::lexicon::Lexicon;
use super::number::{self, word};
use super::scan::{quantity_at, Quantity};
use crate::model::Change;

/// "rose to 28,476 from 15,175": the earlier value written after the new one.
pub(super) fn from_after(text: &str, toks: &Toks, q: &mut Quantity, lex: &Lexicon) {
    // ("reduced to about 40 from over 2,000": past the level's own bound; "stood at 168.5 in
    // February from 176.1": a level's "at" too)
    // (not the bound "up to": "cut by up to two billion dlrs from the 30 billion level")
    // (but "spiking up to 19 percent from just 4 percent": "up to" after a verb of change)
    let bound_up_to = |k: usize| {
        k > 1
            && word(text, toks, k - 2).as_deref() == Some("up")
            && !(k > 2
                && word(text, toks, k - 3).is_some_and(|v| {
                    lex.change_verb(&v).is_some()
                        // ("edged up to 2.957 marks from 2.955": a verb of small moves)
                        || matches!(&*v, "edged" | "inched" | "crept" | "ticked" | "moved")
                        // ("revenue miles were up to 1.64 billion from 1.60 billion": a copula's
                        // "up" is the rise)
                        || matches!(&*v, "was" | "were" | "is" | "are" | "been")
                        // ("revised its estimate of the shortage up to 450 mln stg from the
                        // earlier forecast": an object moved up, its earlier value right after;
                        // not "by up to")
                        || v != "by" && word(text, toks, q.next).as_deref() == Some("from")
                }))
    };
    let to_at = |k: usize| {
        k > 0 && matches!(word(text, toks, k - 1).as_deref(), Some("to" | "at")) && !bound_up_to(k)
    };
    // ("getting down to only 10 from the 301 submitted": past "only")
    let only = q.first > 1
        && matches!(
            word(text, toks, q.first - 1).as_deref(),
            Some("only" | "just")
        )
        && to_at(q.first - 1);
    let to_before = to_at(q.first)
        || only
        // (cheap test first: a "to" just before a short bound)
        || (1..=3).any(|n| q.first > n && to_at(q.first - n))
            && number::bound_ending(text, toks, q.first, 0, lex)
                .is_some_and(|(p, _)| to_at(q.first - p.len()));
    // ("reduced to the equivalent of 24 pct", "rose to a total of 500 mln": past a noun's
    // of-phrase)
    let raw = |k: usize| toks.get(k).map_or("", |t| &text[t.start..t.end]);
    let to_noun_of = || {
        q.first >= 4
            && word(text, toks, q.first - 1).as_deref() == Some("of")
            && matches!(raw(q.first - 3), "the" | "a" | "an")
            && raw(q.first - 2).bytes().all(|b| b.is_ascii_lowercase())
            && to_at(q.first - 3)
    };
    // ("slipping to 1.8% from 2.0% this year and 1.9% from 2.4% in 2005": a second level
    // after "and", in parallel with a change to one from another)
    let parallel = || {
        q.first > 4
            && raw(q.first - 1) == "and"
            && raw(q.next) == "from"
            && (q.first.saturating_sub(10)..q.first - 1).any(|k| {
                raw(k) == "from"
                    && (k.saturating_sub(5)..k).any(|j| raw(j) == "to")
                    && toks.get(k + 1).is_some_and(|t| t.kind == Kind::Num)
            })
    };
    if !(to_before || to_noun_of() || parallel()) || q.from.is_some() || q.value.is_none() {
        return;
    }
    // "rose to 3.95 billion at end-January from 3.03 billion": a short time phrase may stand
    // between the level and its earlier value
    // ("edged up to 102.5, from 102.2": or a comma; "to 60.1 billion cubic feet of gas from
    // 63.7 BCF", "to 24 pct of GDP in 1990 from 55 pct": or the level's short of-phrase;
    // "rose to 36.77 to the U.S. dollar from 40.45": or an exchange rate's other currency)
    // ("cut to 50 yuan equivalent, from 150 yuan": past the level's "equivalent")
    // ("to three members from five": past the counted noun)
    let noun = (q.unit.is_none() && word(text, toks, q.next + 1).as_deref() == Some("from"))
        .then(|| super::counted::counted_noun(text, toks, q.next, lex))
        .flatten();
    let equivalent = word(text, toks, q.next).as_deref() == Some("equivalent");
    let next = q.next + usize::from(equivalent || noun.is_some());
    let comma = toks.get(next).is_some_and(|t| &text[t.start..t.end] == ",")
        && word(text, toks, next + 1).as_deref() == Some("from");
    let of_word = |k: usize| {
        toks.get(k).is_some_and(|t| {
            let w = &text[t.start..t.end];
            t.kind == Kind::Word
                && w != "from"
                && (w.bytes().all(|b| b.is_ascii_lowercase())
                    || w.len() > 1 && w.bytes().all(|b| b.is_ascii_uppercase()))
        })
    };
    let of_phrase = !comma && word(text, toks, next).as_deref() == Some("of");
    let rate = !comma
        && matches!(
            word(text, toks, next).as_deref(),
            Some("to" | "against" | "per")
        )
        && (next + 1..next + 5).any(|k| {
            word(text, toks, k)
                .and_then(|w| lex.unit_for_alias(&w))
                .is_some_and(|u| u.dimension == "currency")
        });
    let lens: &[usize] = match (of_phrase, rate) {
        (true, _) => &[2, 3, 4, 5, 6, 7],
        (_, true) => &[2, 3, 4, 5],
        _ => &[usize::from(comma)],
    };
    let find_from = |opening: usize| {
        (0..=9)
            .map(|skip| opening + skip)
            .take_while(|&k| k == opening || is_time_phrase_word(text, toks, opening, k))
            .find(|&k| word(text, toks, k).as_deref() == Some("from"))
    };
    let Some((after_level, from_at)) = lens
        .iter()
        .filter(|&&n| !of_phrase || (next + 1..next + n).all(of_word))
        .find_map(|&n| find_from(next + n).map(|f| (n, f)))
    else {
        return;
    };
    // ("to 69 mln stg from the original 55 mln": the earlier value's own article and word;
    // "from an originally forecast 3.9 pct": maybe behind an adverb)
    let adverb = usize::from(
        word(text, toks, from_at + 2).is_some_and(|w| w.len() > 4 && w.ends_with("ly"))
            && word(text, toks, from_at + 3)
                .is_some_and(|w| lex.counted.earlier_values.contains(&*w)),
    );
    // ("to 49 billion ringgit from its original 74 billion": or a possessive, right before the
    // number; "from its initial estimate of 350 mln" is read below)
    let article = matches!(
        word(text, toks, from_at + 1).as_deref(),
        Some("the" | "an" | "a")
    ) || matches!(
        word(text, toks, from_at + 1).as_deref(),
        Some("its" | "their")
    ) && toks
        .get(from_at + 3 + adverb)
        .is_some_and(|t| t.kind == Kind::Num);
    // (its number right after: "from the current forecast of 3.0 mln" is a noun's of-phrase)
    let earlier = article
        && word(text, toks, from_at + 2 + adverb)
            .is_some_and(|w| lex.counted.earlier_values.contains(&*w))
        && toks
            .get(from_at + 3 + adverb)
            .is_some_and(|t| t.kind == Kind::Num);
    // ("to around 500 mln stg from its initial estimate of 350 mln": a determined noun
    // phrase's of-phrase)
    // ("dropped to 7-1/4 pct from Monday's average of 7.61 pct": or a possessive)
    let determined = word(text, toks, from_at + 1).is_some_and(|w| {
        super::lexer::is_determiner(&w) || w.len() > 3 && (w.ends_with("'s") || w.ends_with("’s"))
    });
    let of_value = if determined && !earlier {
        (from_at + 3..from_at + 6)
            .take_while(|&k| {
                // ("from this year's figure of 129 billion": a possessive too; "from a
                // European low of 1.7880": or a capitalised adjective)
                toks.get(k - 1).is_some_and(|t| {
                    t.kind == Kind::Word
                        && text[t.start..t.end]
                            .chars()
                            .all(|c| c.is_ascii_alphabetic() || matches!(c, '\'' | '’'))
                })
            })
            .find(|&k| {
                word(text, toks, k).as_deref() == Some("of")
                    && toks.get(k + 1).is_some_and(|t| t.kind == Kind::Num)
            })
            .map_or(0, |k| k - from_at)
    } else {
        0
    };
    // (not "swung to a surplus of 2.5 billion dlrs from a deficit of 294 mln": a balance
    // that changed sign is two figures)
    let sign_word = |k: usize| {
        word(text, toks, k).filter(|w| matches!(&**w, "surplus" | "deficit" | "profit" | "loss"))
    };
    if of_value > 0 {
        let earlier_noun = sign_word(from_at + of_value - 1);
        // ("revised its loss for the year ended January 31 to 4.7 mln dlrs from the loss of
        // 3.1 mln": the same balance named before the level)
        let same = (q.first.saturating_sub(10)..q.first).any(|k| sign_word(k) == earlier_noun);
        if earlier_noun.is_some() && !same {
            return;
        }
    }
    // ("from year-earlier 36.1 mln dlrs", "from previous 5 pct": the earlier word without an
    // article)
    let hyphened = word(text, toks, from_at + 1).as_deref() == Some("year")
        && word(text, toks, from_at + 2).as_deref() == Some("-")
        && matches!(
            word(text, toks, from_at + 3).as_deref(),
            Some("earlier" | "ago")
        );
    // ("to 25.8 billion francs from the 25.4 billion franc figure": an article alone)
    // ("to 105.69 mln rand from February's 106.56 mln rand": or a time's possessive)
    let the_number = word(text, toks, from_at + 1)
        .is_some_and(|w| w == "the" || w.len() > 3 && (w.ends_with("'s") || w.ends_with("’s")))
        && toks.get(from_at + 2).is_some_and(|t| t.kind == Kind::Num);
    // ("to about 1.47 mln in the third quarter from last year's 1.63 mln")
    let last_years = matches!(
        word(text, toks, from_at + 1).as_deref(),
        Some("last" | "this" | "a")
    ) && word(text, toks, from_at + 2)
        .is_some_and(|w| w.len() > 3 && (w.ends_with("'s") || w.ends_with("’s")))
        && toks.get(from_at + 3).is_some_and(|t| t.kind == Kind::Num);
    let bare_earlier = if earlier {
        0
    } else if hyphened {
        3
    } else if last_years {
        2
    } else if the_number {
        1
    } else {
        usize::from(
            word(text, toks, from_at + 1).is_some_and(|w| lex.counted.earlier_values.contains(&*w)),
        )
    };
    let mut at = from_at + 1 + (2 + adverb) * usize::from(earlier) + bare_earlier + of_value;
    // ("reduced to about 40 from over 2,000": the earlier value's own bound; "from just 4
    // percent": or an adverb of degree)
    at += usize::from(matches!(
        word(text, toks, at).as_deref(),
        Some("just" | "only")
    ));
    at += number::bound_opening(text, toks, at, lex);
    let Some(b) = quantity_at(text, toks, at, lex, false) else {
        return;
    };
    let same_kind = match (q.unit, b.unit) {
        (Some(a), Some(c)) => lex.units[a].dimension == lex.units[c].dimension,
        _ => true,
    };
    if !same_kind || b.value.is_none() {
        return;
    }
    // ("to 1.00 dlrs a copy from 75 cts": an earlier value in a smaller unit of the same
    // measure or currency, in the level's unit)
    let ratio = match (q.unit, b.unit) {
        (Some(a), Some(c)) if a != c => {
            let (a, c) = (&lex.units[a], &lex.units[c]);
            let comparable =
                a.dimension != "currency" || (a.currency.is_some() && a.currency == c.currency);
            (comparable && a.factor > 0.0).then(|| c.factor / a.factor)
        }
        _ => None,
    };
    q.from = b.value.map(|v| {
        if q.scale > 1.0 && b.scale == 1.0 && v < 1000.0 {
            v * q.scale
        } else {
            v * ratio.unwrap_or(1.0)
        }
    });
    // "to X from Y" is a change whatever verb comes before it ("a rise in the surplus to
    // 126.1 billion francs from 20.4 billion"): it goes the way its values do
    if let (Some(from), Some(to), Change::Exact) = (q.from, q.value, q.change) {
        q.change = Change::between(from, to);
    }
    q.unit = q.unit.or(b.unit);
    if q.unit.is_none() {
        q.counted = q.counted.take().or(noun).or(b.counted);
    }
    if of_phrase && after_level > 0 {
        q.of_phrase = Some(next);
    }
    q.next = b.next;
}

/// Is token `k` part of a short time phrase opened at `start` by "at", "in", "on" or "by"
/// ("at end-January", "in March", "on Friday")?
fn is_time_phrase_word(text: &str, toks: &Toks, start: usize, k: usize) -> bool {
    // ("this year", "in the year ending March 31, 1988": a day after its month, a comma
    // before a year)
    let opens = matches!(
        word(text, toks, start).as_deref(),
        Some("at" | "in" | "on" | "by" | "for" | "during" | "over" | "this" | "next" | "last")
    );
    let year_at = |j: usize| {
        toks.get(j)
            .is_some_and(|t| t.kind == Kind::Num && t.end - t.start == 4)
    };
    let t = toks.get(k - 1);
    opens
        && t.is_some_and(|t| {
            let w = &text[t.start..t.end];
            (t.kind == Kind::Word && w != "from")
                || w == "-"
                || year_at(k - 1)
                || (t.kind == Kind::Num && k >= 2 && super::scan::is_month(text, toks, k - 2))
                || (w == "," && year_at(k))
        })
}
