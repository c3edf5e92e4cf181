//! Reads the words around a quantity: its concept (what is measured), its period (`next
//! season`) and its hedge (`weighing`); its bound or change comes from [`super::change`].
//!
//! All rules look only inside the figure's sentence, and only at a bounded number of tokens,
//! so annotation stays linear in the text length.

use super::change::{change, stem_match};
use super::lexer::{Kind, Tok};
use super::lexicon::Lexicon;
use super::number::word;
use super::scan::{is_month, Quantity};
use crate::model::{Change, Figure};

/// How far (in tokens) context rules look from a figure.
pub(super) const WINDOW: usize = 8;
/// How far (in tokens) a hedge cue may stand before its figure.
const HEDGE_WINDOW: usize = 24;

/// Words that end the search for a concept before a figure.
const CONJUNCTIONS: &[&str] = &[
    "and", "but", "while", "with", "which", "that", "who", "whereas", "or",
];

/// Verbs that link a subject to a figure ("reach 25 million tons"); never a concept.
const LINK_VERBS: &[&str] = &[
    "reach", "hit", "top", "total", "exceed", "cost", "pay", "paid", "buy", "bought", "sell",
    "sold", "make", "made", "earn", "spend", "spent", "stand", "stood", "near", "approach",
    "amount", "be", "become", "became", "get", "got", "receive", "received", "see", "saw", "need",
    "needs", "take", "took", "won", "win", "wins", "stole", "steal", "gave", "give", "gives",
    "owe", "owes", "kept", "keep", "keeps", "sent", "send", "brought", "bring", "found", "find",
    "held", "hold", "holds", "told", "left", "drew", "led", "lent", "built", "set", "put",
    "struck", "shot", "lose", "ran", "run", "runs", "saw", "has", "have", "had", "is", "was",
    "were", "are",
];

fn is_verb_like(w: &str) -> bool {
    w.ends_with("ing")
        || w.ends_with("ed")
        || LINK_VERBS
            .iter()
            .any(|v| w == *v || w.strip_prefix(v).is_some_and(|r| r == "s" || r == "es"))
}

/// Function words that never form part of a concept.
const FUNCTION: &[&str] = &[
    "a",
    "an",
    "the",
    "its",
    "their",
    "his",
    "her",
    "our",
    "my",
    "your",
    "this",
    "that",
    "these",
    "those",
    "of",
    "to",
    "in",
    "on",
    "at",
    "by",
    "for",
    "from",
    "with",
    "and",
    "or",
    "but",
    "as",
    "is",
    "was",
    "were",
    "are",
    "be",
    "been",
    "has",
    "have",
    "had",
    "will",
    "would",
    "could",
    "can",
    "may",
    "might",
    "than",
    "about",
    "some",
    "which",
    "who",
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "said",
    "says",
    "say",
    "more",
    "less",
    "over",
    "under",
    "up",
    "down",
    "into",
    "per",
    "each",
    "nearly",
    "almost",
    "around",
    "roughly",
    "approximately",
    "only",
    "just",
    "also",
    "not",
    "no",
    "while",
    "when",
    "where",
    "if",
    "then",
    "there",
    "so",
    "such",
    "after",
    "before",
    "since",
    "until",
    "during",
    "between",
    "against",
    "vs",
    "within",
    "among",
    "amid",
    "despite",
    "toward",
    "towards",
    "without",
    "via",
    "across",
    "along",
    "beyond",
    "ago",
    "now",
    "currently",
    "today",
    "through",
    "either",
    "neither",
    "both",
    "respectively",
    "further",
    "already",
    "still",
    "even",
    "very",
    "own",
    "closer",
    "including",
    "among",
    "both",
    "all",
    "any",
    "other",
    "another",
    "new",
    "last",
    "next",
    "first",
    "this",
    "total",
    "another",
    "least",
    "most",
    "mostly",
];

fn is_function(w: &str) -> bool {
    static SET: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::OnceLock::new();
    SET.get_or_init(|| FUNCTION.iter().copied().collect())
        .contains(w)
}

fn is_content(text: &str, toks: &[Tok], i: usize) -> bool {
    let t = toks[i];
    if t.kind != Kind::Word {
        return false;
    }
    let w = &text[t.start..t.end];
    let mut buf = [0u8; 16];
    let function = match super::scan::ascii_lower(w, &mut buf) {
        Some(lower) => is_function(lower),
        None => is_function(&w.to_lowercase()),
    };
    !function && !is_month(text, toks, i)
}

/// Is `w` a hedge cue? (First letters are compared before the stem: this is a hot path.)
fn is_cue(w: &str, lex: &Lexicon) -> bool {
    let first = w.as_bytes().first();
    lex.hedges
        .iter()
        .any(|cue| cue.as_bytes().first() == first && (stem_match(w, cue) || w == cue))
        && !lex.not_cues.contains(w)
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
    toks: &[Tok],
    found: &[Quantity],
    k: usize,
    lex: &Lexicon,
) {
    let q = &found[k];
    let prev_end = if k > 0 { found[k - 1].next } else { 0 };
    let next_start = found.get(k + 1).map_or(toks.len(), |n| n.first);
    if f.change == Change::Exact {
        f.change = change(text, toks, q, prev_end, lex);
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
    f.concept = concept(text, toks, q, prev_end, next_start, lex);
}

fn hedge(text: &str, toks: &[Tok], first: usize, lex: &Lexicon) -> Option<String> {
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
            if (i > 0 && capital) || may_day {
                return None;
            }
            let w = word(text, toks, i)?;
            is_cue(&w, lex).then(|| w.into_owned())
        })
}

/// A period named after the figure, before the next figure.
fn period(text: &str, toks: &[Tok], from: usize, to: usize, lex: &Lexicon) -> Option<String> {
    let end = to.min(from + WINDOW).min(toks.len());
    (from..end).find_map(|i| period_at(text, toks, i, toks.len(), lex))
}

/// A period named before the figure, after the previous figure.
fn period_before(
    text: &str,
    toks: &[Tok],
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
fn period_at(text: &str, toks: &[Tok], i: usize, limit: usize, lex: &Lexicon) -> Option<String> {
    let toks = &toks[..limit.min(toks.len())];
    // most words cannot open a period: rejected by their shape before any lower-casing
    let raw = &text[toks.get(i)?.start..toks[i].end];
    if raw.is_ascii() && !lex.period_shapes.may_contain(raw) {
        return None;
    }
    let w = |k: usize| word(text, toks, k).unwrap_or_default();
    let p = &lex.periods;
    let first = w(i);
    // "the current season", "next year", "the first quarter", "fiscal year"
    if p.references.iter().any(|r| *r == first) || p.ordinals.iter().any(|r| *r == first) {
        for noun in &p.nouns {
            let parts: Vec<&str> = noun.split(' ').collect();
            if parts
                .iter()
                .enumerate()
                .all(|(k, part)| w(i + 1 + k) == *part)
            {
                let end = toks[i + parts.len()].end;
                return Some(text[toks[i].start..end].to_lowercase());
            }
        }
    }
    // "in December 2025", "by 2030", "since March"
    if p.prepositions.iter().any(|r| *r == first) {
        let mut j = i + 1;
        if is_month(text, toks, j) {
            j += 1;
        }
        let year = toks
            .get(j)
            .filter(|t| {
                t.kind == Kind::Num
                    && t.end - t.start == 4
                    && text.as_bytes()[t.start..t.end]
                        .iter()
                        .all(u8::is_ascii_digit)
            })
            .map(|_| j + 1);
        let end = year.or((j > i + 1).then_some(j))?;
        return Some(text[toks[i].start..toks[end - 1].end].to_string());
    }
    None
}

/// What is measured: a noun compound after the figure, an `of` phrase, or the noun phrase
/// that the figure is attached to by a verb or preposition before it.
fn concept(
    text: &str,
    toks: &[Tok],
    q: &Quantity,
    floor: usize,
    ceiling: usize,
    lex: &Lexicon,
) -> Option<String> {
    let phrase = |a: usize, b: usize| text[toks[a].start..toks[b - 1].end].to_string();
    let content_run = |from: usize| {
        let mut j = from;
        while j < ceiling && j < from + 3 && is_content(text, toks, j) {
            j += 1;
        }
        (j > from).then(|| phrase(from, j))
    };
    let next = q.next;
    // "of the vote", "of its income": determiners before an of-phrase's noun
    let skip_determiners = |mut j: usize| {
        while j < ceiling
            && j < next + 4
            && matches!(
                word(text, toks, j).as_deref(),
                Some(
                    "the"
                        | "a"
                        | "an"
                        | "its"
                        | "their"
                        | "his"
                        | "her"
                        | "our"
                        | "this"
                        | "these"
                        | "those"
                        | "all"
                )
            )
        {
            j += 1;
        }
        j
    };
    // "25 million tons of US soybeans", "44 percent of the vote"
    if word(text, toks, next).as_deref() == Some("of") {
        if let Some(c) = content_run(skip_determiners(next + 1)) {
            return Some(c);
        }
    }
    // "killed 14 people": a count whose unit is the thing counted (but "a city of 22,000
    // people", "surveys of more than 25 million people" measure the city and the surveys)
    let counting_unit = q
        .unit
        .is_some_and(|u| lex.units[u].dimension == "count" && q.next > q.number_first + 1);
    let of_before =
        (q.first.saturating_sub(3)..q.first).any(|k| word(text, toks, k).as_deref() == Some("of"));
    if counting_unit && !of_before {
        // the unit's word: the first word after the number that is no scale ("25 million
        // people or less")
        let unit_word = (q.number_first + 1..q.next).find(|&k| {
            toks[k].kind == Kind::Word
                && word(text, toks, k).is_some_and(|w| !lex.scales.contains_key(&*w))
        });
        if let Some(k) = unit_word {
            return Some(phrase(k, k + 1));
        }
    }
    // "six arrests", "50,000 pages of printed emails": what a count counts
    if q.counted.is_some() && next < ceiling && is_content(text, toks, next) {
        // the noun phrase up to the counted noun: "37 Republican electors"
        let noun = (next..(next + 3).min(ceiling))
            .take_while(|&k| toks[k].kind == Kind::Word)
            .find(|&k| {
                let w = &text[toks[k].start..toks[k].end];
                // "cities" for "city": compare without the singular's last letter
                q.counted.as_deref().is_some_and(|c| {
                    let stem = c.char_indices().last().map_or(c, |(i, _)| &c[..i]);
                    w.starts_with(stem)
                })
            })
            .unwrap_or(next);
        if word(text, toks, noun + 1).as_deref() == Some("of") {
            let from = skip_determiners(noun + 2);
            if let Some(c) = content_run(from) {
                return Some(format!("{} of {c}", phrase(next, noun + 1)));
            }
        }
        return Some(phrase(next, noun + 1));
    }
    // "$11 billion arms package"
    let lower_next = toks.get(next).is_some_and(|t| {
        text[t.start..t.end]
            .chars()
            .next()
            .is_some_and(char::is_lowercase)
    });
    let comparative = word(text, toks, next).is_some_and(|w| lex.comparatives.contains_key(&*w));
    if q.counted.is_none() && lower_next && !comparative {
        if let Some(c) = content_run(next) {
            if !c.ends_with("ed") && !c.ends_with("ing") {
                return Some(c);
            }
        }
    }
    // "lifting its soybean purchases to 20 million tons": the noun phrase before the link word.
    // Link words and verbs are passed over (one comma too, for "soybeans, rising from …");
    // a conjunction ends the search: the figure then shares its neighbour's concept.
    let start = q.first.saturating_sub(WINDOW + 4).max(floor);
    let mut i = q.first;
    let mut crossed_comma = false;
    while i > start {
        i -= 1;
        let w = text[toks[i].start..toks[i].end].to_lowercase();
        if w == "," && !crossed_comma {
            crossed_comma = true;
            continue;
        }
        if is_clause_break(text, toks[i]) || CONJUNCTIONS.contains(&w.as_str()) {
            return None;
        }
        // "each year at 50,000": a period is not what is measured
        let period_noun = lex.periods.nouns.contains(&w)
            && i > start
            && matches!(
                word(text, toks, i - 1).as_deref(),
                Some("each" | "every" | "per" | "a" | "this" | "last" | "next" | "that")
            );
        if period_noun {
            i -= 1;
            continue;
        }
        let change_verb = |w: &str| lex.change_verbs.iter().any(|(stem, _)| stem_match(w, stem));
        if !is_content(text, toks, i) || is_verb_like(&w) || is_cue(&w, lex) || change_verb(&w) {
            continue;
        }
        let end = i + 1;
        let mut s = i;
        while s > start && end - s < 3 && is_content(text, toks, s - 1) && {
            let before = text[toks[s - 1].start..toks[s - 1].end].to_lowercase();
            !is_verb_like(&before) && !change_verb(&before)
        } {
            s -= 1;
        }
        return Some(phrase(s, end));
    }
    None
}
