//! The rate a figure's unit opens, which is part of the figure: "$60 per barrel", "$15.4/hour",
//! "84 million barrels a day", a rate's counted base ("5.2 per 100,000 people"), money per a
//! thing counted ("$500 per student"), a rate past a bracketed conversion ("50 billion yen ($450
//! million) a year") or past the short of-phrase of what is measured ("0.221 ounce of gold per
//! ton"), and the time a counted noun is counted per ("40 flights per day").

use super::lexer::{Kind, Toks};
use super::lexicon::Lexicon;
use super::number;
use super::scan::Quantity;
use super::units::{base_at, unit_at};

/// A rate written after a figure's unit ("$60 per barrel", "$15.4/hour", "84 million
/// barrels a day"), and a rate's counted base ("5.2 per 100,000 people"), which are part of
/// the figure.
/// "1.7 trillion cigarettes a year", "40 flights per day": the time unit a counted noun (met
/// within a few tokens of `from`) is counted per.
pub(super) fn count_rate(
    text: &str,
    toks: &Toks,
    from: usize,
    noun: &str,
    lex: &Lexicon,
) -> Option<usize> {
    let stem = noun.char_indices().last().map_or(noun, |(i, _)| &noun[..i]);
    // ("at least once a month", "twice a week": the times are in the number's own word)
    let own = noun == "time"
        && from > 0
        && matches!(
            number::word(text, toks, from).as_deref(),
            Some("a" | "an" | "per" | "each" | "every")
        );
    let at = if own {
        from - 1
    } else {
        (from..(from + 5).min(toks.len()))
            .find(|&k| text[toks[k].start..toks[k].end].starts_with(stem))?
    };
    let link = number::word(text, toks, at + 1)?;
    // ("271 scheduled flights daily": or an adverb of the time)
    if let Some(time) = lex.counted.time_adverbs.get(&*link) {
        return lex.units.iter().position(|u| &u.name == time);
    }
    if !matches!(&*link, "a" | "an" | "per" | "each" | "every") {
        return None;
    }
    let (p, next) = base_at(text, toks, at + 2, lex)?;
    let after = number::word(text, toks, next);
    // ("9.3 goals a season", "20 points per game": or a sports event)
    let time = matches!(&*lex.units[p].dimension, "time" | "event");
    (time
        && !matches!(
            after.as_deref(),
            Some("ago" | "earlier" | "later" | "before" | "after")
        ))
    .then_some(p)
}

pub(super) fn rate(text: &str, toks: &Toks, q: &mut Quantity, lex: &Lexicon) {
    // ("52 dlrs cash per share": the form of payment before the rate's base; "83.49 dlrs fob
    // per tonne": or the terms of delivery)
    let cash = q.unit.is_some()
        && matches!(
            number::word(text, toks, q.next).as_deref(),
            Some("cash" | "fob" | "cif")
        )
        && matches!(
            number::word(text, toks, q.next + 1).as_deref(),
            Some("per" | "a" | "an")
        );
    // ("$400 extra per month": an amount's "extra" before the rate's base; "with $500 more per
    // child": or "more", before "per" and any noun)
    let link = number::word(text, toks, q.next + 1);
    // (but "50 cents more per barrel" is more of the same price, as the dev set has it)
    let before_rate = number::word(text, toks, q.next);
    let base = || base_at(text, toks, q.next + 2, lex).is_some();
    let counted_base = || {
        link.as_deref() == Some("per")
            && toks.get(q.next + 2).is_some_and(|t| {
                t.kind == Kind::Word
                    && t.folded
                    && !lex.concept.function_words.contains(&text[t.start..t.end])
            })
    };
    let extra = q.unit.is_some_and(|u| lex.units[u].dimension == "currency")
        && matches!(link.as_deref(), Some("per" | "a" | "an"))
        && match before_rate.as_deref() {
            Some("extra") => base() || counted_base(),
            Some("more") => !base() && counted_base(),
            _ => false,
        };
    q.next += usize::from(cash || extra);
    // ("loss of 579,000 dlrs or 12 cts shr": a wire's amount a share, without "a")
    let currency = q.unit.is_some_and(|u| lex.units[u].dimension == "currency");
    // ("114,000 dlrs or four cts share for the same quarter": or "share" itself, ending its
    // phrase)
    // (not a par value hyphened to it: "per 20-crown share")
    let hyphened = q.next >= 2
        && toks[q.next - 2].glued
        && &text[toks[q.next - 2].start..toks[q.next - 2].end] == "-";
    let share_ends = || {
        !hyphened
            && number::word(text, toks, q.next).as_deref() == Some("share")
            && toks.get(q.next + 1).is_none_or(|t| {
                let w = &text[t.start..t.end];
                t.kind != Kind::Word || lex.concept.function_words.contains(w)
            })
    };
    if currency && (number::word(text, toks, q.next).as_deref() == Some("shr") || share_ends()) {
        if let Some((p, next)) = base_at(text, toks, q.next, lex) {
            q.per = Some(p);
            q.next = next;
            return;
        }
    }
    // a rate: "$60 per barrel", "$15.4/hour", "50 meters per millisecond", "$50 a barrel",
    // "84 million barrels a day" (but not "$5 a year earlier")
    if q.unit.is_some() {
        let link = toks
            .get(q.next)
            .map(|t| (t.glued, text[t.start..t.end].to_ascii_lowercase()));
        // ("the $50 billion-a-year hit", "a one-day-per-week furlough": the rate hyphenated
        // into a modifier)
        let glued_dash = |k: usize| {
            toks.get(k)
                .is_some_and(|t| t.glued && &text[t.start..t.end] == "-")
        };
        if glued_dash(q.next)
            && matches!(
                number::word(text, toks, q.next + 1).as_deref(),
                Some("a" | "an" | "per")
            )
            && glued_dash(q.next + 2)
        {
            if let Some((p, next)) = base_at(text, toks, q.next + 3, lex) {
                q.per = Some(p);
                q.next = next;
                return;
            }
        }
        let article = matches!(link, Some((false, ref w)) if w == "a" || w == "an");
        // ("$40,000 each year": "each" and "every" make a rate of a time only)
        // (not a growth rate: "growing over 12 percent every year")
        let each = matches!(link, Some((false, ref w)) if w == "each" || w == "every")
            && q.unit.is_some_and(|u| lex.units[u].dimension != "percent");
        if matches!(link, Some((_, ref w)) if w == "per")
            || matches!(link, Some((true, ref w)) if w == "/")
            || article
            || each
        {
            // ("86 cts a share from 73 cts": "from" after a time only is "a year from now")
            // ("10 marks per ordinary share": an adjective may stand before the base)
            let per = matches!(link, Some((_, ref w)) if w == "per");
            let adjective =
                per && toks.get(q.next + 1).is_some_and(|t| {
                    t.kind == Kind::Word
                        && text[t.start..t.end].bytes().all(|b| b.is_ascii_lowercase())
                }) && base_at(text, toks, q.next + 1, lex).is_none()
                    && base_at(text, toks, q.next + 2, lex).is_some();
            let at = q.next + 1 + usize::from(adjective);
            let rate = base_at(text, toks, at, lex).filter(|&(p, next)| {
                let after = number::word(text, toks, next);
                let time = lex.units[p].dimension == "time";
                // ("15 to 17 dlrs a barrel after months at 12" is a rate: only a time is
                // "a year after")
                // ("10 barrels a day or less" is a rate and its bound)
                let or_bound = after.as_deref() == Some("or")
                    && matches!(
                        number::word(text, toks, next + 1).as_deref(),
                        Some("less" | "more")
                    );
                let baseline = time
                    && !or_bound
                    && (matches!(
                        after.as_deref(),
                        Some("ago" | "earlier" | "before" | "later" | "after" | "or")
                    ) || after.as_deref() == Some("from")
                    // ("£30,000 a year from the law firm" is a rate)
                    && matches!(
                        number::word(text, toks, next + 1).as_deref(),
                        Some("now" | "today" | "then" | "that" | "this")
                    ));
                (!article || !baseline) && (!each || time)
            });
            // ("one mln bpd per day": a rate unit's own base said again)
            let again = |p: usize| {
                q.unit.is_some_and(|u| {
                    lex.units[u]
                        .name
                        .ends_with(&format!(" per {}", lex.units[p].name))
                })
            };
            if let Some((p, next)) = rate {
                if !again(p) {
                    q.per = Some(p);
                }
                q.next = next;
            } else if let Some((noun, words)) = per_noun(text, toks, q, lex) {
                q.per_noun = Some(noun);
                q.next += words;
            }
        }
    }
    if cash && q.per.is_none() && q.per_noun.is_none() {
        q.next -= 1;
    }
    // ("0.221 ounce of gold per ton", "30 bushels of corn per acre": a rate past the short
    // of-phrase of what is measured, which stays outside the span)
    if q.unit.is_some() && q.per.is_none() && q.per_noun.is_none() {
        q.per = of_phrase_rate(text, toks, q.next, lex);
    }
    // ("50 billion yen ($450 million) a year": a rate after a bracketed conversion is both
    // figures' rate, the bracket staying outside the span)
    if q.unit.is_some() && q.per.is_none() {
        if let Some(p) = rate_past_bracket(text, toks, q.next, lex) {
            q.per = Some(p);
        }
    }
    // ("200 dinars ($2.77) per canister": or a noun after "per")
    if q.unit.is_some() && q.per.is_none() && q.per_noun.is_none() {
        if let Some(close) = bracket_close(text, toks, q.next) {
            let past = Quantity {
                next: close + 1,
                ..q.clone()
            };
            if number::word(text, toks, close + 1).as_deref() == Some("per") {
                q.per_noun = per_noun(text, toks, &past, lex).map(|(noun, _)| noun);
            }
        }
    }
    // "7.5 million tonnes annually", "7.5 million tonnes of LPG annually": an adverb of a
    // time makes a rate of a measure, after it or its short of-phrase (not "3% annually", a
    // growth rate)
    if q.unit.is_some_and(|u| lex.units[u].dimension != "percent") && q.per.is_none() {
        // ("380 mln dlrs worth of shares a year": past "worth")
        let worth = usize::from(
            number::word(text, toks, q.next).as_deref() == Some("worth")
                && number::word(text, toks, q.next + 1).as_deref() == Some("of"),
        );
        let start = q.next + worth;
        let of = usize::from(number::word(text, toks, start).as_deref() == Some("of"));
        let adverb = (start + 2 * of..start + 4 * of + 1)
            .take_while(|&k| k == start || toks.get(k - 1).is_some_and(|t| t.kind == Kind::Word))
            .find_map(|k| {
                Some((
                    k,
                    lex.counted
                        .time_adverbs
                        .get(&*number::word(text, toks, k)?)?,
                ))
            });
        if let Some((k, time)) = adverb {
            q.per = lex.units.iter().position(|u| &u.name == time);
            if of == 0 {
                q.next = k + 1;
            }
        }
        // ("60 mln cubic feet of natural gas per day", "70 billion kilowatt hours of firm power
        // a year": so does "per" or "a" and a time after the short of-phrase, not "a year ago")
        let per_time = (of == 1 && q.per.is_none())
            .then(|| {
                (start + 2..start + 5)
                    .take_while(|&k| toks.get(k - 1).is_some_and(|t| t.kind == Kind::Word))
                    .find(|&k| {
                        matches!(
                            number::word(text, toks, k).as_deref(),
                            Some("per" | "a" | "an")
                        )
                    })
            })
            .flatten()
            .and_then(|k| Some((k, unit_at(text, toks, k + 1, lex)?)))
            .filter(|&(k, (u, next))| {
                let article = number::word(text, toks, k).as_deref() != Some("per");
                // ("0.226 ounces of gold a ton": or an ore's grade, weight per weight)
                let grade = q.unit.is_some_and(|m| {
                    matches!(&*lex.units[m].name, "ounce" | "troy ounce" | "gram")
                }) && matches!(&*lex.units[u].name, "ton" | "metric ton" | "short ton");
                grade
                    || lex.units[u].dimension == "time"
                        && !(article
                            && matches!(
                                number::word(text, toks, next).as_deref(),
                                Some("ago" | "earlier" | "before" | "later" | "after" | "from")
                            ))
            })
            .map(|(_, unit)| unit);
        if let Some((u, _)) = per_time {
            q.per = Some(u);
        }
    }
    // "5.2 per 100,000 people", "45 Ecus per 100 kilos": a rate's counted base is part of
    // the figure, no figure of its own
    if number::word(text, toks, q.next).as_deref() == Some("per") {
        // ("8.67 dlrs per 90-kg bag": a hyphened measure describing the base, a figure of its
        // own; the rate is per the noun after it)
        let hyphened = |k: usize| {
            toks.get(k)
                .is_some_and(|t| t.glued && &text[t.start..t.end] == "-")
        };
        let numbered = toks.get(q.next + 1).is_some_and(|t| t.kind == Kind::Num)
            && hyphened(q.next + 2)
            && q.per.is_none();
        let described = unit_at(text, toks, q.next + 3, lex)
            .filter(|_| numbered)
            .and_then(|(_, after)| base_at(text, toks, after, lex));
        if let Some((p, _)) = described {
            q.per = Some(p);
            return;
        }
        if let Some(base) = number::parse_at(text, toks, q.next + 1, lex).filter(|b| !b.words) {
            let base = number::apply_scale(text, toks, base, false, lex);
            let end = unit_at(text, toks, base.next, lex)
                .map(|(_, next)| next)
                .or_else(|| {
                    // (past the counted noun's modifiers: "per 1,000 live births")
                    let noun = super::counted::counted_noun(text, toks, base.next, lex)?;
                    let stem = noun
                        .char_indices()
                        .last()
                        .map_or(&*noun, |(i, _)| &noun[..i]);
                    (base.next..(base.next + 5).min(toks.len()))
                        .find(|&k| text[toks[k].start..toks[k].end].starts_with(stem))
                        .map(|k| k + 1)
                })
                .unwrap_or(base.next);
            q.next = end;
        }
    }
}

/// "$500 per student", "$20m a movie": money per a thing counted, a singular noun after
/// "per" (or after "a" when it ends the clause).
fn per_noun(text: &str, toks: &Toks, q: &Quantity, lex: &Lexicon) -> Option<(String, usize)> {
    let money = q.unit.is_some_and(|u| lex.units[u].dimension == "currency");
    let link = number::word(text, toks, q.next)?;
    // ("people up to $24,000 a family are going to": or before a function word; not "of":
    // "1.8 mln dlrs an extension of an existing contract" names what the money is)
    let ends = |k: usize| {
        toks.get(k).is_none_or(|t| {
            let after = &text[t.start..t.end];
            matches!(after, "." | "," | ";" | ")" | "!" | "?")
                || lex.concept.function_words.contains(after) && after != "of"
        })
    };
    let noun = |k: usize| {
        toks.get(k).is_some_and(|t| {
            let w = &text[t.start..t.end];
            !t.glued
                && w.len() >= 3
                && !w.ends_with('s')
                && !lex.concept.function_words.contains(w)
                && super::counted::noun_like(t, w, lex)
        })
    };
    let word = |k: usize| text[toks[k].start..toks[k].end].to_string();
    let article = matches!(&*link, "a" | "an") && ends(q.next + 2);
    if !money || !(link == "per" || article) {
        return None;
    }
    if noun(q.next + 1) {
        return Some((word(q.next + 1), 2));
    }
    // ("about $800 to $1,000 per trained employee": past an adjective, the noun ending its
    // phrase)
    let adjective = toks.get(q.next + 1).is_some_and(|t| {
        let w = &text[t.start..t.end];
        t.kind == Kind::Word
            && !t.glued
            && w.bytes().all(|b| b.is_ascii_lowercase())
            && !lex.concept.function_words.contains(w)
    });
    (link == "per" && adjective && noun(q.next + 2) && ends(q.next + 3))
        .then(|| (word(q.next + 2), 3))
}

/// The token closing the bracket that opens, goes on or closes at token `k` ("($2m; £1m)").
fn bracket_close(text: &str, toks: &Toks, k: usize) -> Option<usize> {
    let raw = |j: usize| toks.get(j).map_or("", |t| &text[t.start..t.end]);
    match raw(k) {
        ")" => Some(k),
        // ("1bn CFA francs ($2m; £1m) a month": each figure the bracket lists)
        "(" | ";" => (k + 1..(k + 10).min(toks.len())).find(|&j| raw(j) == ")"),
        _ => None,
    }
}

/// The time unit of "a year", "per month" (or any base after "per") after the bracket that opens
/// or closes at token `k` ("… yen ($450 million) a year", "200 dinars ($2.77) per canister").
fn rate_past_bracket(text: &str, toks: &Toks, k: usize, lex: &Lexicon) -> Option<usize> {
    let raw = |j: usize| toks.get(j).map_or("", |t| &text[t.start..t.end]);
    let close = bracket_close(text, toks, k)?;
    if !matches!(raw(close + 1), "a" | "an" | "per") {
        return None;
    }
    let (p, next) = base_at(text, toks, close + 2, lex)?;
    let after = number::word(text, toks, next);
    // ("200 dinars ($2.77) per canister": after "per", any base)
    ((lex.units[p].dimension == "time" || raw(close + 1) == "per")
        && !matches!(
            after.as_deref(),
            Some("ago" | "earlier" | "before" | "later" | "after" | "from")
        ))
    .then_some(p)
}

/// The base of a rate after the of-phrase at `k` ("of gold per ton"): one or two lower-case
/// words after "of", then "per" and a unit.
fn of_phrase_rate(text: &str, toks: &Toks, k: usize, lex: &Lexicon) -> Option<usize> {
    if number::word(text, toks, k).as_deref() != Some("of") {
        return None;
    }
    let lower = |j: usize| {
        toks.get(j).is_some_and(|t| {
            t.kind == Kind::Word
                && !t.glued
                && text[t.start..t.end].bytes().all(|b| b.is_ascii_lowercase())
                && !lex.concept.function_words.contains(&text[t.start..t.end])
        })
    };
    let per = (k + 2..k + 4)
        .take_while(|&j| lower(j - 1))
        .find(|&j| number::word(text, toks, j).as_deref() == Some("per"))?;
    base_at(text, toks, per + 1, lex).map(|(p, _)| p)
}
