//! Scale words after a number: glued suffixes (`20mn`, `1.5bn`, `$5m`), following words
//! (`20 million`, `a 517-mln-dlr contract`), and the product rounded as the decimal it stands
//! for (`32.88 billion` is 32880000000); and a share of a scale word (`half a million`, `a
//! quarter of a million`).

use super::lexer::{Kind, Toks};
use super::lexicon::Lexicon;
use super::number::{word, Number};

/// Applies scale words after a number: glued suffixes (`20mn`, `1.5bn`, `$5m`) and following
/// words (`20 million`). `money` allows the ambiguous `m`/`b` suffixes.
pub fn apply_scale(text: &str, toks: &Toks, mut n: Number, money: bool, lex: &Lexicon) -> Number {
    loop {
        let mut k = n.next;
        let Some(mut tok) = toks.get(k) else {
            return n;
        };
        // "a 517-mln-dlr contract": a scale word joined by a hyphen
        let hyphen = text[tok.start..tok.end] == *"-" && tok.glued;
        if hyphen {
            match toks
                .get(n.next + 1)
                .filter(|t| t.glued && t.kind == Kind::Word)
            {
                Some(t)
                    if lex
                        .scales
                        .contains_key(&*text[t.start..t.end].to_lowercase()) =>
                {
                    tok = t;
                    k = n.next + 1;
                }
                _ => return n,
            }
        }
        let Some(w) = word(text, toks, k) else {
            return n;
        };
        let scale = match &*w {
            // ("1.3M+ loans": a capital M glued to a number is million; metres are "m")
            // (not a relay's "4x100m")
            "m" if tok.glued
                && !super::notation::relay_leg(text, toks, n.first)
                && (money
                    || (&text[tok.start..tok.end] == "M"
                        && toks.get(n.next + 1).is_some_and(|t| {
                            // (not the company "3M,": a word or "+" follows the amount)
                            t.kind == Kind::Word || &text[t.start..t.end] == "+"
                        }))
                    || million_before_noun(text, toks, n.next + 1, lex)
                    || range_before_noun(text, toks, n.next, lex)
                    || audience_near(text, toks, n.next, lex)) =>
            {
                Some(1e6)
            }
            // "£12 m", "$1.5 m.", "12 m units": spaced, money's "m" is still million (metres
            // are never money), and so is one before a counted noun
            // (not once scaled, nor the money supply's "300 mln dlr M-1")
            "m" if !hyphen
                && tok.kind == Kind::Word
                && !super::notation::relay_leg(text, toks, n.first)
                && n.scale == 1.0
                && !toks.get(n.next + 1).is_some_and(|t| {
                    t.glued && (t.kind != Kind::Sym || &text[t.start..t.end] == "-")
                })
                && (money || million_before_noun(text, toks, n.next + 1, lex)) =>
            {
                n.value = scaled(n.value, 1e6);
                n.scale *= 1e6;
                n.next += 1;
                return n;
            }
            "b" if money && tok.glued => Some(1e9),
            "t" if money && tok.glued => Some(1e12),
            // ("two grand slams", "a grand jury": an adjective before a noun; "two grand a
            // month", "five grand." sum)
            "grand"
                if toks.get(n.next + 1).is_some_and(|t| {
                    let next = &text[t.start..t.end];
                    t.kind == Kind::Word
                        && next.bytes().all(|b| b.is_ascii_lowercase())
                        && !lex.concept.function_words.contains(next)
                }) =>
            {
                None
            }
            // ("her last five Grand Slam appearances", "Million Dollar Baby": a capitalised
            // scale word before another capitalised word names something, outside a
            // title-case headline, "Pledges Two Million Tons")
            _ if tok.kind == Kind::Word
                && text[tok.start..].starts_with(|c: char| c.is_ascii_uppercase())
                && text[tok.start + 1..tok.end]
                    .bytes()
                    .all(|b| b.is_ascii_lowercase())
                && toks.get(n.next + 1).is_some_and(|t| {
                    t.kind == Kind::Word
                        && text[t.start..].starts_with(|c: char| c.is_ascii_uppercase())
                        // (a unit keeps it a scale: "raised 5 Million Dollars")
                        && lex.unit_for_alias(&text[t.start..t.end].to_lowercase()).is_none()
                })
                && !super::lexer::is_title_case(text, toks) =>
            {
                None
            }
            _ => lex.scales.get(&*w).copied(),
        };
        let Some(s) = scale else { return n };
        // one-letter suffixes must be glued ("20k", "$5m"); scale words may follow a space
        if tok.kind != Kind::Word || (w.chars().count() == 1 && !tok.glued) {
            return n;
        }
        n.value = scaled(n.value, s);
        n.scale *= s;
        n.next += 1 + usize::from(hyphen);
    }
}

/// "1.5m-2m people": the glued "m" at `k` opens a range whose second end's "m" is million.
fn range_before_noun(text: &str, toks: &Toks, k: usize, lex: &Lexicon) -> bool {
    let is = |i: usize, s: &str| {
        toks.get(i)
            .is_some_and(|t| t.glued && &text[t.start..t.end] == s)
    };
    is(k + 1, "-")
        && toks
            .get(k + 2)
            .is_some_and(|t| t.glued && t.kind == Kind::Num)
        && is(k + 3, "m")
        && million_before_noun(text, toks, k + 4, lex)
}

/// "113.5m ounces", "3m people", "10m euros", "300m blog entries": a glued "m" before a plural
/// unit or a counted noun (maybe behind its modifiers) is million, not metre (but "the 400m
/// hurdles").
fn million_before_noun(text: &str, toks: &Toks, k: usize, lex: &Lexicon) -> bool {
    let Some(t) = toks.get(k).filter(|t| t.kind == Kind::Word && !t.glued) else {
        return false;
    };
    let w = &text[t.start..t.end];
    let plural = w.len() > 3 && w.ends_with('s') && !w.ends_with("ss");
    let lower = w.starts_with(|c: char| c.is_lowercase());
    // ("the UK's 1.6m Muslims": a people's plural, capitalised)
    if lex.counted.capitalised.contains(w) {
        return true;
    }
    // (a dimension word keeps it a length: "3m tall trees")
    lower
        && !lex.counted.metre_events.contains(w)
        && !lex.strict_followers.contains(w)
        && ((plural && super::units::unit_at(text, toks, k, lex).is_some())
            || super::counted::counted_noun(text, toks, k, lex)
                .is_some_and(|noun| !lex.counted.metre_events.contains(&format!("{noun}s"))))
}

/// "peaked at 11.9m and 49.2% of the audience": a bare glued "m" at token `k` (no word after
/// it) with a word of a broadcast's audience within twelve tokens is million.
fn audience_near(text: &str, toks: &Toks, k: usize, lex: &Lexicon) -> bool {
    let bare = toks.get(k + 1).is_none_or(|t| {
        t.kind != Kind::Word || lex.concept.function_words.contains(&text[t.start..t.end])
    });
    bare && (k.saturating_sub(12)..(k + 13).min(toks.len())).any(|j| {
        let t = toks[j];
        t.kind == Kind::Word && lex.counted.audience_words.contains(&text[t.start..t.end])
    })
}

/// `v * s`, rounded once as the decimal it stands for when `s` is a power of ten: "32.88
/// billion" is 32880000000, not the 32880000000.000004 that the float product gives.
/// The scale word after a share word at token `j` ("half a million", "a quarter of a
/// million", "three quarters of a billion", "half million"), with the token after it; not a
/// compound's ("half of a million-dollar grant").
pub(super) fn scale_after_share(
    text: &str,
    toks: &Toks,
    j: usize,
    lex: &Lexicon,
) -> Option<(f64, usize)> {
    let skip = match (word(text, toks, j + 1), word(text, toks, j + 2)) {
        (Some(a), _) if a == "a" => 1,
        (Some(of), Some(a)) if of == "of" && a == "a" => 2,
        _ => 0,
    };
    let at = j + 1 + skip;
    let scale = word(text, toks, at)
        .and_then(|s| lex.scales.get(&*s).copied())
        .filter(|&s| s >= 100.0)?;
    let compound = toks
        .get(at + 1)
        .is_some_and(|t| t.glued && &text[t.start..t.end] == "-");
    (!compound).then_some((scale, at + 1))
}

pub fn scaled(v: f64, s: f64) -> f64 {
    let e = s.log10().round();
    if v.fract() == 0.0 || !(1.0..=15.0).contains(&e) || 10f64.powi(e as i32) != s {
        return v * s;
    }
    let mut buf = String::with_capacity(24);
    use std::fmt::Write;
    let _ = write!(buf, "{v}e{}", e as i32);
    buf.parse().unwrap_or(v * s)
}
