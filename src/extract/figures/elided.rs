//! What a figure leaves unsaid that a neighbour says: the unit of an amount elided after one
//! measured ("47,000 tonnes of barley and 25,000 of rapeseed"), the scale of a wire table's bare
//! number ("998.4 mln dlrs … and 903.2 in February"), the unit and way of a level whose change and
//! baseline follow it ("sales of 10,052,000 up 21.8 pct from 8,252,000 dlrs"), the way of a
//! change's second level ("by 20 dlrs to 2,220 dlrs per tonne … and to 2,387.50"), a fee's percent
//! ("1-3/8 selling concession and 5/8 pct management"), the whole number of a dealers' offer
//! written as a fraction after the bid ("10-5/16 3/16 pct"); the unit of a clause's amount
//! ("turnover higher at 313.3 mln", "and the ceiling 760") is in `clause_units.rs`, bare numbers
//! named by the phrase after them in `phrases.rs`.

use super::share::lend_unit;
use crate::model::{Change, Figure};

/// Is figure `g` a bare number, digits and separators only ("903.2", "1,800")?
pub(super) fn bare(g: &Figure) -> bool {
    g.text
        .bytes()
        .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
}

/// "47,000 tonnes of barley and 25,000 of rapeseed": in a list of amounts
/// of things, a bare number with its own "of" phrase is in the unit of the measured one before
/// it ("10 of the 12 ships" and "5 of them" are parts, not amounts).
pub(super) fn share_elided_units(sentence: &str, figures: &mut [Figure]) {
    let of_thing = |at: usize| {
        let rest = sentence.get(at..).unwrap_or("");
        let Some(rest) = rest.strip_prefix(" of ") else {
            return false;
        };
        // (past a compound of a number: "of 13-week treasury notes")
        let rest = compound_number(rest)
            .and_then(|n| rest[n..].strip_prefix(' '))
            .unwrap_or(rest);
        let next = rest
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        next.chars().next().is_some_and(char::is_alphabetic)
            && !matches!(
                next.to_ascii_lowercase().as_str(),
                "the"
                    | "them"
                    | "these"
                    | "those"
                    | "its"
                    | "their"
                    | "which"
                    | "whom"
                    | "us"
                    | "our"
                    | "his"
                    | "her"
                    | "all"
                    | "each"
                    | "every"
                    | "this"
                    | "that"
            )
    };
    for i in 1..figures.len() {
        let (head, tail) = figures.split_at_mut(i);
        // (past a compound of a number in the measured one's of-phrase: "400 mln dlrs of
        // 13-week treasury notes and 100 mln of 26-week notes")
        let inner = |k: usize| {
            k > 0
                && compound_number(&head[k].text) == Some(head[k].text.len())
                && sentence
                    .get(head[k - 1].end..head[k].start)
                    .is_some_and(|gap| gap == " of ")
        };
        let k = if inner(i - 1) { i - 2 } else { i - 1 };
        let (f, g) = (&head[k], &mut tail[0]);
        let measured = f.unit.is_some() && f.dimension.as_deref() != Some("count");
        if !measured || g.unit.is_some() || g.low.is_some() || g.value.is_none() {
            continue;
        }
        let gap = sentence.get(f.end..g.start).unwrap_or("");
        let listed = gap.len() <= 60
            && (gap.trim_end().ends_with(',') || gap.ends_with(" and ") || gap.ends_with(" or "));
        // ("3.94 mln tonnes of wheat and 3.66 mln barley": or the kind alone after it)
        let kind_after = || {
            let rest = sentence.get(g.end..).unwrap_or("");
            let Some(rest) = rest.strip_prefix(' ') else {
                return false;
            };
            let n = rest.bytes().take_while(u8::is_ascii_lowercase).count();
            let after = &rest[n..];
            n >= 3
                && (after.is_empty()
                    || after.starts_with([',', '.', ';'])
                    || after.starts_with(" and "))
                && f.value
                    .zip(g.value)
                    .is_some_and(|(a, b)| a > 0.0 && (0.1..=10.0).contains(&(b / a)))
        };
        if listed && of_thing(f.end) && (of_thing(g.end) || kind_after()) {
            lend_unit(g, f);
        }
    }
}

/// The length of the number compound opening `s` ("13-week", "30-year"), if one does.
fn compound_number(s: &str) -> Option<usize> {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    let rest = s.get(digits..)?.strip_prefix('-')?;
    let letters = rest.bytes().take_while(u8::is_ascii_lowercase).count();
    (digits > 0 && letters > 0).then_some(digits + 1 + letters)
}

/// "Exports rose to 998.4 mln dlrs, from 889.2 mln (revised from 889.5) in January and 903.2
/// in February": a bare number after a scaled amount, near it in size once scaled the same
/// way (a thousand, million, billion), is in its scale and unit ("Total turnover 183.8 mln vs
/// 348.0": a wire table's amount with no unit, before "vs", scales it too).
pub(super) fn share_elided_scales(sentence: &str, figures: &mut [Figure]) {
    let mut scaled: Option<usize> = None;
    for i in 0..figures.len() {
        let g = &figures[i];
        let Some(v) = g.value else { continue };
        // ("Total turnover 183.8 mln vs 348.0": a wire table's bare amount in millions too,
        // before "vs")
        let versus = || {
            figures.get(i + 1).is_some_and(|h| {
                sentence
                    .get(g.end..h.start)
                    .is_some_and(|gap| gap.trim() == "vs")
            })
        };
        if v >= 1e6 && g.low.is_none() && (g.unit.is_some() || versus()) {
            scaled = Some(i);
            continue;
        }
        let Some(k) = scaled else { continue };
        let f = &figures[k];
        let fv = f.value.unwrap_or(0.0);
        let unit_fits = g.unit.is_none() || g.unit == f.unit;
        let near = k + 1 == i
            && sentence
                .get(f.end..g.start)
                .is_some_and(|gap| gap.len() <= 120);
        // (nothing it counts after it: not "21 \"underperforming\" restaurants")
        let rest = sentence.get(g.end..).unwrap_or("").trim_start();
        let next = rest
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        let alone = !rest.starts_with(|c: char| c.is_alphanumeric() || "\"“'‘".contains(c))
            || matches!(
                next,
                "in" | "on" | "at" | "for" | "vs" | "against" | "and" | "or" | "from"
            )
            || matches!(
                next,
                "to" | "a" | "the" | "last" | "this" | "previous" | "earlier"
            )
            || matches!(
                next,
                "estimated" | "expected" | "forecast" | "previously" | "revised"
            );
        if !bare(g) || !unit_fits || !near || !alone || g.low.is_some() || v <= 0.0 || v >= 1000.0 {
            continue;
        }
        let scale = [1e3, 1e6, 1e9, 1e12]
            .into_iter()
            .filter(|&s| s <= fv)
            .find(|&s| (0.25..=4.0).contains(&(v * s / fv)));
        if let Some(s) = scale {
            let f = f.clone();
            let g = &mut figures[i];
            g.value = Some(super::number::scaled(v, s));
            g.from = g.from.map(|x| {
                if x < 1000.0 {
                    super::number::scaled(x, s)
                } else {
                    x
                }
            });
            lend_unit(g, &f);
            scaled = Some(i);
        }
    }
}

/// "record February sales of 10,052,000 up 21.8 pct from 8,252,000 dlrs": a level followed
/// by its change ("up 21.8 pct") and its baseline ("from 8,252,000 dlrs") goes the change's
/// way, and the one of the two written bare takes the other's unit; the baseline stays a
/// figure of its own.
pub(super) fn share_changed_baselines(sentence: &str, figures: &mut [Figure]) {
    for i in 2..figures.len() {
        let (head, tail) = figures.split_at_mut(i);
        let (f, p, g) = (&head[i - 2], &head[i - 1], &tail[0]);
        let gap = |a: &Figure, b: &Figure| {
            sentence
                .get(a.end..b.start)
                .unwrap_or("x")
                .trim()
                .trim_start_matches(',')
                .trim()
                .to_ascii_lowercase()
        };
        let way = match (trailing_move(&gap(f, p)), p.change) {
            ("up" | "up by", Change::Up) => Change::Up,
            ("down" | "down by", Change::Down) => Change::Down,
            _ => continue,
        };
        let (Some(to), Some(from)) = (f.value, g.value) else {
            continue;
        };
        let goes = if way == Change::Up {
            to > from
        } else {
            to < from
        };
        let bare = f.unit.is_none() || g.unit.is_none() || f.unit == g.unit;
        if gap(p, g) != "from" || !goes || !bare || f.low.is_some() || f.from.is_some() {
            continue;
        }
        let f = &mut head[i - 2];
        if f.unit.is_none() {
            lend_unit(f, &tail[0]);
        } else if tail[0].unit.is_none() {
            lend_unit(&mut tail[0], f);
        }
        if f.change == Change::Exact {
            f.change = way;
        }
    }
}

/// The move word ending the gap between a level and its change ("up", "down by"), right after
/// the level or after a comma that closes the level's own phrase ("49.92 billion kilowatt-hours
/// of electrical energy in the week ended May 30, up 6.8 pct"), not another clause's ("while
/// exports were up").
fn trailing_move(gap: &str) -> &str {
    let (head, tail) = match gap.rsplit_once(", ") {
        Some((head, tail)) => (head, tail),
        None => ("", gap),
    };
    let clause = head.split(' ').count() > 10
        || head.split(' ').any(|w| {
            matches!(
                w,
                "was" | "were" | "is" | "are" | "while" | "but" | "and" | "which" | "who" | "had"
            )
        })
        || head.contains([';', ':', '(']);
    if clause {
        ""
    } else {
        tail
    }
}

/// "raised its copper prices by 20 dlrs to 2,220 dlrs per tonne for cathodes and to 2,387.50
/// dlrs per tonne for standard rods": a second level after "and to" (or ", or to") changes as
/// the first (the
/// amount of the change keeps its own unit, "20 dlrs", as in "fell $2.86 to $41.32 a barrel").
pub(super) fn share_level_changes(sentence: &str, figures: &mut [Figure]) {
    for i in 1..figures.len() {
        let (head, tail) = figures.split_at_mut(i);
        let (f, g) = (&head[i - 1], &mut tail[0]);
        let gap = sentence.get(f.end..g.start).unwrap_or("x").trim();
        let changed = matches!(f.change, Change::Up | Change::Down);
        // ("grow at a 2.1 percent clip this year and at 1.8 percent in the longer run": a
        // rate's second level after "and at")
        let rate_again = (gap == "and at" || gap.ends_with(" and at"))
            && f.dimension.as_deref() == Some("percent");
        // ("cutting the deficit from 171 billion dlrs to 133 billion dlrs using the CBO's
        // calculations, or to 108 billion dlrs using …": an alternative level, set off by a
        // comma)
        let alternative = (gap == "or to" || gap.ends_with(", or to")) && gap.len() <= 90;
        let again = (gap == "and to" || gap.ends_with(" and to") || rate_again) && gap.len() <= 40
            || alternative;
        if again && changed && g.change == Change::Exact && g.unit == f.unit && g.from.is_none() {
            g.change = f.change;
        }
    }
}

/// "exported two billion Canadian dlrs worth of steel, while importing 944-mln dlrs worth": a
/// later amount in plain "dlrs" in a sentence that named another country's dollar is in it
/// (not one written "U.S. dlrs" or with a "$").
pub(super) fn share_dollar_currency(figures: &mut [Figure]) {
    let Some(named) = figures.iter().find_map(|f| {
        f.unit
            .as_deref()
            .filter(|u| u.ends_with(" dollar") && f.dimension.as_deref() == Some("currency"))
            .map(|_| f.clone())
    }) else {
        return;
    };
    for g in figures.iter_mut().filter(|g| g.start > named.start) {
        let lower = g.text.to_ascii_lowercase();
        let plain = (lower.contains("dlr") || lower.contains("dollar"))
            && !lower.contains("u.s")
            && !lower.contains("us ")
            && !lower.contains('$');
        if g.unit.as_deref() == Some("dollar") && plain {
            lend_unit(g, &named);
        }
    }
}

/// "raised its prime lending rate a quarter point to 7-3/4 pct": points just before "to" and a
/// level that rose or fell are the amount of that change, and measure what it measures.
pub(super) fn share_point_amounts(sentence: &str, figures: &mut [Figure]) {
    for i in 1..figures.len() {
        let (head, tail) = figures.split_at_mut(i);
        let (f, g) = (&mut head[i - 1], &mut tail[0]);
        let gap = sentence.get(f.end..g.start).unwrap_or("x").trim();
        let points = matches!(
            f.unit.as_deref(),
            Some("point" | "percentage point" | "basis point")
        );
        let to = gap == "to"
            || gap
                .strip_suffix(" to")
                .is_some_and(|n| n.starts_with("point"));
        if points
            && to
            && f.change == Change::Exact
            && matches!(g.change, Change::Up | Change::Down)
        {
            f.change = g.change;
            if g.concept.as_deref().is_some_and(|c| c.starts_with("point")) {
                g.concept = f.concept.clone();
            }
        }
    }
}

/// "Fees comprise 1-3/8 selling concession and 5/8 pct management and underwriting combined":
/// a bare small wire fraction in a sentence with a fraction in percent is in percent (a fee's
/// share; a price above par such as "101-3/8" is left alone).
pub(super) fn share_fraction_percents(figures: &mut [Figure]) {
    let fraction = |f: &Figure| f.text.contains('/');
    let percent = figures
        .iter()
        .find(|f| fraction(f) && f.unit.as_deref() == Some("percent"))
        .cloned();
    let Some(percent) = percent else { return };
    for g in figures.iter_mut() {
        let small = g.value.is_some_and(|v| v > 0.0 && v < 5.0);
        if fraction(g) && small && g.unit.is_none() && g.low.is_none() {
            lend_unit(g, &percent);
        }
    }
}

/// "one-month interbank sterling shedding 5/16 point to 10-9/16 7/16 and three-months trading
/// 1/16 point down at 10-5/16 3/16 pct": a dealers' bid and offer, the second written as the
/// fraction only (after a comma or not: "6-1/2, 3/8 pct"), is the whole number of the first
/// and that fraction; the pairs of one
/// sentence share their unit, and each second quote changes as its first.
pub(super) fn share_bid_offer(sentence: &str, figures: &mut Vec<Figure>) {
    let whole_fraction = |t: &str| {
        t.split_once('-').is_some_and(|(w, f)| {
            !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()) && f.contains('/')
        })
    };
    let bare_fraction = |t: &str| {
        let t = t.split(' ').next().unwrap_or(t);
        t.split_once('/').is_some_and(|(n, d)| {
            !n.is_empty()
                && !d.is_empty()
                && (n.bytes().chain(d.bytes())).all(|b| b.is_ascii_digit())
        })
    };
    let mut pairs = Vec::new();
    for i in 1..figures.len() {
        let (f, g) = (&figures[i - 1], &figures[i]);
        // ("rose to 6-1/2, 3/8 pct": or after a comma)
        let spaced = sentence
            .get(f.end..g.start)
            .is_some_and(|gap| matches!(gap.trim(), "" | ","));
        if spaced
            && whole_fraction(&f.text)
            && bare_fraction(&g.text)
            && g.value.is_some_and(|v| v < 1.0)
            && f.value.is_some()
        {
            pairs.push(i);
        }
    }
    for &i in &pairs {
        let (head, tail) = figures.split_at_mut(i);
        let (f, g) = (&mut head[i - 1], &mut tail[0]);
        g.value = f.value.zip(g.value).map(|(a, b)| a.trunc() + b);
        if g.change == Change::Exact {
            g.change = f.change;
        }
    }
    let unit = pairs
        .iter()
        .flat_map(|&i| [&figures[i - 1], &figures[i]])
        .find(|f| f.unit.is_some())
        .cloned();
    if let Some(unit) = unit {
        for &i in &pairs {
            for k in [i - 1, i] {
                if figures[k].unit.is_none() {
                    lend_unit(&mut figures[k], &unit);
                }
            }
        }
    }
    // ("rose to 6-1/2, 3/8 pct from 6-1/4": the quote after "from" is the earlier value)
    for &i in pairs.iter().rev() {
        let Some(h) = figures.get(i + 1) else {
            continue;
        };
        let g = &figures[i];
        let from = sentence
            .get(g.end..h.start)
            .is_some_and(|gap| gap.trim() == "from");
        if !from || g.from.is_some() || h.unit.is_some() && h.unit != g.unit || h.low.is_some() {
            continue;
        }
        let (Some(earlier), Some(value), end) = (h.value, g.value, h.end) else {
            continue;
        };
        let g = &mut figures[i];
        g.from = Some(earlier);
        g.end = end;
        g.text = sentence.get(g.start..end).unwrap_or(&g.text).to_string();
        if matches!(g.change, Change::Exact | Change::Up | Change::Down) {
            g.change = Change::between(earlier, value);
        }
        figures.remove(i + 1);
    }
}

/// "on the court for 19 years and its chief judge for three.": a bare number ending its
/// clause after the same preposition as a span of time before it is a span in its unit.
pub(super) fn share_repeated_spans(sentence: &str, figures: &mut [Figure]) {
    let preposition = |at: usize| {
        let before = sentence.get(..at).unwrap_or("").trim_end();
        let w = before.rsplit(' ').next().unwrap_or("");
        matches!(w, "for" | "in" | "over" | "within" | "after").then_some(w)
    };
    for i in 1..figures.len() {
        let (head, tail) = figures.split_at_mut(i);
        let (f, g) = (&head[i - 1], &mut tail[0]);
        if f.dimension.as_deref() != Some("time") || g.unit.is_some() || g.low.is_some() {
            continue;
        }
        let ends = sentence
            .get(g.end..)
            .is_some_and(|r| r.is_empty() || r.starts_with(['.', ',', ';', ')']));
        let small = g.value.is_some_and(|v| v > 0.0 && v < 100.0);
        if ends
            && small
            && preposition(g.start).is_some()
            && preposition(g.start) == preposition(f.start)
        {
            let f = f.clone();
            lend_unit(g, &f);
        }
    }
}

/// "trade 0.10 cent higher to 0.12 lower": a market's mixed moves across its contracts; the
/// bare second end is in the first's unit, measures the same thing and moves its own way.
pub(super) fn share_mixed_moves(sentence: &str, figures: &mut [Figure]) {
    for i in 1..figures.len() {
        let (head, tail) = figures.split_at_mut(i);
        let (f, g) = (&head[i - 1], &mut tail[0]);
        if f.unit.is_none() || g.unit.is_some() || !bare(g) {
            continue;
        }
        let gap = sentence.get(f.end..g.start).unwrap_or("");
        let after = sentence.get(g.end..).unwrap_or("");
        let moves = |s: &str| s.starts_with(" higher") || s.starts_with(" lower");
        if moves(gap) && gap.ends_with(" to ") && gap.len() <= 12 && moves(after) {
            lend_unit(g, f);
            g.concept = f.concept.clone();
            // (each end moves its own way: "0.10 cent lower to 0.20 higher")
            g.change = if after.starts_with(" higher") {
                Change::Up
            } else {
                Change::Down
            };
        }
    }
}

/// Is `gap`, between a change's amount and a level, the level a session ended at ("fell 13
/// marks to close at 292", "gained 7.6% during the year to close at 11,488.76": past a short
/// phrase of time)?
pub(super) fn is_closing_gap(gap: &str) -> bool {
    let ends = [
        "to close at",
        "to end at",
        "to finish at",
        "to settle at",
        "to stand at",
    ];
    ends.iter().any(|e| {
        gap.strip_suffix(e).is_some_and(|before| {
            before.is_empty()
                || before.ends_with(' ')
                    && before.split_whitespace().count() <= 4
                    && !before.contains([',', ';', ':', '(', ')'])
        })
    })
}

/// "increased 11 pct to 1.50 billion revenue passenger miles from 1.35 billion and rose 7.8 pct
/// in the two months to 3.31 billion from 3.07 billion": a second change from one value to
/// another, written bare in a parallel clause, is in the unit of the first (of a like size);
/// so is one in the currency of the first's rate ("cut to 11 dlrs per share from 12 dlrs until
/// September 17 and to 13 dlrs from 14 dlrs thereafter").
pub(super) fn share_parallel_change_units(sentence: &str, figures: &mut [Figure]) {
    let mut last: Option<usize> = None;
    for i in 0..figures.len() {
        let g = &figures[i];
        if g.from.is_none() {
            continue;
        }
        let rate_base = |k: usize| {
            figures[k]
                .unit
                .as_deref()
                .and_then(|u| u.split_once(" per "))
                .is_some_and(|(base, _)| g.unit.as_deref() == Some(base))
        };
        if let Some(k) = last.filter(|&k| g.unit.is_none() || rate_base(k)) {
            let f = &figures[k];
            let gap = sentence.get(f.end..g.start).unwrap_or("");
            let sized = f
                .value
                .zip(g.value)
                .is_some_and(|(a, b)| a > 0.0 && (0.1..=10.0).contains(&(b / a)));
            if f.unit.is_some() && gap.len() <= 80 && gap.contains(" and ") && sized {
                let f = f.clone();
                lend_unit(&mut figures[i], &f);
            }
        }
        last = Some(i);
    }
}

/// "cut WTI one dlr to 16.00": a bare level a change of money reaches is in the amount's
/// currency (not a cent's: "rose 50 cts to 1.50" is in dollars), at the rate an earlier
/// level of the sentence names ("lowered its postings 50 cts to 1.50 dlrs per bbl, and cut
/// WTI one dlr to 16.00").
pub(super) fn share_amount_levels(sentence: &str, figures: &mut [Figure]) {
    for i in 1..figures.len() {
        let (f, g) = (&figures[i - 1], &figures[i]);
        let gap = sentence.get(f.end..g.start).unwrap_or("x").trim();
        let changed = matches!(f.change, Change::Up | Change::Down) && g.change == f.change;
        let whole_money = f.dimension.as_deref() == Some("currency")
            && !matches!(f.unit.as_deref(), Some("cent" | "penny"));
        if gap != "to" || !changed || !whole_money || g.unit.is_some() || !bare(g) {
            continue;
        }
        let base = f.unit.clone().unwrap_or_default();
        let rate = figures[..i - 1]
            .iter()
            .rev()
            .find(|r| {
                r.unit.as_deref().is_some_and(|u| {
                    u.strip_prefix(base.as_str())
                        .is_some_and(|p| p.starts_with(" per "))
                })
            })
            .cloned();
        let from = rate.unwrap_or_else(|| figures[i - 1].clone());
        lend_unit(&mut figures[i], &from);
    }
}
