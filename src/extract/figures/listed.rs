//! What figures listed together lend each other: the unit of a list's last amount ("45 and
//! 50 mg", "47,000 tonnes of barley and 25,000 of rapeseed"), the counted noun of capitalised
//! kinds ("31 Republican and six Democratic lawmakers"), a verb list's count ("killed two
//! people, injured 20"), ages along a list ("aged 16 and 13"), a change's way ("rose 5 pct and
//! 3 pct"), the percent of a rate ("the prime rate to 18.25 pct …, the base rate at 18.5"), earlier
//! values listed by their times ("295,000 week ago and 314,000 a year ago"), the counted
//! noun of a proportion's whole ("nine out of 10 Americans") and the unit of a span in a
//! sequence ("the first five games but lost the next five").

use super::lexer::is_possessive;
use super::lexicon::Lexicon;
use super::share::{each_adjacent, lend_unit};
use crate::model::{Change, Figure};

/// "300,000 head versus 295,000 week ago and 314,000 a year ago": a bare number after an
/// earlier value's time and "and" is an earlier value in the same unit.
pub(super) fn share_dated_list_units(sentence: &str, figures: &mut [Figure]) {
    each_adjacent(figures, |f, g| {
        // ("16.4 mln last week and 11.2 mln last year": or with its scale word)
        let scaled = g.text.split_once(' ').is_some_and(|(n, scale)| {
            n.bytes()
                .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
                && matches!(scale, "mln" | "million" | "billion" | "bln" | "thousand")
        });
        if f.unit.is_none()
            || g.unit.is_some()
            || !(super::elided::bare(g) || scaled)
            || g.low.is_some()
        {
            return;
        }
        let gap = sentence.get(f.end..g.start).unwrap_or("x").trim();
        let Some(time) = gap
            .strip_suffix(" and")
            .map(|t| t.trim_end_matches(',').trim_start_matches("a "))
        else {
            return;
        };
        // ("235,665 in March 1986 and 233,403 in February 1987": or a month, with its year)
        const MONTHS: [&str; 12] = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        let month = |t: &str| {
            t.strip_prefix("in ").is_some_and(|m| {
                let mut w = m.split(' ');
                w.next().is_some_and(|m| MONTHS.contains(&m))
                    && w.next()
                        .is_none_or(|y| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()))
                    && w.next().is_none()
            })
        };
        let dated = matches!(time, "week ago" | "month ago" | "year ago" | "day ago")
            || matches!(time, "last week" | "last month" | "last year" | "yesterday")
            || month(time);
        let timed_after = sentence.get(g.end..).is_some_and(|r| {
            r.starts_with(" a year ago")
                || r.starts_with(" last ")
                || month(time)
                    && r.strip_prefix(" in ")
                        .is_some_and(|m| MONTHS.iter().any(|n| m.starts_with(n)))
        });
        if dated && timed_after {
            lend_unit(g, f);
            g.concept.clone_from(&f.concept);
        }
    });
}

/// "aged 16 and 13", "between the ages of 12 and 16": whole numbers listed after an age are
/// ages too.
pub(super) fn share_ages(sentence: &str, figures: &mut [Figure]) {
    for i in 1..figures.len() {
        let (head, tail) = figures.split_at_mut(i);
        let (f, rest) = (&head[i - 1], tail);
        // ("ages 15, 16 and 17": a comma lists ages when the list ends in a bare number, not
        // in one with its own unit: "aged 6, 4 and 3 months")
        let comma_ok = rest.get(1).is_some_and(|h| h.unit.is_none());
        let g = &mut rest[0];
        let gap = sentence.get(f.end..g.start).unwrap_or("").trim();
        let listed = matches!(gap, "and" | "or" | "to") || (gap == "," && comma_ok);
        let age = f.unit.as_deref() == Some("year") && f.dimension.as_deref() == Some("time");
        let whole = super::age::is_age_value(g.value);
        if listed && age && whole && g.unit.is_none() && f.text.chars().all(|c| c.is_ascii_digit())
        {
            g.unit = f.unit.clone();
            g.dimension = f.dimension.clone();
        }
    }
}

/// "30, 91 and 180-day", "45 and 50 mg", "two or three weeks": bare numbers listed before a
/// figure with a unit share its unit. A comma only continues such a list ("568,000, or 2.7%"
/// and "three quarters, 78%" are appositions).
pub(super) fn share_list_units(sentence: &str, figures: &mut [Figure]) {
    let mut shared_next = false;
    for i in (0..figures.len().saturating_sub(1)).rev() {
        let (head, tail) = figures.split_at_mut(i + 1);
        let (f, g) = (&mut head[i], &tail[0]);
        let g_shared = shared_next;
        shared_next = false;
        if f.unit.is_some() || g.unit.is_none() || f.from.is_some() {
            continue;
        }
        let gap = sentence.get(f.end..g.start).unwrap_or("").trim();
        // ("31 Republican and six Democratic lawmakers": counts of kinds named by one or two
        // capitalised words; "100 Muslim, 100 Evangelical Christian and 50 Jewish schools":
        // along a list)
        let kind_words = |w: &str| {
            w.split(' ').count() <= 2
                && w.split(' ').all(|w| {
                    w.starts_with(|c: char| c.is_ascii_uppercase())
                        && w.len() > 1
                        && w[1..].bytes().all(|b| b.is_ascii_lowercase())
                })
        };
        // ("added 35 overseas and 10 domestic service centers": or one lower-case adjective)
        let adjective = |w: &str| {
            w.bytes().all(|b| b.is_ascii_lowercase())
                && w.len() > 3
                && (matches!(w, "overseas" | "foreign" | "new" | "used" | "existing")
                    || ["al", "ic", "ive", "ous", "ed", "ern", "ese", "ian"]
                        .iter()
                        .any(|e| w.ends_with(e)))
        };
        let kind = gap
            .strip_suffix(" and")
            .or_else(|| gap.strip_suffix(" or"))
            .or_else(|| gap.strip_suffix(',').filter(|_| g_shared))
            .filter(|w| kind_words(w) || adjective(w));
        let counted = g.dimension.as_deref() == Some("count")
            && g.unit
                .as_deref()
                .is_some_and(|u| u.starts_with(|c: char| c.is_lowercase()));
        if let (Some(kind), true) = (kind, counted) {
            lend_unit(f, g);
            // (the kind is what the count measures)
            if f.concept.is_none() {
                f.concept = Some(kind.to_string());
            }
            shared_next = true;
            continue;
        }
        // lists of alternatives run upwards at one scale: "two or three weeks", not "ages 6, 4
        // and 3 months", "435 or 100 people" or "13 or 11 million people"
        // (a compound of a number names its list's kinds in any order: "six and three-month
        // deposits")
        let compound =
            g.text.split_once('-').is_some_and(|(n, u)| {
                !n.contains(' ') && u.bytes().all(|b| b.is_ascii_lowercase())
            }) && g.dimension.as_deref() == Some("time");
        // ("fell 50 and 40 basis points, respectively": amounts of changes, or amounts paired
        // with what came before, run either way)
        let respectively = sentence
            .get(g.end..)
            .is_some_and(|a| a.trim_start_matches([' ', ',']).starts_with("respectively"));
        // ("loss of 13.1 mln, 1.9 mln dlr respectively": a comma lists such a pair too)
        let either_way = (matches!(gap, "and" | ", and") || gap == "," && respectively)
            && (matches!(f.change, Change::Up | Change::Down) || respectively);
        let ascending = match (f.value, g.value.or(g.low)) {
            (Some(a), Some(b)) => {
                (a < b || compound || either_way && b * 1000.0 > a) && b < a * 1000.0
            }
            _ => false,
        };
        if !ascending {
            continue;
        }
        let listed = matches!(gap, "and" | "or" | ", and" | "and/or")
            || (gap == "," && (g_shared || respectively));
        if listed {
            lend_unit(f, g);
            shared_next = true;
        }
    }
}

/// "killed two people, injured 20 and damaged crops": a bare whole number after a comma and a
/// verb in the past, in a list of what one subject did, counts what the count before it counts.
pub(super) fn share_verb_list_units(sentence: &str, figures: &mut [Figure]) {
    for i in 1..figures.len() {
        let (head, tail) = figures.split_at_mut(i);
        let (f, g) = (&head[i - 1], &mut tail[0]);
        let bare = g.unit.is_none() && g.value.is_some_and(|v| v.fract() == 0.0);
        if f.dimension.as_deref() != Some("count") || !bare {
            continue;
        }
        let gap = sentence.get(f.end..g.start).unwrap_or("").trim();
        let verb = gap
            .strip_prefix(", and ")
            .or_else(|| gap.strip_prefix(", "))
            .or_else(|| gap.strip_prefix("and "))
            .is_some_and(|v| {
                v.len() > 3 && v.ends_with("ed") && v.bytes().all(|b| b.is_ascii_lowercase())
            });
        let after = sentence.get(g.end..).unwrap_or("").trim_start();
        let ends =
            after.is_empty() || after.starts_with([',', '.', ';']) || after.starts_with("and ");
        if verb && ends {
            lend_unit(g, f);
        }
    }
}

/// "rose 5 pct and 3 pct in the two years", "falling 0.1 pct and 0.3 pct in November and
/// October", "fell by 3.6 pct in building and by four pct in manufacturing": an amount listed
/// right after the amount of a change, in its unit, changes the same way (not a level the
/// change reaches: "rose to 5 pct and 3 pct").
pub(super) fn share_list_changes(sentence: &str, figures: &mut [Figure]) {
    for i in 1..figures.len() {
        let (head, tail) = figures.split_at_mut(i);
        let (f, g) = (&head[i - 1], &mut tail[0]);
        let gap = sentence.get(f.end..g.start).unwrap_or("").trim();
        let turned = matches!(f.change, Change::Up | Change::Down) && f.from.is_none();
        let level = sentence
            .get(..f.start)
            .is_some_and(|b| b.trim_end().ends_with(" to"));
        // ("will add some 200 mln stg and 35 mln stg to the system respectively": an estimate
        // shared by amounts taken one by one)
        let respectively = f.change == Change::Approx
            && sentence.get(g.end..).is_some_and(|r| {
                r.get(..r.len().min(60))
                    .unwrap_or(r)
                    .contains("respectively")
            });
        if respectively
            && matches!(gap, "and" | "or")
            && g.change == Change::Exact
            && g.unit == f.unit
            && g.from.is_none()
        {
            g.change = f.change;
        }
        // ("about 100 Muslim, 100 Evangelical Christian and 50 Jewish schools": so is one
        // shared by counts of kinds listed before their one noun)
        let listed_kinds = || {
            let kinds = gap.trim_end_matches(',');
            let kinds = kinds
                .strip_suffix(" and")
                .or_else(|| kinds.strip_suffix(" or"))
                .unwrap_or(kinds)
                .trim_end_matches(',');
            kinds.len() < gap.len()
                && !kinds.is_empty()
                && kinds.split(' ').count() <= 3
                && kinds.split(' ').all(|w| {
                    !w.is_empty()
                        && w.chars().all(|c| c.is_alphabetic() || c == '-')
                        // (not past the noun itself: "about 456,968 common shares and 527,035")
                        && !f.unit.as_deref().is_some_and(|u| w.starts_with(u))
                })
        };
        if f.change == Change::Approx
            && f.dimension.as_deref() == Some("count")
            && f.text.ends_with(|c: char| c.is_ascii_digit())
            && g.change == Change::Exact
            && g.unit == f.unit
            && g.from.is_none()
            && listed_kinds()
        {
            g.change = f.change;
        }
        // ("added 35 overseas and 10 domestic service centers": past a count's own kind)
        let kind_and = gap
            .strip_suffix(" and")
            .is_some_and(|k| !k.contains(' ') && k.bytes().all(|b| b.is_ascii_lowercase()));
        // ("fell by 3.6 pct in the building industry and by four pct in manufacturing": "by"
        // said again after the first amount's place)
        let by_again = sentence
            .get(..f.start)
            .is_some_and(|b| b.trim_end().ends_with(" by"))
            && (gap == "and by" || gap.ends_with(" and by") && gap.len() <= 60);
        // ("rose 43.2 pct in March and 34.3 pct year-to-date": past the first amount's time;
        // "in the first half of 1986 and five pct in 1985": a year may name it; "5 pct in
        // January, 3 pct in February": a comma lists the next only when it is placed too)
        let placed = |p: &str| {
            (p.starts_with("in ") || p.starts_with("for "))
                && p.len() <= 28
                && p.split(' ').all(|w| {
                    !w.bytes().any(|b| b.is_ascii_digit() || b == b',')
                        || (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
                })
        };
        let placed_next = || {
            sentence
                .get(g.end..)
                .is_some_and(|r| r.starts_with(" in ") || r.starts_with(" for "))
        };
        let placed_and = gap.strip_suffix(" and").is_some_and(placed)
            || gap
                .strip_suffix(',')
                .is_some_and(|p| placed(p) && placed_next());
        // ("rose 43.2 pct in March to 4,573,200 from 3,192,700 and 34.3 pct": past the level
        // the first change reached)
        let past_level = i >= 2 && level && matches!(gap, "and") && g.change == Change::Exact && {
            let e = &head[i - 2];
            let turned_e = matches!(e.change, Change::Up | Change::Down) && e.from.is_none();
            let between = sentence.get(e.end..f.start).unwrap_or("");
            turned_e
                && e.unit.is_some()
                && e.unit == g.unit
                && between.len() <= 24
                && !between.bytes().any(|b| b.is_ascii_digit())
        };
        if past_level {
            g.change = head[i - 2].change;
            continue;
        }
        if turned
            && !level
            && (matches!(gap, "and" | "or")
                || placed_and
                || by_again
                || kind_and && f.dimension.as_deref() == Some("count"))
            && g.change == Change::Exact
            && g.unit.is_some()
            && g.unit == f.unit
            && g.from.is_none()
        {
            g.change = f.change;
        }
    }
}

/// "lowered its prime lending rate to 18.25 pct from 18.5, but left its base rate at 18.5": a
/// bare number below 100 measuring a rate, after a rate in percent in the sentence, is in percent.
pub(super) fn share_rate_percents(figures: &mut [Figure]) {
    let Some(first) = figures
        .iter()
        .position(|f| f.unit.as_deref() == Some("percent"))
    else {
        return;
    };
    let (head, tail) = figures.split_at_mut(first + 1);
    let percent = &head[first];
    for g in tail {
        let rate = g
            .concept
            .as_deref()
            .is_some_and(|c| c.ends_with("rate") || c.ends_with("rates"));
        let bare = g.unit.is_none() && g.value.is_some_and(|v| (0.0..100.0).contains(&v));
        if rate && bare {
            lend_unit(g, percent);
        }
    }
}

/// "ranged from 69% in Kensington and Chelsea, 65% in the City of London": a listed figure
/// whose concept was read from the place or thing named after the figure before it measures
/// what that figure measures.
pub(super) fn share_gap_concepts(sentence: &str, figures: &mut [Figure]) {
    for i in 1..figures.len() {
        let (f, g) = (&figures[i - 1], &figures[i]);
        let Some(gap) = sentence.get(f.end..g.start) else {
            continue;
        };
        let listed = gap.trim_end().ends_with(',') || gap.trim_end().ends_with(" and");
        // (the place or thing after the figure before: "in Kensington and Chelsea,"; not a
        // name opening the next item, "Pelosi, 66, Schumer, 66")
        let placed = [" in ", " at ", " for ", " on "]
            .iter()
            .any(|p| gap.starts_with(p));
        if !(listed && placed && f.dimension == g.dimension) {
            continue;
        }
        let from_gap = g
            .concept
            .as_deref()
            .is_some_and(|c| !c.is_empty() && gap.contains(c));
        let own = f.concept.as_deref().is_some_and(|c| !gap.contains(c));
        if from_gap && own {
            figures[i].concept = figures[i - 1].concept.clone();
        }
    }
}

/// "one new share for every three held", "one free share for every 15, 18 or 20 already
/// held": the numbers after "for every" or "for each" in a ratio of shares count shares too.
pub(super) fn share_ratio_units(sentence: &str, figures: &mut [Figure]) {
    let mut ratio = false;
    for i in 1..figures.len() {
        let (head, tail) = figures.split_at_mut(i);
        let (f, g) = (&head[i - 1], &mut tail[0]);
        let gap = sentence.get(f.end..g.start).unwrap_or("x");
        let opens = gap.ends_with(" for every ") || gap.ends_with(" for each ");
        // (the list goes on: ", 18 or 20")
        ratio = opens || ratio && matches!(gap, ", " | " or " | " and " | ", or ");
        if ratio && g.unit.is_none() && f.unit.as_deref() == Some("share") {
            g.unit = f.unit.clone();
            g.dimension = f.dimension.clone();
        } else {
            ratio = false;
        }
    }
}

/// "three 6,000 tonne cargoes": a bare count right before a measured figure counts what
/// that figure measures.
pub(super) fn share_multiplied(sentence: &str, figures: &mut [Figure], lex: &Lexicon) {
    for i in 1..figures.len() {
        let (head, tail) = figures.split_at_mut(i);
        let (f, g) = (&mut head[i - 1], &tail[0]);
        let bare = f.unit.is_none() && f.value.is_some_and(|v| v >= 2.0 && v.fract() == 0.0);
        if bare
            && g.unit.is_some()
            && g.concept.is_some()
            && sentence.get(f.end..g.start) == Some(" ")
        {
            f.concept = g.concept.clone();
            // ("two 10,000-tonne cargoes": the count counts the plural after the measure)
            let plural = g.concept.as_deref().filter(|c| {
                c.len() > 3
                    && c.ends_with('s')
                    && c.bytes().all(|b| b.is_ascii_lowercase())
                    && sentence
                        .get(g.end..)
                        .is_some_and(|a| a.strip_prefix(' ').is_some_and(|a| a.starts_with(*c)))
            });
            if let Some(noun) = plural {
                f.unit = Some(super::counted::singular(noun, lex));
                f.dimension = Some("count".to_string());
            }
        }
    }
}

/// "nine out of 10 Americans", "Eight of the 12 states": the first number of a proportion
/// counts what the second does.
pub(super) fn share_proportions(sentence: &str, figures: &mut [Figure]) {
    for i in 1..figures.len() {
        let (head, tail) = figures.split_at_mut(i);
        let (f, g) = (&mut head[i - 1], &tail[0]);
        let gap = sentence.get(f.end..g.start).unwrap_or("").trim();
        // ("Eight of the 12 states": a whole number of a counted whole; not "a third of the
        // 2,000 users", "650 mln of 21-year stock")
        let part = f.value.is_some_and(|v| v >= 1.0 && v.fract() == 0.0)
            && g.dimension.as_deref() == Some("count");
        // ("seven of Pride's 326 members", "two of her three matches": or an owner's)
        // ("a third of Cowboy Ventures’ 30 investments": a plural owner's too, and a share
        // of it takes its concept)
        let owners = gap.strip_prefix("of ").is_some_and(|o| {
            o.split(' ').count() <= 3
                && (o.ends_with("'s")
                    || o.ends_with("’s")
                    || o.ends_with("s’")
                    || o.ends_with("s'"))
        });
        let share = f.value.is_some_and(|v| v < 1.0) || f.unit.as_deref() == Some("percent");
        if owners && share && g.dimension.as_deref() == Some("count") && g.concept.is_some() {
            f.concept = g.concept.clone();
            continue;
        }
        // ("four out of their six games": "out of" as "of")
        let of_gap = gap.strip_prefix("out ").unwrap_or(gap);
        // ("13 of the club's last 14 games": past the whole's "last" or "first")
        let of_gap = ["last", "first", "past", "previous", "next"]
            .iter()
            .find_map(|w| of_gap.strip_suffix(w).map(str::trim_end))
            .unwrap_or(of_gap);
        let owners_last = of_gap != gap
            && of_gap.strip_prefix("of ").is_some_and(|o| {
                o.split(' ').count() <= 3 && (o.ends_with("'s") || o.ends_with("’s"))
            });
        // ("nine of the past 12 years": a part of a span of time)
        let part = part
            || of_gap != gap
                && f.value.is_some_and(|v| v >= 1.0 && v.fract() == 0.0)
                && g.dimension.as_deref() == Some("time");
        // ("one in five adults"; not "264.0 mln in nine mths": a part no larger than a whole
        // that is no span of time)
        let one_in = gap == "in"
            && g.dimension.as_deref() != Some("time")
            && f.value.zip(g.value).is_some_and(|(a, b)| a <= b);
        let proportion = one_in
            || matches!(gap, "out of" | "of every")
            || (part
                && (owners
                    || owners_last
                    || matches!(
                        of_gap,
                        "of" | "of the"
                            | "of her"
                            | "of his"
                            | "of its"
                            | "of their"
                            | "of our"
                            | "of these"
                            | "of those"
                    )));
        if proportion && g.concept.is_some() && (f.unit.is_none() || f.unit == g.unit) {
            f.concept = g.concept.clone();
            if f.unit.is_none() {
                f.unit = g.unit.clone();
                f.dimension = g.dimension.clone();
            }
        }
    }
    // "30 delegates out of Colorado's 37", "32 of the 543": the whole, its noun left out,
    // counts what the part does
    for i in 1..figures.len() {
        let (head, tail) = figures.split_at_mut(i);
        let (f, g) = (&head[i - 1], &mut tail[0]);
        let gap = sentence.get(f.end..g.start).unwrap_or("").trim();
        // (cheap tests first: this runs for every pair of neighbouring figures)
        let counted = f.dimension.as_deref() == Some("count") && f.unit.is_some();
        if !counted || g.unit.is_some() || g.low.is_some() || gap.len() > 60 || !gap.contains("of")
        {
            continue;
        }
        // (the counted noun stands in the gap: "30 favorable delegates out of")
        let unit = f.unit.as_deref().unwrap_or("\u{0}");
        let words: Vec<&str> = gap.split_whitespace().collect();
        let Some(of) = words.iter().position(|w| *w == "of") else {
            continue;
        };
        let out = usize::from(of > 0 && words[of - 1] == "out");
        let noun_end = of - out;
        let before_ok = noun_end == 0 || (noun_end <= 3 && words[noun_end - 1].starts_with(unit));
        if !before_ok {
            continue;
        }
        let rest = words[of + 1..].join(" ");
        let owner = |w: &str| {
            matches!(w, "the" | "all") || is_possessive(w) || w.ends_with("'s") || w.ends_with("’s")
        };
        let whole = rest.split_whitespace().count() <= 2 && rest.split_whitespace().all(owner);
        if whole {
            g.unit = f.unit.clone();
            g.dimension = f.dimension.clone();
            g.concept = f.concept.clone();
        }
    }
}

/// Does `before` (the text up to a figure) end in a sequence word after "the" ("in the last",
/// "the next", "the first")?
fn after_sequence_word(before: &str) -> bool {
    let words: Vec<&str> = before.split_whitespace().rev().take(2).collect();
    matches!(words.as_slice(), [w, the] if the.eq_ignore_ascii_case("the")
    && matches!(
        w.to_lowercase().as_str(),
        "last" | "past" | "next" | "previous" | "prior" | "following" | "first"
    ))
}

/// "spend more in the next five years than the 15.9 billion dlrs spent in the last five",
/// "took the first five games but lost the next five": a bare number after "the last" (or
/// "next", "past", …) that ends its phrase counts in the unit of the nearest such span before
/// it, of time or of things ("the last 16" on its own names a round, no unit).
pub(super) fn share_sequence_units(sentence: &str, figures: &mut [Figure]) {
    for i in 1..figures.len() {
        let (head, tail) = figures.split_at_mut(i);
        let g = &mut tail[0];
        let rest = sentence.get(g.end..).unwrap_or("x").trim_start();
        let ends = rest.is_empty()
            || rest.starts_with(['.', ',', ';', ':', ')'])
            || matches!(
                rest.split_whitespace().next(),
                Some("and" | "or" | "but" | "than" | "while")
            );
        let bare = g.unit.is_none() && g.low.is_none() && g.value.is_some_and(|v| v >= 2.0);
        if !bare || !ends || !after_sequence_word(sentence.get(..g.start).unwrap_or("")) {
            continue;
        }
        let span = head.iter().rev().find(|f| {
            matches!(f.dimension.as_deref(), Some("time" | "count"))
                && f.low.is_none()
                && after_sequence_word(sentence.get(..f.start).unwrap_or(""))
        });
        if let Some(f) = span {
            lend_unit(g, f);
        }
    }
}
