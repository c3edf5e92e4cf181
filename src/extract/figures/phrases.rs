//! Units of bare numbers that the phrase after them ties to a measured figure before them:
//! a list of amounts, each with the same kind of phrase ("65 flights on Thursday, 180 on
//! Friday"), and a part of a whole ("employs more than 50,000 people worldwide, with about
//! 7,000 in the UK"), and one after the verb of a parallel clause ("has 1.2 million members and
//! the TGWU has 800,000"), the noun of a count before "more" ("five children … and 20
//! more"), and parts listed after a count's colon ("nine cafes: four are licensed").

use super::elided::bare;
use super::lexicon::Lexicon;
use super::share::{each_adjacent, lend_unit};
use crate::model::{Change, Figure};

/// "cancel approximately 65 flights on Thursday, 180 on Friday, 140 on Saturday", "exported
/// 100,000 tonnes of copper through Dar es Salaam and 17,000 through Beira": bare numbers
/// listed after a measured figure, each with the same kind of phrase after it, are in its
/// unit.
pub(super) fn share_phrase_list_units(sentence: &str, figures: &mut [Figure]) {
    let preposition = |s: &str| {
        let s = s.trim_start();
        ["on ", "in ", "at ", "for ", "by ", "through ", "via "]
            .iter()
            .find(|p| s.starts_with(*p))
            .map(|p| p.trim_end().to_string())
    };
    each_adjacent(figures, |f, g| {
        let bare = bare(g);
        if f.unit.is_none() || g.unit.is_some() || !bare || g.low.is_some() {
            return;
        }
        let gap = sentence.get(f.end..g.start).unwrap_or("x").trim_start();
        // (past a count's noun: "65 flights on Thursday")
        let unit = f.unit.as_deref().unwrap_or("");
        let stem = unit.get(..unit.len().saturating_sub(1)).unwrap_or("");
        let gap = match gap.split_once(' ') {
            Some((noun, rest)) if !stem.is_empty() && noun.starts_with(stem) => rest,
            _ => gap,
        };
        // (past what the amount is of: "100,000 tonnes of copper through Dar es Salaam")
        let gap = match gap.strip_prefix("of ").and_then(|r| r.split_once(' ')) {
            Some((thing, rest)) if thing.bytes().all(|b| b.is_ascii_lowercase()) => rest,
            _ => gap,
        };
        let Some(p) = preposition(gap) else { return };
        // the phrase is a capitalised word or two, then the list's comma or "and"
        let phrase = gap.trim_start()[p.len()..].trim();
        let (words, joined) = match phrase.strip_suffix(',') {
            Some(w) => (w.trim(), true),
            None => (phrase.strip_suffix(" and").unwrap_or("").trim(), true),
        };
        // (a name may have a lower-case particle inside: "Dar es Salaam")
        let capital =
            |w: Option<&str>| w.is_some_and(|w| w.starts_with(|c: char| c.is_ascii_uppercase()));
        let capitalised = !words.is_empty()
            && words.split(' ').count() <= 3
            && capital(words.split(' ').next())
            && capital(words.split(' ').next_back())
            && words
                .split(' ')
                .all(|w| !w.bytes().any(|b| b.is_ascii_digit()));
        let same_after = preposition(sentence.get(g.end..).unwrap_or("")).as_deref() == Some(&*p);
        if joined && capitalised && same_after {
            lend_unit(g, f);
        }
    });
}

/// "employs more than 50,000 people worldwide, with about 7,000 in the UK", "10,000 tonnes,
/// including 4,000 for export": a bare number introduced as a part of a measured figure just
/// before it, with a phrase after it saying where or what, is in that figure's unit.
pub(super) fn share_part_units(sentence: &str, figures: &mut [Figure]) {
    each_adjacent(figures, |f, g| {
        // ("871,000 bushels including zero in CHICAGO": a part of none too)
        let zero = g.text.eq_ignore_ascii_case("zero");
        if f.unit.is_none() || g.unit.is_some() || !(bare(g) || zero) || g.low.is_some() {
            return;
        }
        let gap = sentence.get(f.end..g.start).unwrap_or("x").trim();
        // (past one adverb of the whole: "worldwide", "in all")
        // (or with no comma: "1,879,000 bushels including 254,000 in CHICAGO")
        let Some((whole, part)) = gap
            .split_once(", ")
            .or_else(|| (gap == "including").then_some(("", gap)))
        else {
            return;
        };
        let adverb = whole.is_empty()
            || whole.split(' ').count() <= 2
                && whole.bytes().all(|b| b.is_ascii_lowercase() || b == b' ');
        // the part's opener, then at most two words of a bound ("about", "more than")
        let bound = ["with", "including", "of which", "of whom"]
            .iter()
            .find_map(|o| part.strip_prefix(o))
            .map(str::trim);
        let introduced = bound.is_some_and(|b| {
            b.split(' ').filter(|w| !w.is_empty()).count() <= 2
                && b.bytes().all(|c| c.is_ascii_lowercase() || c == b' ')
        });
        let after = sentence.get(g.end..).unwrap_or("");
        let placed = [" in ", " at ", " for ", " from "]
            .iter()
            .any(|p| after.starts_with(p));
        // ("104,000 jobs would be cut, with around 6,000 of those in Wales": a smaller part
        // "of those" after a short clause on the whole)
        let of_those = [" of those ", " of them", " of these "]
            .iter()
            .any(|p| after.starts_with(p))
            && whole.split(' ').count() <= 5
            && !whole.bytes().any(|b| b.is_ascii_digit())
            && matches!((f.value, g.value), (Some(a), Some(b)) if b < a);
        if (adverb || of_those) && introduced && (placed || of_those) {
            lend_unit(g, f);
        }
    });
}

/// "five candidates, plus two, two that are unknown": a bare number restating the one just
/// before it, after a comma, is in its unit.
pub(super) fn share_restated_units(sentence: &str, figures: &mut [Figure]) {
    each_adjacent(figures, |f, g| {
        let restated = f.value.is_some()
            && f.value == g.value
            && f.unit.is_some()
            && g.unit.is_none()
            && sentence
                .get(f.end..g.start)
                .is_some_and(|gap| gap.trim() == ",");
        if restated && g.low.is_none() {
            lend_unit(g, f);
        }
    });
}

/// "a doubling of authorized common shares to 400 mln": an amount in millions or more with no
/// unit, right after "<noun> to" where the noun names a counted unit, is in that unit.
pub(super) fn share_noun_to_units(sentence: &str, figures: &mut [Figure], lex: &Lexicon) {
    for g in figures.iter_mut() {
        if g.unit.is_some() || g.low.is_some() || !g.value.is_some_and(|v| v >= 1e6) {
            continue;
        }
        let before = sentence.get(..g.start).unwrap_or("").trim_end();
        let Some(rest) = before.strip_suffix(" to") else {
            continue;
        };
        let noun = rest.rsplit(' ').next().unwrap_or("");
        if let Some(u) = lex.unit_for_alias(noun).filter(|u| u.dimension == "count") {
            g.unit = Some(u.name.clone());
            g.dimension = Some(u.dimension.clone());
        }
    }
}

/// "Amicus has 1.2 million members and the TGWU has 800,000": a bare number after the same
/// verb as a measured figure before it, in a parallel clause of its own, is in its unit.
pub(super) fn share_parallel_verb_units(sentence: &str, figures: &mut [Figure]) {
    let verb_before = |at: usize| {
        let before = sentence.get(..at).unwrap_or("").trim_end();
        let w = before.rsplit(' ').next().unwrap_or("");
        (w.len() >= 3 && w.bytes().all(|b| b.is_ascii_lowercase())).then_some(w)
    };
    each_adjacent(figures, |f, g| {
        let Some(v) = g.value else { return };
        if g.unit.is_some() || f.unit.is_none() || !bare(g) {
            return;
        }
        let gap = sentence.get(f.end..g.start).unwrap_or("");
        let clause = gap.len() <= 60
            && [" and ", " while ", " but ", " whereas "]
                .iter()
                .any(|c| gap.contains(c));
        // (a verb of having or getting: not a noun repeated, "the KIMS system 4500 uses … as
        // the system 5000")
        let same_verb = verb_before(f.start).is_some_and(|a| verb_before(g.start) == Some(a))
            && verb_before(g.start).is_some_and(|v| {
                matches!(
                    v,
                    "has"
                        | "have"
                        | "had"
                        | "holds"
                        | "held"
                        | "owns"
                        | "owned"
                        | "employs"
                        | "employed"
                        | "gets"
                        | "got"
                        | "won"
                        | "wins"
                        | "lost"
                        | "loses"
                        | "sold"
                        | "sells"
                        | "took"
                        | "takes"
                        | "received"
                        | "receives"
                        | "reported"
                        | "reports"
                        | "gained"
                        | "gains"
                        | "added"
                        | "adds"
                )
            });
        let similar = f
            .value
            .is_some_and(|a| a > 0.0 && (0.2..=5.0).contains(&(v / a)));
        if clause && same_verb && similar {
            lend_unit(g, f);
        }
    });
}

/// "five children in intensive care and 20 more in the pediatric unit", "killed five people
/// and injured 20 more", "five candidates, plus two": a bare whole number before "more" or
/// after "plus" or "another", or a total after it ("taking the total to 54"), counts what the count
/// before it counts (not "20 more than").
pub(super) fn share_more_counts(sentence: &str, figures: &mut [Figure]) {
    each_adjacent(figures, |f, g| {
        let counts = f.dimension.as_deref() == Some("count") && f.low.is_none();
        let whole = g.value.is_some_and(|v| v >= 1.0 && v.fract() == 0.0);
        if !counts || !whole || g.unit.is_some() || g.low.is_some() {
            return;
        }
        let rest = sentence.get(g.end..).unwrap_or("");
        let more = rest.strip_prefix(" more").is_some_and(counts_nothing);
        let gap = sentence.get(f.end..g.start).unwrap_or("x");
        let listed = gap.len() <= 80 && (gap.contains(" and ") || gap.contains(','));
        let plus = gap.len() <= 30 && gap.trim_end().ends_with("plus") && counts_nothing(rest);
        // ("93 open hotels nationwide and another 55 in construction"; "10 companies have
        // registered, including two which have")
        let another = (gap.ends_with(" another ") || gap.ends_with(" including "))
            && (counts_nothing(rest) || rest.starts_with(" which ") || rest.starts_with(" who "));
        // ("will allow five more members …, taking the total to 54"; "hired 20 workers, for a
        // total of 540")
        let total = gap.len() <= 80
            && [" total to ", " total of "]
                .iter()
                .any(|t| gap.ends_with(t))
            && counts_nothing(rest);
        if (more || another) && listed || plus || total {
            lend_unit(g, f);
        }
    });
}

/// Does `rest`, the text after a bare number (or its "more"), leave it without a noun of its
/// own: punctuation, a preposition, a verb ("in the pediatric unit", "were hurt", "injured"),
/// not a noun phrase ("sixth-form places")?
fn counts_nothing(rest: &str) -> bool {
    let next = rest.trim_start();
    let word = next
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    !rest.starts_with(|c: char| c.is_alphanumeric())
        && (!next.starts_with(|c: char| c.is_alphanumeric())
            || word.ends_with("ed")
            || [
                "in", "on", "at", "from", "to", "for", "and", "or", "have", "has", "had",
            ]
            .contains(&word)
            || [
                "were", "was", "are", "is", "will", "would", "could", "said", "say",
            ]
            .contains(&word))
}

/// "Magnolia operates nine cafes: four are licensed, four are joint ventures": bare numbers
/// after a count and a colon, each before its verb, are parts of it, in its unit.
pub(super) fn share_colon_parts(sentence: &str, figures: &mut [Figure]) {
    // (the count, its noun and the colon: "nine cafes:")
    let Some(k) = (1..figures.len()).find(|&i| {
        let f = &figures[i - 1];
        f.dimension.as_deref() == Some("count")
            && sentence
                .get(f.end..figures[i].start)
                .is_some_and(|gap| gap.len() <= 40 && gap.trim_end().ends_with(':'))
    }) else {
        return;
    };
    let whole = figures[k - 1].clone();
    let mut prev_end = whole.end;
    for (n, g) in figures[k..].iter_mut().enumerate() {
        let gap = sentence.get(prev_end..g.start).unwrap_or("x").trim();
        let joined = if n == 0 {
            gap.ends_with(':')
        } else {
            matches!(gap.split(' ').next_back(), Some("and" | ",")) || gap.ends_with(',')
        };
        let verb = sentence.get(g.end..).is_some_and(|r| {
            [" are ", " is ", " were ", " was ", " have ", " will "]
                .iter()
                .any(|v| r.starts_with(v))
        });
        if !joined || !verb || g.unit.is_some() || g.low.is_some() {
            break;
        }
        lend_unit(g, &whole);
        prev_end = g.end;
    }
}

/// "sugar imports at 1.8 mln tonnes, against 1.81 mln in 1986, of which Australia is expected
/// to supply 550,000, against 470,000, South Africa 350,000": the bare numbers after "of
/// which" are parts of the measured whole before it, in its unit (up to a figure with a unit
/// of its own, or one larger than the whole).
pub(super) fn share_which_parts(sentence: &str, figures: &mut [Figure]) {
    if figures.len() < 2 {
        return;
    }
    // (commas found by a byte search first: most sentences have few)
    let mut at = None;
    let mut from = 0;
    while let Some(k) = sentence[from..].find(',') {
        if sentence[from + k..].starts_with(", of which ") {
            at = Some(from + k);
            break;
        }
        from += k + 1;
    }
    let Some(at) = at else {
        return;
    };
    let Some(k) = figures.iter().rposition(|f| f.end <= at) else {
        return;
    };
    let whole = figures[k].clone();
    let Some(size) = whole.value.filter(|_| whole.unit.is_some()) else {
        return;
    };
    // (the whole right before "of which", or its time between: not "8,000 interviews with
    // businesses, of which more than 2,700 were UK businesses")
    let gap = sentence.get(whole.end..at).unwrap_or("x").trim();
    if !(gap.is_empty() || gap.starts_with("in ") && gap.split(' ').count() <= 3) {
        return;
    }
    for g in figures[k + 1..].iter_mut() {
        if g.unit.is_some() || g.low.is_some() || !bare(g) || g.value.is_none_or(|v| v > size) {
            break;
        }
        lend_unit(g, &whole);
    }
}

/// "won with 20,645 votes, … giving the Tory leader a majority of 5,907": a bare number
/// after "a majority of" (a margin, a lead) is the difference of counts before it, in their
/// unit.
pub(super) fn share_margin_units(sentence: &str, figures: &mut [Figure]) {
    for i in 1..figures.len() {
        let g = &figures[i];
        if g.unit.is_some() || g.low.is_some() || !bare(g) {
            continue;
        }
        let before = sentence.get(..g.start).unwrap_or("").trim_end();
        let margin = [" majority of", " margin of", " lead of", " gap of"]
            .iter()
            .any(|m| before.ends_with(m));
        let Some(f) = figures[..i]
            .iter()
            .rev()
            .find(|f| f.dimension.as_deref() == Some("count"))
        else {
            continue;
        };
        if margin && f.value.is_some_and(|v| g.value.is_some_and(|w| w < v)) {
            let f = f.clone();
            lend_unit(&mut figures[i], &f);
        }
    }
}

/// "Twelve- and 40-week periods", "two- and three-year notes": a number whose hyphen is left
/// hanging before "and", "or" or "to" shares the unit of the hyphened figure after it.
pub(super) fn share_suspended_units(sentence: &str, figures: &mut [Figure]) {
    for i in 1..figures.len() {
        let (f, g) = (&figures[i - 1], &figures[i]);
        let hanging = sentence
            .get(f.end..g.start)
            .is_some_and(|gap| matches!(gap, "- and " | "- or " | "- to " | "-and " | "-or "));
        let hyphened = g.text.contains('-') && g.unit.is_some();
        if hanging && hyphened && f.unit.is_none() && f.low.is_none() {
            let g = g.clone();
            lend_unit(&mut figures[i - 1], &g);
            // (and what it describes: "notes")
            figures[i - 1].concept = g.concept;
        }
    }
}

/// "56 cts per share primary and 42 cts fully diluted", "56 cts a share vs 42 cts": an amount
/// of the same currency and size listed right after a rate is at that rate.
pub(super) fn share_rate_bases(sentence: &str, figures: &mut [Figure]) {
    each_adjacent(figures, |f, g| {
        let (Some(rate), Some(unit)) = (f.unit.as_deref(), g.unit.as_deref()) else {
            return;
        };
        let same_base = rate
            .split_once(" per ")
            .is_some_and(|(base, _)| base == unit);
        if !same_base || f.dimension.as_deref() != Some("currency per count") {
            return;
        }
        let gap = sentence.get(f.end..g.start).unwrap_or("x").trim();
        // (past one word describing the rate: "primary and")
        let joined = gap
            .split(' ')
            .next_back()
            .is_some_and(|w| matches!(w, "and" | "vs" | "or" | "against" | "versus"))
            && gap.split(' ').count() <= 2;
        // (of its size: not the total after it, "1.07 dlrs per share, vs 3.9 mln dlrs")
        let sized = f
            .value
            .zip(g.value)
            .is_some_and(|(a, b)| a > 0.0 && (0.2..=5.0).contains(&(b / a)));
        if joined && sized {
            g.unit = f.unit.clone();
            g.dimension = f.dimension.clone();
        }
    });
}

/// "sold 35,000 long tons of sugar, with an option for 25,000 tons more": plain "tons" after
/// long or short tons in the sentence are of the same kind; so is a rate's plain "per ton"
/// ("0.35 ounces of gold per short ton … to about 1.1 ounces of gold per ton").
pub(super) fn share_ton_kinds(sentence: &str, figures: &mut [Figure]) {
    let mut kind: Option<&'static str> = None;
    for g in figures.iter_mut() {
        let unit = g.unit.as_deref().unwrap_or("");
        // (cheap test first: this runs for every figure, and most units are no tons)
        if !unit.as_bytes().windows(3).any(|w| w == b"ton") {
            continue;
        }
        let (base, per) = unit.split_once(" per ").unwrap_or((unit, ""));
        for u in [base, per] {
            if let Some(k) = ["long ton", "short ton"].into_iter().find(|k| u == *k) {
                kind = Some(k);
            }
        }
        let Some(k) = kind else { continue };
        if base == "metric ton" {
            let plain = (g.text.ends_with(" tons") || g.text.ends_with(" ton"))
                && !g.text.contains("metric");
            if plain {
                g.unit = Some(unit.replacen("metric ton", k, 1));
            }
        } else if per == "metric ton" {
            // (the rate's words soon after the figure: "of gold per ton")
            let after = sentence.get(g.end..).unwrap_or("");
            let mut n = after.len().min(48);
            while !after.is_char_boundary(n) {
                n -= 1;
            }
            let after = &after[..n];
            let plain = [" per ton", " a ton"].iter().any(|w| {
                after
                    .find(w)
                    .is_some_and(|i| !after[i + w.len()..].starts_with(|c: char| c.is_alphabetic()))
            });
            if plain && !after.contains("metric") {
                g.unit = Some(format!("{base} per {k}"));
            }
        }
    }
}

/// "reduce revenues by about 65 mln dlrs or three pct": a change restated after "or" as a
/// share of the whole goes the same way (not a sum a share after a percentage, "net fell 2% or
/// $1.40 a share", which is the level earned); "6,818,000 dlrs or 92 cts per share, up from":
/// so does a level before its restatement a share.
pub(super) fn share_restated_changes(sentence: &str, figures: &mut [Figure]) {
    each_adjacent(figures, |f, g| {
        let gap = sentence.get(f.end..g.start).unwrap_or("x").trim();
        let restated = matches!(gap, "or" | ", or");
        let turned = matches!(f.change, Change::Up | Change::Down);
        let share = g.dimension.as_deref() == Some("percent");
        if restated && turned && share && g.change == Change::Exact && g.dimension != f.dimension {
            g.change = f.change;
        }
    });
    // ("earned 6,818,000 dlrs or 92 cts per share, up from 6,354,000 dlrs": a level restated
    // a share before its earlier value went that way too)
    for i in 1..figures.len() {
        let (f, g) = (&figures[i - 1], &figures[i]);
        let gap = sentence.get(f.end..g.start).unwrap_or("x").trim();
        let after = sentence.get(g.end..).unwrap_or("");
        let from = after.starts_with(", up from ") || after.starts_with(", down from ");
        let money = |x: &Figure| {
            x.dimension
                .as_deref()
                .is_some_and(|d| d.starts_with("currency"))
        };
        if gap == "or"
            && from
            && f.change == Change::Exact
            && matches!(g.change, Change::Up | Change::Down)
            && money(f)
            && money(g)
        {
            figures[i - 1].change = figures[i].change;
        }
    }
}

/// "24 fouls in the game by Arsenal, seven on Heinze, five on Ronaldo": lone numbers listed
/// after a count, each with its own "on"/"by"/"for" phrase, break it down in its unit.
pub(super) fn share_breakdown_units(sentence: &str, figures: &mut [Figure]) {
    let mut whole: Option<usize> = None;
    for i in 0..figures.len() {
        let g = &figures[i];
        if g.unit.is_some() {
            whole = (g.dimension.as_deref() == Some("count") && g.low.is_none()).then_some(i);
            continue;
        }
        let Some(w) = whole.map(|k| &figures[k]) else {
            continue;
        };
        let prev_end = if i > 0 { figures[i - 1].end } else { 0 };
        let gap = sentence.get(prev_end..g.start).unwrap_or("x").trim_end();
        let after = sentence.get(g.end..).unwrap_or("");
        let listed =
            gap.ends_with(',') && gap.len() <= 60 && !gap.bytes().any(|b| b.is_ascii_digit());
        let placed = [" on ", " by ", " for ", " against ", " from "]
            .iter()
            .any(|p| after.starts_with(p));
        let lone = !g.text.contains(' ') && g.low.is_none();
        let part = matches!((w.value, g.value), (Some(a), Some(b)) if b <= a);
        if listed && placed && lone && part {
            let w = w.clone();
            lend_unit(&mut figures[i], &w);
        }
    }
}

/// "four officers were shot — two critically injured", "ten people died, two of them
/// children": a smaller bare count set off after a count's clause, said of some of them, counts
/// what that count counts.
pub(super) fn share_set_off_parts(sentence: &str, figures: &mut [Figure]) {
    each_adjacent(figures, |f, g| {
        let smaller = matches!((f.value, g.value), (Some(a), Some(b)) if b < a && b.fract() == 0.0);
        if f.dimension.as_deref() != Some("count") || g.unit.is_some() || !bare_word(g) || !smaller
        {
            return;
        }
        let gap = sentence.get(f.end..g.start).unwrap_or("x").trim_end();
        let set_off = gap.len() <= 40
            && [",", "—", "–", "--"].iter().any(|d| gap.ends_with(d))
            && !gap.bytes().any(|b| b.is_ascii_digit());
        let after = sentence.get(g.end..).unwrap_or("");
        let next = after
            .split_whitespace()
            .next()
            .unwrap_or("")
            .trim_end_matches(|c: char| !c.is_alphanumeric());
        let said_of = [" of them", " of whom", " of those"]
            .iter()
            .any(|p| after.starts_with(p))
            || next.len() > 4 && next.ends_with("ly")
            || matches!(
                next,
                "dead" | "injured" | "wounded" | "killed" | "seriously" | "badly"
            );
        if set_off && said_of {
            lend_unit(g, f);
        }
    });
}

/// Is figure `g` a bare count, in digits or words, with nothing but its number?
fn bare_word(g: &Figure) -> bool {
    bare(g) || g.text.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-')
}
