//! Articles read as numbers: "a half-dozen", "half an hour", "a quarter century" (a share of
//! the unit after them), "more than a year" and "about a dollar" (one, after a bound), "a year
//! and a half" (one, before "and a half").

use super::lexer::{Kind, Toks};
use super::lexicon::Lexicon;
use super::number::{word, Number};

/// "half" or "quarter" at `j` (the number opening at `i`) as that `share` of the unit or
/// dozen after it: "a half-dozen" is 6, "a half-hour" and "half an hour" are 0.5 of an hour,
/// "a quarter century" 0.25 of a century.
pub(super) fn share_of_unit(
    text: &str,
    toks: &Toks,
    (i, j): (usize, usize),
    share: f64,
    article: bool,
    lex: &Lexicon,
) -> Option<Number> {
    let glued_hyphen = toks
        .get(j + 1)
        .is_some_and(|t| t.glued && &text[t.start..t.end] == "-");
    // "half an hour" (not "the first half a year ago", "the same quarter a year ago")
    let period_half = i > 0
        && matches!(
            word(text, toks, i - 1).as_deref(),
            Some("first" | "second" | "same" | "the" | "comparable" | "latter" | "year's")
        );
    let inner_article = share == 0.5
        && !period_half
        && matches!(word(text, toks, j + 1).as_deref(), Some("a" | "an"));
    let at = j + 1 + usize::from(glued_hyphen || inner_article);
    // ("just before the half-hour mark": after "the", a mark's time)
    let the_mark = glued_hyphen
        && i > 0
        && word(text, toks, i - 1).as_deref() == Some("the")
        && matches!(word(text, toks, at + 1).as_deref(), Some("mark" | "point"));
    // ("the half-dozen Republican senators": a determined half-dozen is six)
    let the_dozen = glued_hyphen
        && i > 0
        && word(text, toks, i - 1).as_deref() == Some("the")
        && word(text, toks, at).as_deref() == Some("dozen");
    // ("in the past quarter-century", "the last half-century": a span named by its share)
    let reference_span = glued_hyphen
        && i > 0
        && matches!(
            word(text, toks, i - 1).as_deref(),
            Some("past" | "last" | "next" | "coming")
        )
        && matches!(
            word(text, toks, at).as_deref(),
            Some("century" | "decade" | "millennium")
        );
    // ("bought 200 mln dlrs in the half-hour since the market re-opened": a span after a
    // preposition of time)
    let the_span = glued_hyphen
        && i > 1
        && word(text, toks, i - 1).as_deref() == Some("the")
        && matches!(
            word(text, toks, i - 2).as_deref(),
            Some("in" | "during" | "within" | "over" | "for" | "throughout")
        )
        && matches!(
            word(text, toks, at).as_deref(),
            Some("hour" | "day" | "year")
        );
    // ("go for the quarter percent increase": a determined share of a point before its move)
    let the_move = share == 0.25
        && i > 0
        && word(text, toks, i - 1).as_deref() == Some("the")
        && matches!(
            word(text, toks, at).as_deref(),
            Some("percent" | "point" | "pct")
        )
        && word(text, toks, at + 1).is_some_and(|m| lex.change_verb(&m).is_some());
    if !(article
        || inner_article
        || the_mark
        || the_dozen
        || reference_span
        || the_move
        || the_span)
    {
        return None;
    }
    let w = word(text, toks, at)?;
    if w == "dozen" && share == 0.5 && !inner_article {
        return Some(Number {
            value: 6.0,
            first: i,
            next: at + 1,
            scale: 12.0,
            words: true,
        });
    }
    // ("to place a quarter-million students": a share of a scale word)
    if let Some(&scale) = lex.scales.get(&*w).filter(|&&s| s >= 1000.0) {
        if glued_hyphen && article {
            return Some(Number {
                value: share * scale,
                first: i,
                next: at + 1,
                scale,
                words: true,
            });
        }
    }
    // ("fell by as much as half a point", "raised its rate a quarter point": a share of a
    // measure noun, counted after it)
    if (inner_article || article && !glued_hyphen) && matches!(&*w, "point" | "notch") {
        return Some(Number {
            value: share,
            first: i,
            next: at,
            scale: 1.0,
            words: true,
        });
    }
    let unit = lex.unit_for_alias(&w)?;
    let measured = matches!(
        unit.dimension.as_str(),
        "time" | "length" | "mass" | "volume" | "area" | "percent"
    );
    (measured && w.len() >= 3).then_some(Number {
        value: share,
        first: i,
        next: j + 1 + usize::from(inner_article),
        scale: 1.0,
        words: true,
    })
}

/// "more than a year", "less than an hour", "about a dollar", "extended by a year": the
/// article at `i`, after a bound or a change's "by" and before a unit, is the number one.
pub(super) fn one_after_bound(text: &str, toks: &Toks, i: usize, lex: &Lexicon) -> Option<Number> {
    // (cheap tests first: this runs for every article)
    let next = toks.get(i + 1).filter(|t| t.kind == Kind::Word)?;
    let mut buf = [0u8; 16];
    let head = super::scan::ascii_lower(&text[next.start..next.end], &mut buf);
    let measure_noun = matches!(head, Some("point" | "notch"));
    if measure_noun && changed_by(text, toks, i, lex) {
        return Some(one_at(i));
    }
    if !head.is_some_and(|h| lex.alias_heads.contains(h)) {
        return None;
    }
    if changed_by(text, toks, i, lex) {
        return Some(one_at(i));
    }
    // ("a year and a half ago", "an hour and a half": a unit and a half needs no bound)
    // (cheap test first: "and" two or three tokens on)
    let half_near = (i + 2..i + 4).any(|k| word(text, toks, k).as_deref() == Some("and"));
    if half_near && toks.get(i + 1).is_some_and(|t| t.kind == Kind::Word) {
        if let Some((_, next)) = super::units::unit_at(text, toks, i + 1, lex) {
            if and_a_half(text, toks, next) {
                return Some(one_at(i));
            }
        }
    }
    // ("would extend mine life by a year", "cut prices by a cent": the amount of a change)
    let by_change = i >= 2
        && word(text, toks, i - 1).as_deref() == Some("by")
        && (i.saturating_sub(5)..i - 1)
            .any(|k| word(text, toks, k).is_some_and(|w| lex.change_verb(&w).is_some()));
    if by_change && super::units::unit_at(text, toks, i + 1, lex).is_some() {
        return Some(one_at(i));
    }
    let (phrase, _) = super::number::bound_ending(text, toks, i, 0, lex)?;
    // (a word, not a symbol: "a $1.1bn rescue")
    if toks.get(i + 1).is_none_or(|t| t.kind != Kind::Word) {
        return None;
    }
    let (_, next) = super::units::unit_at(text, toks, i + 1, lex)?;
    // ("probably a bit colourful": a degree, no unit of data)
    if word(text, toks, i + 1).as_deref() == Some("bit") {
        return None;
    }
    // ("higher than a year ago": a comparison's baseline, no bound)
    let comparative = phrase.len() >= 2
        && phrase.last().is_some_and(|w| w == "than")
        && !matches!(phrase[phrase.len() - 2].as_str(), "more" | "less" | "fewer");
    let baseline = matches!(
        word(text, toks, next).as_deref(),
        Some("ago" | "earlier" | "before" | "previously")
    );
    // ("some 300,000 more than a year earlier": a figure's own comparison)
    // ("30 pct more than a year ago": past the figure's unit; "running 50 to 60 pct above a
    // year ago", "5 pct over a year ago": or a positional comparison)
    let num_at = |k: usize| toks[k].kind == Kind::Num;
    let figure_more = i > phrase.len()
        && (num_at(i - phrase.len() - 1)
            || i > phrase.len() + 1
                && num_at(i - phrase.len() - 2)
                && word(text, toks, i - phrase.len() - 1)
                    .is_some_and(|w| lex.unit_for_alias(&w).is_some()))
        && (phrase.last().is_some_and(|w| w == "than")
            || phrase.len() == 1
                && matches!(phrase[0].as_str(), "above" | "over" | "below" | "under"));
    if (comparative || figure_more) && baseline {
        return None;
    }
    Some(one_at(i))
}

/// Is the article at `i` the amount of a change, right after its verb (maybe past "only"),
/// before a measure: "odds moved up only a point", "fell a cent"? (Not a time: "lost a
/// year".)
pub(super) fn changed_by(text: &str, toks: &Toks, i: usize, lex: &Lexicon) -> bool {
    if !matches!(word(text, toks, i).as_deref(), Some("a" | "an")) {
        return false;
    }
    let degree = matches!(
        i.checked_sub(1)
            .and_then(|k| word(text, toks, k))
            .as_deref(),
        Some("only" | "just")
    );
    let lead = i - usize::from(degree);
    let after_change =
        lead >= 1 && word(text, toks, lead - 1).is_some_and(|w| lex.change_verb(&w).is_some());
    // ("has shrunk a bit": a little, no bit of data)
    after_change
        && word(text, toks, i + 1).as_deref() != Some("bit")
        && (matches!(word(text, toks, i + 1).as_deref(), Some("point" | "notch"))
            || super::units::unit_at(text, toks, i + 1, lex)
                .is_some_and(|(u, _)| lex.units[u].dimension != "time"))
}

/// "over the last decade and a half", "the past year and a half": the time span of "last",
/// "past" or "next" at `i`, after "the", before a time unit and "and a half", is one and a
/// half of the unit (read as one here; the half joins after the unit).
pub(super) fn the_last_unit_and_a_half(
    text: &str,
    toks: &Toks,
    i: usize,
    lex: &Lexicon,
) -> Option<Number> {
    if i == 0 || word(text, toks, i - 1).as_deref() != Some("the") {
        return None;
    }
    let (unit, next) = super::units::unit_at(text, toks, i + 1, lex)?;
    (next == i + 2 && lex.units[unit].dimension == "time" && and_a_half(text, toks, next))
        .then(|| one_at(i))
}

/// Do the tokens from `k` read "and a half" ("a year and a half", "two years and a half")?
pub(super) fn and_a_half(text: &str, toks: &Toks, k: usize) -> bool {
    half_after(text, toks, k).is_some()
}

/// The tokens of "and a half" (or "and half": "a year and half") at `k`.
pub(super) fn half_after(text: &str, toks: &Toks, k: usize) -> Option<usize> {
    if word(text, toks, k).as_deref() != Some("and") {
        return None;
    }
    match word(text, toks, k + 1).as_deref() {
        Some("a" | "an") => (word(text, toks, k + 2).as_deref() == Some("half")).then_some(3),
        Some("half") => Some(2),
        _ => None,
    }
}

/// The article at token `i`, read as the number one.
fn one_at(i: usize) -> Number {
    Number {
        value: 1.0,
        first: i,
        next: i + 1,
        scale: 1.0,
        words: true,
    }
}
