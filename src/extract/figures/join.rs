//! Joining quantities: ranges ("12 to 20 million tons", "between $160 million and $171
//! million"), changes ("from 12 to 20"), compound amounts ("5 feet 2 inches", "3 dollars 50
//! cents") and bounds written after a number ("5000 or more").

use super::lexer::{Kind, Tok};
use super::lexicon::{Bound, Lexicon};
use super::number::{self, word};
use super::scan::{currency_at, quantity_at, unit_at, Quantity};
use crate::model::Change;

/// Joins `q` with a second quantity into a range or a change.
pub(super) fn join_range(text: &str, toks: &[Tok], q: &mut Quantity, lex: &Lexicon) {
    let mut k = q.next;
    let w = |k: usize| word(text, toks, k).unwrap_or_default();
    if w(k) == "-" && toks[k].glued && w(k + 1) == "to" {
        k += 1; // "8- to 16-meter"
    }
    let before = if q.first > 0 {
        w(q.first - 1)
    } else {
        std::borrow::Cow::Borrowed("")
    };
    let connector = w(k);
    let dash = matches!(&*connector, "-" | "–" | "—" | "~");
    let ok = match &*connector {
        "to" | "through" | "thru" => true,
        "and" => before == "between",
        _ => dash,
    };
    if !ok {
        return;
    }
    let Some(mut b) = quantity_at(text, toks, k + 1, lex, false) else {
        return;
    };
    // a dash joins a range when spaced alike on both sides: "10-15", "10 - 15"
    if dash && toks[k].glued != toks.get(k + 1).is_some_and(|t| t.glued) {
        return;
    }
    let (Some(a_val), Some(b_val)) = (q.value, b.value) else {
        return;
    };
    let a_dim = q.unit.map(|u| &lex.units[u].dimension);
    let b_dim = b.unit.map(|u| &lex.units[u].dimension);
    if a_dim.is_some() && b_dim.is_some() && q.unit != b.unit {
        return;
    }
    // "12 to 20 million tons": the scale of the second end applies to the first
    let a_val = if q.scale == 1.0 && b.scale > 1.0 && a_val < b_val / b.scale * 1000.0 {
        a_val * b.scale
    } else {
        a_val
    };
    // "a 5-4 decision", "voted 11-10", "a 420-to-3 vote": a descending pair of plain numbers
    // is a score or a tally, not a range
    if before != "from" && a_val > b_val && q.unit.is_none() && b.unit.is_none() && q.scale == 1.0 {
        q.tally = true;
        q.next = b.next;
        return;
    }
    if before == "from" {
        q.from = Some(a_val);
        q.value = Some(b_val);
        q.first -= 1;
    } else {
        q.low = Some(a_val.min(b_val));
        q.high = Some(a_val.max(b_val));
        q.value = None;
        if before == "between" {
            q.first -= 1;
        }
    }
    q.unit = q.unit.or(b.unit);
    q.counted = b.counted.take();
    q.scale = b.scale;
    q.next = b.next;
}

/// "5 feet 2 inches", "3 dollars 50 cents", "15 dollars 50": a smaller unit of the same
/// dimension (or, for money, a bare number of cents) completes the figure.
pub(super) fn compound(text: &str, toks: &[Tok], q: &mut Quantity, lex: &Lexicon) {
    let (Some(u), Some(v)) = (q.unit, q.value) else {
        return;
    };
    if q.scale != 1.0 {
        return;
    }
    let big = &lex.units[u];
    let mut k = q.next;
    if word(text, toks, k).as_deref() == Some("and") {
        k += 1;
    }
    if currency_at(text, toks, k, lex).is_some() {
        return;
    }
    let Some(n) = number::parse_at(text, toks, k, lex) else {
        return;
    };
    let glued_letters = toks
        .get(n.next)
        .is_some_and(|t| t.glued && t.kind == Kind::Word);
    if glued_letters && unit_at(text, toks, n.next, lex).is_none() {
        return;
    }
    let (add, next) = match unit_at(text, toks, n.next, lex) {
        Some((s, next)) => {
            let su = &lex.units[s];
            if su.dimension != big.dimension
                || su.factor >= big.factor
                || su.dimension == "temperature"
            {
                return;
            }
            (n.value * su.factor / big.factor, next)
        }
        // "15 dollars 50": only after a whole amount written with a currency word
        None if big.dimension == "currency"
            && big.factor == 1.0
            && q.first == q.number_first
            && v.fract() == 0.0
            && n.value < 100.0
            && n.value.fract() == 0.0
            && !n.words =>
        {
            (n.value / 100.0, n.next)
        }
        None => return,
    };
    q.value = Some(v + add);
    q.next = next;
}

/// "rose to 28,476 from 15,175": the earlier value written after the new one.
pub(super) fn from_after(text: &str, toks: &[Tok], q: &mut Quantity, lex: &Lexicon) {
    let to_before = q.first > 0 && word(text, toks, q.first - 1).as_deref() == Some("to");
    if !to_before || q.from.is_some() || q.value.is_none() {
        return;
    }
    if word(text, toks, q.next).as_deref() != Some("from") {
        return;
    }
    let Some(b) = quantity_at(text, toks, q.next + 1, lex, false) else {
        return;
    };
    let same_kind = match (q.unit, b.unit) {
        (Some(a), Some(c)) => lex.units[a].dimension == lex.units[c].dimension,
        _ => true,
    };
    if !same_kind || b.value.is_none() {
        return;
    }
    q.from = b.value.map(|v| {
        if q.scale > 1.0 && b.scale == 1.0 && v < 1000.0 {
            v * q.scale
        } else {
            v
        }
    });
    q.unit = q.unit.or(b.unit);
    q.next = b.next;
}

/// "5000 or more", "10 or less".
pub(super) fn suffix_bound(text: &str, toks: &[Tok], q: &mut Quantity, lex: &Lexicon) {
    // the words after the quantity, read once (a bound is at most a few words)
    let longest = lex
        .suffix_bounds
        .iter()
        .map(|(w, _)| w.len())
        .max()
        .unwrap_or(0);
    let after: Vec<_> = (0..=longest)
        .map(|k| word(text, toks, q.next + k))
        .collect();
    let at = |k: usize| after.get(k).and_then(|w| w.as_deref());
    for (words, bound) in &lex.suffix_bounds {
        let matches = words
            .iter()
            .enumerate()
            .all(|(k, w)| at(k) == Some(w.as_str()));
        if !matches {
            continue;
        }
        // "above 1000 and below 1500": "and below" joins a second bound, it does not end this one
        let joins_another = words.first().is_some_and(|w| w == "and")
            && number::parse_at(text, toks, q.next + words.len(), lex).is_some();
        // "200 or greater than 190": the bound belongs to the number after it
        let governs_next = at(words.len()) == Some("than");
        if !joins_another && !governs_next {
            q.change = match bound {
                Bound::More => Change::More,
                Bound::Less => Change::Less,
                Bound::Approx => Change::Approx,
            };
            q.next += words.len();
            return;
        }
    }
}
