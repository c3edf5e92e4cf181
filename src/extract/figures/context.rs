//! Reads the words around a quantity: its period (`next season`) and its hedge (`weighing`);
//! its bound or change comes from [`super::change`], its concept from [`super::concept`].
//!
//! All rules look only inside the figure's sentence, and only at a bounded number of tokens,
//! so annotation stays linear in the text length.

use super::change::change;
use super::lexer::{Kind, Tok, Toks};
use super::lexicon::Lexicon;
use super::number::word;
use super::scan::{is_month, Quantity};
use crate::model::{Change, Figure};

/// How far (in tokens) context rules look from a figure.
pub(super) const WINDOW: usize = 8;
/// How far (in tokens) a hedge cue may stand before its figure.
const HEDGE_WINDOW: usize = 24;

/// Is `w` a hedge cue? (First letters are compared before the stem: this is a hot path.)
pub(super) fn is_cue(w: &str, lex: &Lexicon) -> bool {
    lex.is_hedge(w) && !lex.not_cues.contains(w)
}

pub(super) fn is_clause_break(text: &str, tok: Tok) -> bool {
    tok.kind == Kind::Sym
        && matches!(
            &text[tok.start..tok.end],
            "," | ";" | ":" | "(" | ")" | "." | "!" | "?"
        )
}

/// Fills in change, concept, period and hedge of the `k`-th quantity of the sentence.
pub fn annotate(
    f: &mut Figure,
    text: &str,
    toks: &Toks,
    found: &[Quantity],
    k: usize,
    lex: &Lexicon,
) {
    let q = &found[k];
    let prev_end = if k > 0 { found[k - 1].next } else { 0 };
    let next_start = found.get(k + 1).map_or(toks.len(), |n| n.first);
    if f.change == Change::Exact {
        // ("raised 2.5 pct fuel oil by 45 cts": a figure before that describes the noun the
        // verb changes is no bar to the verb before it)
        let describes_noun = k > 0
            && toks.get(found[k - 1].next).is_some_and(|t| {
                let w = &text[t.start..t.end];
                // ("increased the rate on three-month Treasury certificates by 0.5 pct": a
                // capitalised noun too)
                t.kind == Kind::Word
                    && w.bytes().all(|b| b.is_ascii_alphabetic())
                    && !lex
                        .concept
                        .function_words
                        .contains(&*w.to_ascii_lowercase())
            });
        let introduced = q.first > 0
            && matches!(
                &text[toks[q.first - 1].start..toks[q.first - 1].end],
                "by" | "to"
            );
        // (nothing across a table's column gap bounds a cell)
        let floor = if super::bound::column_gap(text, toks, q.first) {
            q.first
        } else if describes_noun && introduced {
            if k > 1 {
                found[k - 2].next
            } else {
                0
            }
        } else {
            prev_end
        };
        f.change = change(text, toks, q, floor, lex);
        // ("Sale lost all three matches", "Democrats had lost four elections": contests lost
        // or won are counted, not a fall or rise)
        let contest = q
            .counted
            .as_deref()
            .is_some_and(|c| lex.counted.contests.contains(c));
        // ("clocked 6.61 seconds over 60m": a time over a distance, the course it is run on)
        let dimension = |q: &Quantity| q.unit.map(|u| lex.units[u].dimension.as_str());
        let course = f.change == Change::More
            && k > 0
            && found[k - 1].next + 1 == q.first
            && word(text, toks, q.first - 1).as_deref() == Some("over")
            && dimension(&found[k - 1]) == Some("time")
            && dimension(q) == Some("length");
        if course || contest && matches!(f.change, Change::Up | Change::Down) {
            f.change = Change::Exact;
        }
    } else if f.change == Change::Approx
        && q.value.is_none()
        && q.low.is_some()
        && q.first > 0
        && word(text, toks, q.first - 1).as_deref() == Some("by")
        // (not a passive's agent: "weighed down by billions of dollars of unpaid loans")
        && !(q.first > 2
            && matches!(word(text, toks, q.first - 2).as_deref(), Some("up" | "down"))
            && word(text, toks, q.first - 3).is_some_and(|w| w.ends_with("ed")))
    {
        // ("ticks up by several hundred years": a vague amount a move is by goes its way)
        let moved = change(text, toks, q, prev_end, lex);
        if matches!(moved, Change::Up | Change::Down) {
            f.change = moved;
        }
    }
    f.hedge = hedge(text, toks, q.first, lex);
    // after the figure, before it, or inside its span; in "rose to 14.4 percent in November
    // from 14.6 percent in October" the period inside belongs to the level, so it comes first
    let inside =
        || (q.number_first + 1..q.next).find_map(|i| period_at(text, toks, i, q.next, lex));
    let level_then_from = q.from.is_some() && word(text, toks, q.first).as_deref() != Some("from");
    f.period = level_then_from
        .then(inside)
        .flatten()
        .or_else(|| period(text, toks, q.next, next_start, lex))
        .or_else(|| period_before(text, toks, q.first, prev_end, lex))
        .or_else(inside);
    f.concept = super::concept::concept(text, toks, q, prev_end, next_start, lex);
}

fn hedge(text: &str, toks: &Toks, first: usize, lex: &Lexicon) -> Option<String> {
    (first.saturating_sub(HEDGE_WINDOW)..first)
        .rev()
        .find_map(|i| {
            if toks[i].kind != Kind::Word {
                return None;
            }
            // "on May 28", "Planned Parenthood": a capitalised word inside the sentence is a
            // name or a month, not a cue; so is "May" before a day anywhere
            let capital = text[toks[i].start..].starts_with(|c: char| c.is_uppercase());
            let may_day = &text[toks[i].start..toks[i].end] == "May"
                && toks.get(i + 1).is_some_and(|t| t.kind == Kind::Num);
            // (nor a word inside a compound: "a better-than-expected 250,000 jobs")
            let compound =
                i > 0 && toks[i].glued && &text[toks[i - 1].start..toks[i - 1].end] == "-";
            if (i > 0 && capital) || may_day || compound {
                return None;
            }
            let w = word(text, toks, i)?;
            is_cue(&w, lex).then(|| w.into_owned())
        })
}

/// A period named after the figure, before the next figure.
fn period(text: &str, toks: &Toks, from: usize, to: usize, lex: &Lexicon) -> Option<String> {
    let end = to.min(from + WINDOW).min(toks.len());
    (from..end).find_map(|i| period_at(text, toks, i, toks.len(), lex))
}

/// A period named before the figure, after the previous figure.
fn period_before(
    text: &str,
    toks: &Toks,
    first: usize,
    floor: usize,
    lex: &Lexicon,
) -> Option<String> {
    let start = first.saturating_sub(WINDOW).max(floor);
    (start..first)
        .rev()
        .find_map(|i| period_at(text, toks, i, first, lex))
}

/// A period opening at token `i` and ending before token `limit` (a figure's own number is
/// not its period: "rose by 2000 dollars").
fn period_at(text: &str, toks: &Toks, i: usize, limit: usize, lex: &Lexicon) -> Option<String> {
    let n = limit.min(toks.len());
    if i >= n {
        return None;
    }
    // most words cannot open a period: rejected by their shape before any lower-casing
    let raw = &text[toks.get(i)?.start..toks[i].end];
    if raw.is_ascii() && !lex.period_shapes.may_contain(raw) {
        return None;
    }
    let w = |k: usize| {
        (k < n)
            .then(|| word(text, toks, k))
            .flatten()
            .unwrap_or_default()
    };
    let p = &lex.periods;
    let first = w(i);
    // "the current season", "next year", "the first quarter", "fiscal year"
    if p.references.iter().any(|r| *r == first) || p.ordinals.iter().any(|r| *r == first) {
        for noun in &p.nouns {
            let mut parts = 0;
            if noun.split(' ').all(|part| {
                parts += 1;
                w(i + parts) == part
            }) {
                let end = toks[i + parts].end;
                return Some(text[toks[i].start..end].to_lowercase());
            }
        }
    }
    // "in December 2025", "by 2030", "since March"
    if p.prepositions.iter().any(|r| *r == first) {
        let mut j = i + 1;
        // ("in fiscal 1987", "for calendar 1986")
        if matches!(&*w(j), "fiscal" | "calendar") {
            j += 1;
        }
        if j < n && is_month(text, toks, j) {
            j += 1;
        }
        let year = toks[..n]
            .get(j)
            .filter(|t| {
                t.kind == Kind::Num
                    && t.end - t.start == 4
                    && text.as_bytes()[t.start..t.end]
                        .iter()
                        .all(u8::is_ascii_digit)
            })
            .map(|_| j + 1)
            // ("in fiscal 1986/87": a split year)
            .map(|k| {
                let split = toks[..n]
                    .get(k)
                    .is_some_and(|t| t.glued && &text[t.start..t.end] == "/")
                    && toks[..n].get(k + 1).is_some_and(|t| {
                        t.glued && t.kind == Kind::Num && matches!(t.end - t.start, 2 | 4)
                    });
                k + 2 * usize::from(split)
            });
        let end = year.or((j > i + 1 && is_month(text, toks, j - 1)).then_some(j))?;
        return Some(text[toks[i].start..toks[end - 1].end].to_string());
    }
    None
}
