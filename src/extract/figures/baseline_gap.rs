//! The words between a figure and its earlier value, its baseline ("down from last year's",
//! "compared with a previous crop of"): what of them describes the earlier value, and whether
//! they end with a baseline phrase ("down from", "compared with", `baselines` in
//! `schema/figures.toml`; ", up on" after a comma).

use super::lexicon::Lexicon;
use crate::model::Figure;

/// `gap` without the earlier value's own time or article at its end ("down from last
/// year's", "up from the year-ago", "from a revised").
pub(super) fn strip_earlier<'g>(gap: &'g str, lex: &Lexicon) -> &'g str {
    let mut gap = gap;
    for _ in 0..3 {
        let Some((rest, last)) = gap.rsplit_once(' ') else {
            break;
        };
        let lower = last.to_ascii_lowercase();
        // ("up from last night's close of 564.50": a market's session named before "of")
        let session = lower == "of"
            && rest.rsplit_once(' ').is_some_and(|(_, noun)| {
                matches!(
                    noun,
                    "close" | "closing" | "opening" | "fix" | "fixing" | "finish" | "settlement"
                )
            });
        if session {
            gap = rest.rsplit_once(' ').map_or(rest, |(r, _)| r).trim_end();
            continue;
        }
        let earlier = lower.ends_with("'s")
            || lower.ends_with("’s")
            || lex.counted.earlier_values.contains(&lower)
            || matches!(
                &*lower,
                "last" | "the" | "a" | "an" | "year-ago" | "year-earlier" | "revised" | "same"
            )
            // ("up from its 1.7975/85 opening"; not "against its 948,000 bpd quota", whose
            // noun names its own concept)
            || matches!(&*lower, "its" | "their") && rest.ends_with(" from");
        if !earlier {
            break;
        }
        gap = rest.trim_end();
    }
    gap
}

/// "put the crop at over 26 mln bags compared with a previous crop of 11.2 mln": `gap` without
/// the measured noun named again, with its "of", when `before` (the sentence before the first
/// figure) names it.
pub(super) fn without_restated_noun<'g>(gap: &'g str, before: &str) -> &'g str {
    let Some((head, noun)) = gap.strip_suffix(" of").and_then(|r| r.rsplit_once(' ')) else {
        return gap;
    };
    let named = noun.len() >= 3
        && noun.bytes().all(|b| b.is_ascii_alphabetic())
        && before
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w.eq_ignore_ascii_case(noun));
    // ("compared with PMB's average price of 104 stg": a noun of a value, behind up to two
    // describing words)
    let value_noun = matches!(
        noun,
        "price" | "level" | "rate" | "value" | "figure" | "total"
    );
    if value_noun {
        let mut head = head.trim_end();
        for _ in 0..2 {
            match head.rsplit_once(' ') {
                Some((rest, w))
                    if w.ends_with("'s")
                        || w.ends_with("’s")
                        || w.bytes().all(|b| b.is_ascii_lowercase())
                            && !matches!(w, "with" | "from" | "to" | "against" | "vs") =>
                {
                    head = rest.trim_end()
                }
                _ => break,
            }
        }
        return head;
    }
    if named {
        head.trim_end()
    } else {
        gap
    }
}

/// `gap` without the words that describe the earlier figure at its end ("against a
/// provisional", "up from an originally proposed", "compared with just").
pub(super) fn undescribed(gap: &str) -> &str {
    // ("against a provisional 9,950": past words that describe the earlier figure)
    [
        "just",
        "only",
        "a mere",
        "a meager",
        "a meagre",
        "a provisional",
        "a revised",
        "a preliminary",
        "an estimated",
        "a previous",
        "an originally proposed",
        "an originally planned",
        "a proposed",
        "a planned",
        "an original",
        "the original",
    ]
    .iter()
    .find_map(|a| {
        gap.strip_suffix(a)
            .filter(|g| g.ends_with(' '))
            .map(str::trim_end)
    })
    .unwrap_or(gap)
}

/// Does `gap` end with a baseline phrase ("down from", "compared with") as whole words?
/// ("compared to just 18 million": an adverb may follow it)
pub(super) fn ends_with_baseline(gap: &str, lex: &Lexicon) -> bool {
    let gap = undescribed(gap);
    lex.baselines.iter().any(|b| {
        gap.len() >= b.len()
            && gap.is_char_boundary(gap.len() - b.len())
            && gap[gap.len() - b.len()..].eq_ignore_ascii_case(b)
            && gap[..gap.len() - b.len()]
                .chars()
                .next_back()
                .is_none_or(|c| c == ' ' || c == ',' || c == '(')
    })
}

/// ", slightly up on" read as ", up from": "up on" or "down on" after a comma, maybe past an
/// adverb, names the earlier value too ("565.75 dlrs, slightly up on last night's close of
/// 564.50/565.50"); any other `gap` is itself.
pub(super) fn on_as_from(gap: &str) -> &str {
    let Some(way) = gap
        .strip_prefix(',')
        .and_then(|g| g.strip_suffix(" on"))
        .map(str::trim)
    else {
        return gap;
    };
    let way = match way.rsplit_once(' ') {
        Some((adverb, way)) if super::lexer::is_adverb(adverb) => way,
        Some(_) => "",
        None => way,
    };
    match way {
        "up" => ", up from",
        "down" => ", down from",
        _ => gap,
    }
}

/// The figure a baseline after figure `i - 1` compares with: that figure, or one before it
/// past a duration naming its time ("34 incidents in the first nine months, up from 30") or
/// past its restatement in brackets ("$3.65bn (£1.97bn), up from $2.89bn", when the baseline is
/// in the first figure's unit).
pub(super) fn level_before(sentence: &str, figures: &[Figure], i: usize) -> usize {
    let g = &figures[i];
    let mut j = i - 1;
    let timed = |x: &Figure| x.dimension.as_deref() == Some("time");
    if timed(&figures[j]) && !timed(g) && j > 0 {
        let between = sentence
            .get(figures[j - 1].end..figures[j].start)
            .unwrap_or("");
        if !names_a_period(between) {
            return i - 1;
        }
        j -= 1;
    }
    let bracketed = |a: &Figure, b: &Figure| {
        sentence.get(a.end..b.start) == Some(" (")
            && sentence.get(b.end..).is_some_and(|r| r.starts_with(')'))
    };
    if j > 0
        && bracketed(&figures[j - 1], &figures[j])
        && g.unit.is_some()
        && figures[j - 1].unit == g.unit
        && figures[j].unit != g.unit
    {
        j -= 1;
    }
    j
}

/// The prepositions that open a span of time ("in the first nine months").
pub(super) const SPAN_OPENERS: &[&str] = &["in", "for", "over", "during"];

/// The sequence words that may stand before a span of time ("the first", "the past").
pub(super) const SPAN_SEQUENCE: &[&str] = &[
    "first", "final", "last", "past", "latest", "previous", "next", "same",
];

/// Do the words between a figure and a duration name the figure's time ("incidents in the
/// first", ") for the final", " in the")? A closing bracket, up to three words of a counted
/// noun, a preposition of time, maybe "the" and a sequence word.
fn names_a_period(between: &str) -> bool {
    let b = between.trim_start().trim_start_matches(')').trim();
    let words: Vec<&str> = b.split(' ').filter(|w| !w.is_empty()).collect();
    let Some(p) = words.iter().position(|w| SPAN_OPENERS.contains(w)) else {
        return false;
    };
    let noun = &words[..p];
    let rest = &words[p + 1..];
    let rest = rest.strip_prefix(&["the"]).unwrap_or(rest);
    noun.len() <= 3
        && noun
            .iter()
            .all(|w| w.bytes().all(|c| c.is_ascii_alphabetic()))
        && rest.len() <= 1
        && rest.iter().all(|w| SPAN_SEQUENCE.contains(w))
}
