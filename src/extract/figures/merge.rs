//! Figures of one sentence merged into one: opposite bounds joined by "and" ("more than 10
//! and less than 40") into a range, a level and its earlier value each restated as a share
//! into two changes, and a changed level named before its new one ("cut its 7.5 pct prime
//! rate to 7.25 pct") into one change, as is a level and its earlier value on either side of
//! a counted span ("to 25.94 mln dlrs in the 26 weeks ended December 28 from 25.35 mln") or
//! the level's conversions in brackets ("to $200m (£104m) from $500m"), a range's ends around a
//! conversion ("between 250 euros (£173) and 600 euros"), and a value with the
//! span ago it held before a later one ("from 1,150 dlrs six months ago to about 1,450").

use super::lexicon::Lexicon;
use crate::model::{Change, Figure};

/// "would reduce the 55 pct top personal and company tax level to 38 pct": a change verb
/// before a determined level, the level's noun, then "to" and a new level in its unit, is one
/// change from the first to the second.
pub(super) fn merge_changed_levels(sentence: &str, figures: &mut Vec<Figure>, lex: &Lexicon) {
    let mut k = 0;
    while k + 1 < figures.len() {
        let (a, b) = (&figures[k], &figures[k + 1]);
        // (cheap tests first: this runs for every pair of figures)
        let gap = sentence.get(a.end..b.start).unwrap_or("");
        if a.unit.is_none() || a.unit != b.unit || !gap.ends_with(" to ") {
            k += 1;
            continue;
        }
        let before: Vec<&str> = sentence
            .get(..a.start)
            .unwrap_or("")
            .split_whitespace()
            .rev()
            .take(2)
            .collect();
        let verb = match before[..] {
            ["the" | "its" | "their" | "his" | "her" | "our", verb] => {
                lex.change_verb(&verb.to_ascii_lowercase())
            }
            _ => None,
        };
        let words: Vec<&str> = gap.split_whitespace().collect();
        // (the level's noun: lower-case words only, up to "to"; no clause or baseline between)
        let noun = words.len() >= 2
            && words.len() <= 8
            && words.last() == Some(&"to")
            && words[..words.len() - 1].iter().all(|w| {
                w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
                    && !matches!(*w, "from" | "by" | "to" | "than" | "of" | "or")
            });
        let after = sentence.get(b.end..).unwrap_or("").trim_start();
        let plain = |f: &Figure| f.from.is_none() && f.low.is_none() && f.value.is_some();
        let merges = verb.is_some()
            && noun
            && a.unit.is_some()
            && a.unit == b.unit
            && plain(a)
            && plain(b)
            && !after.starts_with("from")
            && a.value != b.value;
        if let (true, Some(up), Some(x), Some(y)) = (merges, verb, a.value, b.value) {
            // (the verb's direction must agree with the levels: "raised the 10 pct to 5 pct"
            // is no such change)
            if up == (y > x) {
                let mut merged = b.clone();
                merged.start = a.start;
                merged.text = sentence[a.start..b.end].to_string();
                merged.from = Some(x);
                merged.change = if up { Change::Up } else { Change::Down };
                merged.concept = b.concept.clone().or_else(|| a.concept.clone());
                figures[k] = merged;
                figures.remove(k + 1);
            }
        }
        k += 1;
    }
}

/// "cut its stake to 1,795,908 shares, or 6.9 pct of the total, from 2,120,908 shares, or 8.1
/// pct": a level restated as a share, then its earlier value restated alike, are two changes.
pub(super) fn merge_stake_pairs(sentence: &str, figures: &mut Vec<Figure>) {
    let gap = |a: &Figure, b: &Figure| sentence.get(a.end..b.start).unwrap_or("").trim();
    let mut k = 0;
    while k + 3 < figures.len() {
        let [a, b, c, d] = &figures[k..k + 4] else {
            break;
        };
        let restated = |x: &Figure, y: &Figure| matches!(gap(x, y), ", or" | "or");
        // ("…, from", "from"; "or 40.0 pct of the total outstanding from 2,309,700 shares":
        // the share's of-phrase may run on to "from" without a comma)
        let earlier = |g: &str| {
            g.ends_with(", from")
                || g == "from"
                || g.starts_with("of ") && g.ends_with(" from") && g.len() <= 48
        };
        // ("fell to 3.23 mln, or 11.7 pct, from 3.30 mln, 11.9 pct": the earlier pair may drop
        // its "or", and a bare count its unit when the restatement has one)
        let pairs = restated(a, b)
            && (restated(c, d) || gap(c, d) == ",")
            && earlier(gap(b, c))
            && (a.unit.is_some() || b.unit.is_some())
            // ("to 681,800 shares, or 9.1 pct, from 551,000, or 7.4 pct": the earlier count
            // may leave its unit out)
            && (a.unit == c.unit || c.unit.is_none())
            && b.unit == d.unit
            && a.from.is_none()
            && b.from.is_none();
        if let (true, Some(x), Some(y)) = (pairs, c.value, d.value) {
            for (f, from) in [(k, x), (k + 1, y)] {
                let f = &mut figures[f];
                f.from = Some(from);
                if let Some(to) = f.value {
                    f.change = Change::between(from, to);
                }
            }
            figures.drain(k + 2..k + 4);
        }
        k += 1;
    }
}

/// "more than 10 and less than 40", "at most 100 and at least 20": two opposite bounds joined
/// by "and" are one range.
pub(super) fn merge_bounded_pairs(sentence: &str, figures: &mut Vec<Figure>) {
    use crate::model::Change::{Exact, Less, More};
    let mut k = 0;
    while k + 1 < figures.len() {
        let (a, b) = (&figures[k], &figures[k + 1]);
        let gap = sentence
            .get(a.end..b.start)
            .unwrap_or("")
            .trim_start()
            .to_ascii_lowercase();
        let opposite = matches!((a.change, b.change), (More, Less) | (Less, More));
        let same_unit = a.unit == b.unit || a.unit.is_none() || b.unit.is_none();
        const BOUND_WORDS: &[&str] = &[
            "and", "less", "more", "fewer", "greater", "larger", "smaller", "bigger", "higher",
            "lower", "than", "at", "least", "most", "no", "not", "below", "above", "under", "over",
            "or", "equal", "to", "up", "but",
        ];
        let only_bounds = gap
            .split_whitespace()
            .all(|w| BOUND_WORDS.contains(&w) || !w.chars().any(char::is_alphanumeric));
        let (lo, hi) = match (a.change, b.change) {
            (More, _) => (a.value, b.value),
            _ => (b.value, a.value),
        };
        let valid = matches!((lo, hi), (Some(l), Some(h)) if l < h);
        // "more than 10 and less than 40", "higher than 100, lower than 300", "above 5 but below 9"
        let joined = gap.starts_with("and ") || gap.starts_with("but ") || gap.starts_with(", ");
        if opposite && same_unit && valid && only_bounds && joined {
            if let (Some(x), Some(y)) = (a.value, b.value) {
                let mut merged = a.clone();
                merged.end = b.end;
                merged.text = sentence[a.start..b.end].to_string();
                merged.value = None;
                merged.low = Some(x.min(y));
                merged.high = Some(x.max(y));
                merged.change = Exact;
                merged.unit = a.unit.clone().or_else(|| b.unit.clone());
                merged.dimension = a.dimension.clone().or_else(|| b.dimension.clone());
                figures[k] = merged;
                figures.remove(k + 1);
            }
        }
        k += 1;
    }
}

/// "edged up 2.3 pct to 25.94 mln dlrs in the 26 weeks ended December 28 from 25.35 mln": a
/// level reached, then a time phrase that counts its own span, then "from" and an earlier
/// value of its size, is one change from that value; the span stays a figure of its own.
pub(super) fn merge_timed_baselines(sentence: &str, figures: &mut Vec<Figure>) {
    let mut k = 0;
    while k + 2 < figures.len() {
        let [a, t, b] = &figures[k..k + 3] else {
            break;
        };
        // (cheap tests first: the span and the earlier value's "from")
        let before_b = sentence.get(t.end..b.start).unwrap_or("");
        if t.dimension.as_deref() != Some("time") || !before_b.ends_with(" from ") {
            k += 1;
            continue;
        }
        let level = sentence
            .get(..a.start)
            .is_some_and(|s| s.trim_end().ends_with(" to"))
            && a.from.is_none()
            && a.low.is_none();
        // ("in the", "during the first", "for the"; then "ended December 28", "to March")
        let opening = sentence.get(a.end..t.start).unwrap_or("").trim();
        let opens = matches!(
            opening.split(' ').next(),
            Some("in" | "during" | "for" | "over")
        ) && opening.split(' ').count() <= 3
            && opening.bytes().all(|c| c.is_ascii_lowercase() || c == b' ');
        let closing = before_b
            .trim()
            .strip_suffix("from")
            .unwrap_or("x")
            .trim_end();
        let closes = closing.split(' ').count() <= 5
            && !closing.contains([',', ';', '(', ')'])
            && !closing
                .split(' ')
                .any(|w| matches!(w, "and" | "or" | "but" | "to"));
        let same_unit = b.unit.is_none() || b.unit == a.unit;
        let similar = match (a.value, b.value) {
            (Some(x), Some(y)) => x > 0.0 && (0.2..=5.0).contains(&(y / x)),
            _ => false,
        };
        if level && opens && closes && same_unit && similar && b.low.is_none() {
            let from = b.value.unwrap_or_default();
            let a = &mut figures[k];
            a.from = Some(from);
            if let Some(to) = a.value {
                a.change = Change::between(from, to);
            }
            figures.remove(k + 2);
        }
        k += 1;
    }
}

/// "improved from 1,150 dlrs a tonne six months ago to about 1,450 dlrs today": a value after
/// "from", the span ago it held, then "to" and a later value of its size is one change to that
/// value, in the first one's unit; the span stays a figure of its own.
pub(super) fn merge_dated_starts(sentence: &str, figures: &mut Vec<Figure>) {
    let mut k = 0;
    while k + 1 < figures.len() {
        // (the span may be a figure of its own, "six months", or not, "a year")
        let spanned = figures
            .get(k + 2)
            .filter(|_| figures[k + 1].dimension.as_deref() == Some("time"));
        let (a, b) = (&figures[k], spanned.unwrap_or(&figures[k + 1]));
        // (cheap tests first: "ago to" before the later value)
        let between = sentence.get(a.end..b.start).unwrap_or("").trim();
        let Some(span) = ["ago to", "ago to about", "ago to around", "ago to some"]
            .iter()
            .find_map(|t| between.strip_suffix(t))
        else {
            k += 1;
            continue;
        };
        let span_words = span.split_whitespace().count();
        let from = sentence
            .get(..a.start)
            .is_some_and(|s| s.trim_end().ends_with(" from"))
            && (1..=4).contains(&span_words)
            && !span.contains([',', ';', '(']);
        let unit_base = |u: &Option<String>| {
            u.as_deref().map(|u| {
                u.split_once(" per ")
                    .map_or(u, |(base, _)| base)
                    .to_string()
            })
        };
        let same_unit = b.unit.is_none() || unit_base(&b.unit) == unit_base(&a.unit);
        let sized = match (a.value, b.value) {
            (Some(x), Some(y)) => x > 0.0 && (0.2..=5.0).contains(&(y / x)),
            _ => false,
        };
        let plain = |f: &Figure| f.from.is_none() && f.low.is_none();
        if from && same_unit && sized && plain(a) && plain(b) {
            let (earlier, later) = (a.value.unwrap_or_default(), b.value.unwrap_or_default());
            let end = b.end;
            let later_at = k + 1 + usize::from(spanned.is_some());
            let a = &mut figures[k];
            a.from = Some(earlier);
            a.value = Some(later);
            a.change = Change::between(earlier, later);
            if let Some(text) = sentence.get(a.start..end) {
                a.text = text.to_string();
            }
            a.end = end;
            figures.remove(later_at);
        }
        k += 1;
    }
}

/// "between 250 euros (£173) and 600 euros", "range from $2.5m (£1.33m) to $4m (£2.13m)": the
/// two ends of a range, the first with its conversion in brackets, are one range; the
/// conversions stay figures of their own.
pub(super) fn merge_bracketed_ranges(sentence: &str, figures: &mut Vec<Figure>) {
    let mut k = 0;
    while k + 2 < figures.len() {
        let [a, c, b] = &figures[k..k + 3] else {
            break;
        };
        // (cheap tests first: the bracket after the first end, the ends in one unit)
        let bracket = sentence
            .get(a.end..c.start)
            .is_some_and(|g| g.trim() == "(");
        if !bracket || a.unit.is_none() || a.unit != b.unit {
            k += 1;
            continue;
        }
        let opener = sentence.get(..a.start).unwrap_or("").trim_end();
        // (a "from" of a range, not of a change: "rose from $2.5m (£1.33m) to $4m")
        let between = opener.ends_with(" between");
        let from = [
            " range from",
            " ranging from",
            " ranged from",
            " ranges from",
            " anywhere from",
        ]
        .iter()
        .any(|r| opener.ends_with(r));
        let joint = sentence.get(c.end..b.start).map(str::trim);
        let joined = joint == Some(") and") && between || joint == Some(") to") && from;
        let plain = |f: &Figure| f.from.is_none() && f.low.is_none() && f.value.is_some();
        let ordered = a.value.zip(b.value).is_some_and(|(x, y)| x < y);
        if (between || from) && joined && plain(a) && plain(b) && ordered {
            let (low, high) = (a.value, b.value);
            let a = &mut figures[k];
            a.low = low;
            a.high = high;
            a.value = None;
            figures.remove(k + 2);
        }
        k += 1;
    }
}

/// "losses halved to $200m (£104m; 151m euros) from $500m": a level reached, its conversions
/// in brackets, then "from" and an earlier value is one change from that value, in the
/// level's unit; the conversions go the same way.
pub(super) fn merge_bracketed_baselines(sentence: &str, figures: &mut Vec<Figure>) {
    let mut k = 0;
    while k + 2 < figures.len() {
        let a = &figures[k];
        let level = sentence
            .get(..a.start)
            .is_some_and(|s| s.trim_end().ends_with(" to"))
            && a.from.is_none()
            && a.low.is_none()
            && a.unit.is_some();
        if !level || !sentence.get(a.end..).is_some_and(|r| r.starts_with(" (")) {
            k += 1;
            continue;
        }
        // the conversions: each after "(", "," or ";", up to the closing bracket and "from"
        let mut j = k + 1;
        while j < figures.len() {
            let gap = sentence
                .get(figures[j - 1].end..figures[j].start)
                .unwrap_or("");
            if !matches!(gap.trim(), "(" | "," | ";") {
                break;
            }
            j += 1;
        }
        let (last, b) = (j - 1, j);
        let closes = j > k + 1
            && b < figures.len()
            && sentence
                .get(figures[last].end..figures[b].start)
                .is_some_and(|g| matches!(g.trim(), ") from" | "), from"));
        let Some(to) = figures[k].value.filter(|_| closes) else {
            k += 1;
            continue;
        };
        let Some(from) = figures[b]
            .value
            .filter(|v| *v > 0.0 && (0.2..=5.0).contains(&(to / v)))
        else {
            k += 1;
            continue;
        };
        let same_unit = figures[b].unit.is_none() || figures[b].unit == figures[k].unit;
        if same_unit && figures[b].low.is_none() {
            let change = Change::between(from, to);
            figures[k].from = Some(from);
            figures[k].change = change;
            for f in &mut figures[k + 1..b] {
                f.change = change;
            }
            figures.remove(b);
        }
        k += 1;
    }
}
