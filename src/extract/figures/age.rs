//! A number read as a person's age, in years: set off by commas after a name or a person's
//! noun ("Roberts, 42,", "Their oldest son, 18,"), after "aged", "turns" or "she was", in an
//! age phrase ("under the age of 21", "ages 18 to 29"), or bounding a group ("people over
//! 60").

use super::lexer::{Kind, Toks};
use super::lexicon::Lexicon;
use super::scan::Quantity;
use crate::model::Change;

/// "Roberts, 42, will lead", "Officer Andrew Dossi, 30, was shot": a whole number from 1 to
/// 119 set off by commas right after a name is that person's age, and so is one opening a
/// sentence after "At" ("At 28, she was an aide").
pub(super) fn age_in_apposition(text: &str, toks: &Toks, q: &Quantity) -> bool {
    let s = |k: usize| toks.get(k).map_or("", |t| &text[t.start..t.end]);
    let whole = is_age_value(q.value);
    // ("Mr. Lewis, now 77,": past "now" or "then")
    let first = q.first - usize::from(q.first >= 3 && matches!(s(q.first - 1), "now" | "then"));
    // ("Cesar Sayoc Jr., 56,": past a suffix's full stop)
    let suffix = first >= 3 && s(first - 2) == "." && matches!(s(first - 3), "Jr" | "Sr");
    let name_at = if suffix {
        first.wrapping_sub(3)
    } else {
        first.wrapping_sub(2)
    };
    let name_before = first >= 2
        && s(first - 1) == ","
        && toks[name_at].kind == Kind::Word
        && s(name_at).chars().next().is_some_and(char::is_uppercase)
        && !super::scan::is_month(text, toks, name_at)
        && s(name_at).parse::<chrono::Weekday>().is_err();
    // ("At 28, she was an aide": an age opening the sentence)
    let at_opening = q.first == 1 && s(0) == "At" && s(q.next) == ",";
    // ("Their oldest son, 18, heads to boot camp": or set off after a person's noun)
    let person_before = first >= 2
        && s(first - 1) == ","
        && matches!(
            s(first - 2),
            "son"
                | "daughter"
                | "wife"
                | "husband"
                | "brother"
                | "sister"
                | "mother"
                | "father"
                | "boy"
                | "girl"
                | "grandson"
                | "granddaughter"
                | "nephew"
                | "niece"
                | "widow"
                | "teenager"
                | "victim"
                | "suspect"
                | "gunman"
                | "driver"
        );
    whole
        && q.low.is_none()
        && q.next == q.number_first + 1
        && (name_before || at_opening || person_before)
        && matches!(s(q.next), "," | "" | "." | ";")
}

/// Can `value` be a person's age in years: a whole number from 1 to 119?
pub(super) fn is_age_value(value: Option<f64>) -> bool {
    value.is_some_and(|v| v.fract() == 0.0 && (1.0..120.0).contains(&v))
}

/// "aged 54", "ages 18 to 29", "under the age of 21", "people over 60", "Roberts, 42,": a
/// number read as an age (quantity `q`, opening at token `start`) is in years, bounded by a
/// bound before its age phrase.
pub(super) fn age(text: &str, toks: &Toks, q: &mut Quantity, start: usize, lex: &Lexicon) {
    let raw_before = |w: &str| {
        start > 0 && text[toks[start - 1].start..toks[start - 1].end].eq_ignore_ascii_case(w)
    };
    // ("between the ages of 12 and 16", "anyone 21 or older")
    let ages_of = start > 1
        && raw_before("of")
        && matches!(
            super::number::word(text, toks, start - 2).as_deref(),
            Some("age" | "ages")
        );
    // (the bound "or older" is already part of the figure)
    // ("workers 55 and older": or "and")
    let older = q.next >= 2
        && matches!(
            super::number::word(text, toks, q.next - 1).as_deref(),
            Some("older" | "younger")
        )
        && matches!(
            super::number::word(text, toks, q.next - 2).as_deref(),
            Some("or" | "and")
        );
    // ("people over 60", "adults over 21", "children under 5": an age bound after people)
    // ("being aged over 19": so is one after "aged over")
    let people_over = start > 1
        && (raw_before("over") || raw_before("under"))
        && super::number::word(text, toks, start - 2)
            .is_some_and(|w| w == "aged" || lex.counted.aged_people.contains(&*w))
        && is_age_value(q.value);
    // ("aged from 15 to 17", "aged between 18 and 24")
    let aged_from = start > 1
        && (raw_before("from") || raw_before("between"))
        && super::number::word(text, toks, start - 2).as_deref() == Some("aged");
    // ("who turns 66 soon": a whole number after "turns" is an age)
    let turns = (raw_before("turns")
        || raw_before("turned")
        || raw_before("turning")
        || raw_before("turn"))
        && is_age_value(q.value);
    // ("when she was 14": a person's bare number)
    // ("when she was just 15": past an adverb of degree; "her sons, who are 11 and 13": or
    // children's)
    let w = |k: usize| super::number::word(text, toks, k).unwrap_or_default();
    // ("if they found out he was over 70": or a bound)
    let adverb = usize::from(
        start >= 2
            && matches!(
                &*w(start - 1),
                "just" | "only" | "barely" | "over" | "under" | "nearly" | "almost" | "about"
            ),
    );
    let verb = start.checked_sub(1 + adverb).map(w).unwrap_or_default();
    // ("She might be 33 next month": a modal's "be" too)
    let modal_be = verb == "be"
        && start >= 3 + adverb
        && matches!(
            &*w(start - 2 - adverb),
            "will" | "would" | "might" | "could" | "may" | "must" | "should"
        )
        && matches!(&*w(start - 3 - adverb), "she" | "he");
    // ("I'm only 27 and don't remember": the speaker's own)
    let i_am = matches!(&*verb, "i'm" | "i’m")
        || start >= 2 + adverb
            && matches!(&*verb, "'m" | "’m" | "am")
            && w(start - 2 - adverb) == "i";
    // ("He’s only 51, which makes him quite youthful": a pronoun's contracted "is")
    let contracted = matches!(&*verb, "he's" | "he’s" | "she's" | "she’s");
    let person_was = modal_be
        || (i_am || contracted)
            && is_age_value(q.value)
            && toks
                .get(q.next)
                .is_none_or(|t| t.kind != Kind::Word || w(q.next) == "and")
        || start >= 2 + adverb
            && matches!(&*verb, "was" | "is" | "are" | "were")
            && (matches!(&*w(start - 2 - adverb), "she" | "he")
            // ("when I was 16, it was Becky Sharp")
            || w(start - 2 - adverb) == "i" && verb == "was"
            || w(start - 2 - adverb) == "who"
                && matches!(
                    &*(start - 3 - adverb)
                        .checked_sub(usize::from(w(start - 3 - adverb) == ","))
                        .map(w)
                        .unwrap_or_default(),
                    "sons"
                        | "daughters"
                        | "children"
                        | "kids"
                        | "boys"
                        | "girls"
                        | "twins"
                        | "grandchildren"
                ))
            && is_age_value(q.value)
            && toks
                .get(q.next)
                .is_none_or(|t| t.kind != Kind::Word || w(q.next) == "and");
    // ("kids younger than 5", "people older than 65": a bare whole number compared by age)
    let than_age = start > 1
        && raw_before("than")
        && matches!(
            super::number::word(text, toks, start - 2).as_deref(),
            Some("younger" | "older")
        )
        && is_age_value(q.value);
    // ("His age, 75, could be a problem": the age in apposition to the word)
    let age_comma = start > 1
        && raw_before(",")
        && super::number::word(text, toks, start - 2).as_deref() == Some("age")
        && is_age_value(q.value);
    // ("lowering the voting age to 16", "the minimum age is 21": the age's new or set value)
    // (cheap tests first: this runs for every figure)
    // ("the legal age of consent in the state is 16": or past the age's of-phrase)
    let age_of_is = || {
        ["is", "was", "remains"].iter().any(|w| raw_before(w))
            && (start.saturating_sub(8)..start.saturating_sub(2)).any(|k| {
                super::number::word(text, toks, k).as_deref() == Some("age")
                    && super::number::word(text, toks, k + 1).as_deref() == Some("of")
                    && (k..start).all(|j| !matches!(&text[toks[j].start..toks[j].end], "," | ";"))
            })
    };
    let age_to = start > 1
        && (text[toks[start - 2].start..toks[start - 2].end].eq_ignore_ascii_case("age")
            && ["to", "at", "from", "is", "was", "remains"]
                .iter()
                .any(|w| raw_before(w))
            || age_of_is())
        && is_age_value(q.value);
    // ("the coveted 18-to-34 age range", "the 18-34 age group": an age noun after it)
    let age_after = toks
        .get(q.next)
        .is_some_and(|t| text[t.start..t.end].eq_ignore_ascii_case("age"))
        && (is_age_value(q.value) || is_age_value(q.high));
    let aged = raw_before("aged")
        || age_to
        || age_after
        || than_age
        || age_comma
        || aged_from
        || turns
        || person_was
        || raw_before("age")
        || raw_before("ages")
        || ages_of
        || older
        || people_over;
    if (aged || age_in_apposition(text, toks, q))
        && q.unit.is_none()
        && q.counted.is_none()
        && q.scale == 1.0
    {
        q.unit = lex.units.iter().position(|u| u.name == "year");
        // ("under the age of 21": a bound before the age phrase bounds the age)
        let age_word = if ages_of {
            start - 2
        } else {
            start.saturating_sub(1)
        };
        let the =
            age_word > 0 && super::number::word(text, toks, age_word - 1).as_deref() == Some("the");
        let age_phrase = ages_of || raw_before("age") || raw_before("ages");
        if age_phrase && q.change == Change::Exact && q.low.is_none() {
            let phrase_start = age_word - usize::from(the);
            if let Some((_, b)) = super::number::bound_ending(text, toks, phrase_start, 0, lex) {
                q.change = b.change();
            }
        }
    }
}
