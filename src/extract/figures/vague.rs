//! Quantities given as an order of magnitude: "tens of thousands of dollars", "hundreds of
//! people", "millions of viewers", "dozens of homes". Each is a range from one to ten of its
//! scale ("tens of thousands": 10,000 to 100,000; "dozens": 24 to 144), with the unit or the
//! counted noun of its of-phrase.

use super::lexer::{Kind, Tok, Toks};
use super::lexicon::Lexicon;
use super::number::word;
use super::scan::Quantity;
use super::units::unit_at;
use crate::model::Change;

/// The plural scale words and the least number each names.
pub(super) const PLURALS: &[(&str, f64)] = &[
    ("tens", 10.0),
    ("dozens", 24.0),
    ("hundreds", 100.0),
    ("thousands", 1e3),
    ("millions", 1e6),
    ("billions", 1e9),
    ("trillions", 1e12),
];

/// The words of an age's decade, with the ages they span ("in her sixties").
pub(super) const DECADES: &[(&str, f64, f64)] = &[
    ("teens", 13.0, 19.0),
    ("twenties", 20.0, 29.0),
    ("thirties", 30.0, 39.0),
    ("forties", 40.0, 49.0),
    ("fifties", 50.0, 59.0),
    ("sixties", 60.0, 69.0),
    ("seventies", 70.0, 79.0),
    ("eighties", 80.0, 89.0),
    ("nineties", 90.0, 99.0),
];

/// Is `w` (lower case) a plural scale word ("thousands")?
pub(super) fn is_plural_scale(w: &str) -> bool {
    PLURALS.iter().any(|(p, _)| *p == w)
}

/// Can token `t` be a plural scale word? The scanner asks this of every token, so it looks
/// only at bytes: every such word is 4 to 9 letters, starts with t, d, h, m or b and ends in
/// "s".
#[inline(always)]
pub(super) fn may_open(text: &str, t: Tok) -> bool {
    // one combined test, not a branch per condition (these mispredict on every token)
    let b = text.as_bytes();
    let last = b.get(t.end.wrapping_sub(1)).copied().unwrap_or(0);
    let first = b.get(t.start).copied().unwrap_or(0) | 0x20;
    (t.kind == Kind::Word)
        & ((t.end - t.start).wrapping_sub(4) <= 5)
        & (last == b's')
        & ((first == b't') | (first == b'd') | (first == b'h') | (first == b'm') | (first == b'b'))
}

/// "10s of thousands", "100s of people": tens or hundreds written in digits and "s", before
/// "of" (not a decade: "the 1980s").
pub(super) fn digit_plural(text: &str, toks: &Toks, i: usize) -> Option<f64> {
    let t = toks.get(i)?;
    let s = toks.get(i + 1)?;
    let low = match &text[t.start..t.end] {
        "10" => 10.0,
        "100" => 100.0,
        _ => return None,
    };
    let of = toks
        .get(i + 2)
        .is_some_and(|o| &text[o.start..o.end] == "of");
    (t.kind == Kind::Num && s.glued && &text[s.start..s.end] == "s" && of).then_some(low)
}

/// Can token `i` open an order of magnitude in digits ("10s of thousands")?
#[inline(always)]
pub(super) fn may_open_digits(text: &str, toks: &Toks, i: usize) -> bool {
    toks[i].kind == Kind::Num
        && toks[i].end - toks[i].start <= 3
        && digit_plural(text, toks, i).is_some()
}

fn plural_scale(text: &str, toks: &Toks, i: usize) -> Option<f64> {
    let t = *toks.get(i)?;
    if !may_open(text, t) {
        return None;
    }
    let raw = &text[t.start..t.end];
    PLURALS
        .iter()
        .find(|(p, _)| p.len() == raw.len() && p.eq_ignore_ascii_case(raw))
        .map(|&(_, v)| v)
}

/// An order-of-magnitude quantity starting at token `i`: "tens of thousands of dollars".
/// Only with an of-phrase ("hundreds of people", not "in the hundreds") or as a verb's
/// subject ("thousands marched"), so that the words count something.
pub(super) fn vague_at(text: &str, toks: &Toks, i: usize, lex: &Lexicon) -> Option<Quantity> {
    let (mut low, mut next) = match plural_scale(text, toks, i) {
        Some(low) => (low, i + 1),
        None => (digit_plural(text, toks, i)?, i + 2),
    };
    // "tens/dozens" on their own need a scale after them: "tens of thousands"
    let needs_scale = low < 100.0 && low != 24.0;
    // ("hundreds more deaths", "thousands more people": the noun counted after "more")
    if !needs_scale && word(text, toks, next).as_deref() == Some("more") {
        let counted = super::counted::counted_noun(text, toks, next + 1, lex)?;
        return Some(range(i, next + 1, low, None, Some(counted)));
    }
    // ("millions in taxpayer funds", "billions in damages": money, its unit unnamed)
    let money_in = low >= 1e6
        && word(text, toks, next).as_deref() == Some("in")
        && (next + 1..(next + 4).min(toks.len()))
            .take_while(|&k| toks[k].kind == Kind::Word)
            .any(|k| word(text, toks, k).is_some_and(|w| lex.counted.money_in.contains(&*w)));
    if money_in {
        return Some(range(i, next, low, None, None));
    }
    if word(text, toks, next).as_deref() != Some("of") {
        // ("killed 130 and wounded hundreds": or a counting verb's object)
        let object = !needs_scale
            && i > 0
            && word(text, toks, i - 1).is_some_and(|w| lex.concept.counting_verbs.contains(&*w));
        return (object || subject(text, toks, i, needs_scale))
            .then(|| range(i, next, low, None, None));
    }
    // "tens of thousands", "hundreds of millions"
    if let Some(scale) = plural_scale(text, toks, next + 1).filter(|&s| s >= 1e3) {
        if word(text, toks, next + 2).as_deref() != Some("of") {
            // "tens of thousands marched": the scale ends it
            low *= scale;
            next += 2;
            return Some(range(i, next, low, None, None));
        }
        low *= scale;
        next += 2;
    } else if needs_scale {
        return None;
    }
    // the of-phrase: a unit ("of dollars") or a counted noun ("of people", "of the
    // families")
    let of = next;
    let determiner = usize::from(matches!(
        word(text, toks, of + 1).as_deref(),
        Some("the" | "its" | "their" | "his" | "her" | "our" | "these" | "those")
    ));
    // ("billions of revenue": money, its unit unnamed)
    let money_of = low >= 1e6
        && unit_at(text, toks, of + 1, lex).is_none()
        && word(text, toks, of + 1 + determiner)
            .is_some_and(|w| lex.counted.money_in.contains(&*w));
    if money_of {
        return Some(range(i, of, low, None, None));
    }
    // ("thousands of stone-pelting protesters": no unit opening a hyphened modifier)
    let unit = unit_at(text, toks, of + 1, lex).filter(|&(_, end)| {
        !toks
            .get(end)
            .is_some_and(|t| t.glued && &text[t.start..t.end] == "-")
    });
    let (unit, counted, end) = match unit {
        Some((u, end)) => (Some(u), None, end),
        None => {
            let k = of + 1 + determiner;
            let counted = super::counted::counted_noun(text, toks, k, lex);
            // ("millions of undocumented ones": the pronoun's noun comes from before)
            let ones = || (k..k + 3).any(|j| word(text, toks, j).as_deref() == Some("ones"));
            if counted.is_none() && !ones() {
                return None;
            }
            (None, counted, of)
        }
    };
    // the of-phrase is part of the figure only for a unit ("of dollars"); a counted noun
    // stays outside it, as in "14 people"
    let next = if unit.is_some() { end } else { of };
    Some(range(i, next, low, unit, counted))
}

/// "Thousands marched", "then dozens resonated", "hundreds were arrested": a bare plural
/// scale word as the subject of a verb counts what the sentence is about (not "in the
/// hundreds", "by the thousands", "hundreds said no": a verb in the past or a form of "be"
/// must follow).
fn subject(text: &str, toks: &Toks, i: usize, needs_scale: bool) -> bool {
    let before = i.checked_sub(1).and_then(|k| word(text, toks, k));
    let governed = before.as_deref().is_some_and(|w| {
        matches!(
            w,
            "the" | "in" | "by" | "of" | "to" | "into" | "from" | "for" | "with"
        )
    });
    let verb = word(text, toks, i + 1).is_some_and(|w| {
        matches!(
            &*w,
            "were" | "are" | "have" | "had" | "will" | "would" | "could"
        ) || (w.len() > 4 && w.ends_with("ed") && w.bytes().all(|b| b.is_ascii_lowercase()))
            // ("as thousands took to the streets": an irregular past)
            || matches!(
                &*w,
                "took" | "came" | "went" | "fled" | "ran" | "left" | "lost" | "gave" | "held"
                    | "stood" | "sought" | "spent" | "made" | "got" | "saw" | "rose" | "fell"
            )
    });
    // ("among thousands packing around an intersection", "joined thousands marching": the
    // crowd a participle describes)
    let crowd = before
        .as_deref()
        .is_some_and(|w| matches!(w, "among" | "joined" | "joining" | "joins"))
        && word(text, toks, i + 1).is_some_and(|w| {
            w == "who"
                || w.len() > 5 && w.ends_with("ing") && w.bytes().all(|b| b.is_ascii_lowercase())
        });
    !needs_scale && (!governed && verb || crowd)
}

/// "several hundred machines" (three to nine hundred), "a few dozen members" (about three
/// dozen): a vague count of a scale word, with the counted noun after it.
pub(super) fn few_at(text: &str, toks: &Toks, i: usize, lex: &Lexicon) -> Option<Quantity> {
    let w = word(text, toks, i)?;
    let a_few =
        w == "few" && i > 0 && matches!(word(text, toks, i - 1).as_deref(), Some("a" | "A"));
    if w != "several" && !a_few {
        return None;
    }
    let scale_at = |k: usize| {
        word(text, toks, k).and_then(|s| match &*s {
            "dozen" => Some(12.0),
            _ => lex.scales.get(&*s).copied().filter(|&v| v >= 100.0),
        })
    };
    // ("several hundred million dollars": a second scale word multiplies)
    let (scale, noun) = match (scale_at(i + 1)?, scale_at(i + 2)) {
        (a, Some(b)) if b >= 1e6 => (a * b, i + 3),
        (a, _) => (a, i + 2),
    };
    let first = if a_few { i - 1 } else { i };
    // ("several hundred or thousand different machines": the noun after the other scale)
    let noun = if word(text, toks, noun).as_deref() == Some("or") && scale_at(noun + 1).is_some() {
        noun + 2
    } else {
        noun
    };
    let unit = unit_at(text, toks, noun, lex);
    let counted = if unit.is_none() {
        super::counted::counted_noun(text, toks, noun, lex)
    } else {
        None
    };
    let next = unit.map_or(noun, |(_, end)| end);
    let mut q = range(first, next, 3.0 * scale, unit.map(|(u, _)| u), counted);
    // ("several hundred million pounds": money)
    super::units::money_pounds(text, toks, &mut q, scale, lex);
    if a_few {
        (q.value, q.low, q.high) = (Some(3.0 * scale), None, None);
    } else {
        q.high = Some(9.0 * scale);
    }
    Some(q)
}

/// "a black woman in her sixties", "in their teens": an age by its decade in words, after a
/// possessive (as `notation::decade_age` reads "in his 50s").
pub(super) fn decade_age_word(
    text: &str,
    toks: &Toks,
    i: usize,
    lex: &Lexicon,
) -> Option<Quantity> {
    let w = word(text, toks, i)?;
    let &(_, low, high) = DECADES.iter().find(|(d, _, _)| *d == &*w)?;
    let owner = word(text, toks, i.checked_sub(1)?)?;
    if !matches!(&*owner, "his" | "her" | "their" | "my" | "your" | "our") {
        return None;
    }
    let mut q = range(
        i,
        i + 1,
        low,
        lex.units.iter().position(|u| u.name == "year"),
        None,
    );
    (q.low, q.high, q.change, q.scale) = (Some(low), Some(high), Change::Exact, 1.0);
    Some(q)
}

fn range(
    first: usize,
    next: usize,
    low: f64,
    unit: Option<usize>,
    counted: Option<String>,
) -> Quantity {
    // "dozens": 2 to 12 dozen
    let high = if low == 24.0 { 144.0 } else { low * 10.0 };
    Quantity {
        first,
        next,
        number_first: first,
        value: None,
        low: Some(low),
        high: Some(high),
        from: None,
        unit,
        counted,
        change: Change::Approx,
        scale: low,
        per: None,
        per_noun: None,
        tally: false,
        ratio: false,
        of_phrase: None,
    }
}

#[cfg(test)]
mod tests {
    use super::super::extract;

    #[test]
    fn an_age_by_its_decade_in_words_is_a_range_of_years() {
        let f = extract("a black woman in her sixties was jailed");
        assert_eq!(f.len(), 1, "{f:#?}");
        assert_eq!((f[0].low, f[0].high), (Some(60.0), Some(69.0)));
        assert_eq!(f[0].unit.as_deref(), Some("year"));
        // (not the decade of a century: "music of the sixties")
        assert!(extract("the music of the sixties").is_empty());
    }

    #[test]
    fn orders_of_magnitude_are_ranges() {
        let f = extract("It cost tens of thousands of dollars.");
        assert_eq!(f.len(), 1, "{f:#?}");
        assert_eq!((f[0].low, f[0].high), (Some(1e4), Some(1e5)));
        assert_eq!(f[0].unit.as_deref(), Some("dollar"));
        let p = extract("hundreds of thousands of people fled");
        assert_eq!(
            (p[0].low, p[0].unit.as_deref()),
            (Some(1e5), Some("people"))
        );
        let d = extract("Dozens of homes were destroyed");
        assert_eq!((d[0].low, d[0].high), (Some(24.0), Some(144.0)));
        assert_eq!(extract("Tens of thousands marched.")[0].low, Some(1e4));
        // no of-phrase, no quantity
        assert!(extract("sales in the hundreds and tens of friends").is_empty());
        // unless the words are a verb's subject
        let t = extract("Thousands marched and then dozens were arrested.");
        assert_eq!(t.len(), 2, "{t:#?}");
        assert_eq!((t[0].low, t[1].low), (Some(1e3), Some(24.0)));
        assert!(extract("Fans came by the thousands.").is_empty());
        // in digits
        let f = extract("It has 10s of thousands of listeners and 100s of fans.");
        assert_eq!(f.len(), 2, "{f:#?}");
        assert_eq!((f[0].low, f[0].high), (Some(1e4), Some(1e5)));
        assert_eq!((f[1].low, f[1].unit.as_deref()), (Some(100.0), Some("fan")));
        // money unnamed
        let f = extract("The films will bring in billions of revenue.");
        assert_eq!(
            (f[0].low, f[0].unit.as_deref()),
            (Some(1e9), None),
            "{f:#?}"
        );
        assert!(extract("Fans, by the thousands, gathered.").is_empty());
    }
}
