//! The currency or unit written at a token: a symbol or code before a number (`$`, `US$`,
//! `c $` in tokenized text, `EUR`), and the longest unit alias after one (`km`, `metric tons`,
//! `km .` written with a spaced full stop); the rate a unit opens ("$60 per barrel") is read in
//! `rate.rs`. The aliases are `schema/units.toml`.

use super::lexer::{Kind, Toks};
use super::lexicon::Lexicon;
use super::number;
use super::scan::{ascii_lower, Quantity};

/// Currency symbol of one to three glued tokens at `i`: (unit, index of the token after it).
pub(super) fn currency_at(
    text: &str,
    toks: &Toks,
    i: usize,
    lex: &Lexicon,
) -> Option<(usize, usize)> {
    // most quantities open with their number: one lookup rules out a symbol
    let head = number::word(text, toks, i)?;
    if !lex.symbol_heads.contains(&*head) {
        return None;
    }
    let mut best = None;
    let mut s = String::new();
    for j in i..(i + 3).min(toks.len()) {
        // tokenized text spaces a dollar from its country: "c $ 16.4 million", "hk $ 10"
        let spaced_dollar = j == i + 1
            && &text[toks[j].start..toks[j].end] == "$"
            && toks[j].start == toks[i].end + 1
            && matches!(
                text[toks[i].start..toks[i].end]
                    .to_ascii_lowercase()
                    .as_str(),
                "c" | "hk" | "nz" | "us" | "mex" | "nt"
            );
        if j > i && !toks[j].glued && !spaced_dollar {
            break;
        }
        s.push_str(&text[toks[j].start..toks[j].end].to_lowercase());
        if let Some(&u) = lex.symbols.get(&s) {
            best = Some((u, j + 1));
        }
    }
    let (u, next) = best?;
    // a code or word symbol ("USD", "Rs") needs a number right after; "$" may be spaced
    let num = |k: usize| toks.get(k).is_some_and(|t| t.kind == Kind::Num);
    // "$-99.99": a sign between the symbol and the number
    let signed = toks.get(next).is_some_and(|t| {
        t.glued
            && matches!(&text[t.start..t.end], "-" | "−")
            && toks[next + 1..].first().is_some_and(|n| n.glued)
    }) && num(next + 1);
    let starts_number = num(next) || signed;
    starts_number.then_some((u, next))
}

/// The unit written at `i` (longest alias), if any: (unit, index after it).
pub(super) fn unit_at(text: &str, toks: &Toks, i: usize, lex: &Lexicon) -> Option<(usize, usize)> {
    base_at(text, toks, i, lex).filter(|&(u, _)| !lex.units[u].base_only)
}

/// The unit written at `i`, or a unit that is only ever a rate's base ("a season").
pub(super) fn base_at(text: &str, toks: &Toks, i: usize, lex: &Lexicon) -> Option<(usize, usize)> {
    let mut i = i;
    // "27-kilometer", "8-foot": a hyphen glued between number and unit
    if toks
        .get(i)
        .is_some_and(|t| t.glued && &text[t.start..t.end] == "-")
        && toks
            .get(i + 1)
            .is_some_and(|t| t.glued && t.kind == Kind::Word)
    {
        i += 1;
    }
    let first = toks.get(i)?;
    // a wide gap ends the figure: "5,200,000  Year" is a table's next heading (a doubled space
    // before a word in lower case is a slip: "1,879,000  bushels including 254,000 in CHICAGO")
    let gap = if i > 0 {
        &text[toks[i - 1].end..first.start]
    } else {
        ""
    };
    if gap.len() > 1
        && gap.contains("  ")
        && !(gap == "  " && first.folded && first.kind == Kind::Word)
    {
        return None;
    }
    let head = &text[first.start..first.end];
    let mut buf = [0u8; 16];
    let known_head = match ascii_lower(head, &mut buf) {
        Some(lower) => lex.alias_heads.contains(lower),
        None => lex.alias_heads.contains(&head.to_lowercase()),
    };
    if !known_head {
        return None;
    }
    let mut best = None;
    let mut key = String::with_capacity(32);
    let mut spaced_stop = false;
    for j in i..(i + lex.max_alias_tokens).min(toks.len()) {
        let t = toks[j];
        let raw = &text[t.start..t.end];
        if j > i {
            if !t.glued {
                key.push(' ');
                spaced_stop |= raw.starts_with('.');
            }
            // tokens of one alias are glued or single-spaced: stop at sentence punctuation
            if matches!(raw, "," | ";" | "(" | ")") {
                break;
            }
        }
        // (only a number holds a space: "6 . 2")
        spaced_stop |= t.kind == Kind::Num && raw.contains(" .");
        if t.folded {
            key.push_str(raw);
        } else if raw.is_ascii() {
            let from = key.len();
            key.push_str(raw);
            key[from..].make_ascii_lowercase();
        } else {
            key.extend(raw.chars().flat_map(char::to_lowercase));
        }
        // "km ." as "km."; copied only when the key has a spaced full stop
        let found = if spaced_stop {
            lex.aliases.get(&key.replace(" .", "."))
        } else {
            None
        };
        let found = found.or_else(|| lex.aliases.get(&key));
        // "3G", "5G": a form that counts only in lower case ("5g" of sugar)
        // ("one try": a code that counts only in capitals, "20 TRY")
        let miscased = found.is_some()
            && (lex.lowercase_only.contains(&key)
                && text[first.start..t.end].chars().any(char::is_uppercase)
                || lex.uppercase_only.contains(&key)
                    && text[first.start..t.end].chars().any(char::is_lowercase));
        if let Some(&(u, strict)) = found.filter(|_| !miscased) {
            if strict && !first.glued {
                // a strict form spaced from its number must end the phrase: "12 m." but not "12 m
                // long"
                let after = toks.get(j + 1);
                let follower = after.is_some_and(|t| {
                    let mut buf = [0u8; 16];
                    ascii_lower(&text[t.start..t.end], &mut buf)
                        .is_some_and(|w| lex.strict_followers.contains(w))
                });
                // (or a rate of time: "500,000 mt a year"; not "5 in a row")
                let rate = || {
                    let raw = |k: usize| toks.get(k).map_or("", |t| &text[t.start..t.end]);
                    matches!(raw(j + 1), "a" | "per")
                        && matches!(
                            raw(j + 2),
                            "year" | "day" | "week" | "month" | "hour" | "annum"
                        )
                };
                if !follower
                    && after.is_some_and(|t| t.kind == Kind::Word || t.kind == Kind::Num)
                    && !rate()
                {
                    continue;
                }
            }
            // ("87 percent point to mounting gas prices": a singular "point" before "to" is
            // the verb, not the unit "percentage point")
            let verb = matches!(key.as_str(), "percent point" | "pct point")
                && toks
                    .get(j + 1)
                    .is_some_and(|t| matches!(&text[t.start..t.end], "to" | "toward" | "towards"));
            // ("three second-half goals", "two second-hand cars": the ordinal hyphened to a
            // word, not the unit of time)
            let ordinal = key == "second" && super::lexer::opens_hyphened(text, toks, j);
            // ("13 Euro-MTN programs", "10 dollar-denominated bonds": a currency hyphened to a
            // word right after a plain number modifies the noun counted; not "5 billion
            // euro-denominated")
            let modifier = j == i
                && lex.units[u].dimension == "currency"
                && i > 0
                && toks[i - 1].kind == Kind::Num
                && super::lexer::opens_hyphened(text, toks, j)
                // (not a rate: "30 dlr-a-share", "5.85 dlrs-per-hour")
                && toks.get(j + 2).is_some_and(|t| {
                    let w = &text[t.start..t.end];
                    !matches!(w, "a" | "an" | "per")
                        && !lex.aliases.contains_key(&w.to_ascii_lowercase())
                });
            if !verb && !ordinal && !modifier {
                best = Some((u, j + 1));
            }
        }
    }
    // ("the 12 Euro zone countries": the currency's zone is a place)
    let zone = |(u, end): (usize, usize)| {
        lex.units[u].name == "euro"
            && toks.get(end).is_some_and(|t| {
                let w = &text[t.start..t.end];
                w.eq_ignore_ascii_case("zone") || w.eq_ignore_ascii_case("area")
            })
    };
    best.filter(|&b| !zone(b))
}

/// "1bn euros now, with another 550m to follow": a glued "m" read as metres is millions of
/// the currency of the money figure before it, when a word that continues an amount ("another",
/// "vs", "to") opens it.
pub(super) fn million_after_money(
    text: &str,
    toks: &Toks,
    q: &mut Quantity,
    prev: &Quantity,
    lex: &Lexicon,
) {
    let raw = |k: usize| toks.get(k).map_or("", |t| &text[t.start..t.end]);
    let metres = q.unit.is_some_and(|u| lex.units[u].name == "metre")
        && q.next == q.number_first + 2
        && raw(q.number_first + 1) == "m"
        && toks[q.number_first + 1].glued;
    let money_before =
        prev.scale >= 1e6 && prev.unit.is_some_and(|u| lex.units[u].currency.is_some());
    let continues = q.first > 0
        && matches!(
            number::word(text, toks, q.first - 1).as_deref(),
            Some("another" | "further" | "vs" | "from" | "to" | "and" | "or")
        );
    if metres && money_before && continues {
        if let Some(v) = q.value.as_mut() {
            *v = number::scaled(*v, 1e6);
        }
        q.scale = 1e6;
        q.unit = prev.unit;
    }
}

/// "361 million pounds" is money; "two pounds" a weight ("two mln lbs" too; "three mln pounds
/// of shrimp" weigh): pounds of a quantity with a scale word (`scale` above one) are sterling,
/// unless a word of weight in the sentence says otherwise (`pound_weight_cues`).
pub(super) fn money_pounds(text: &str, toks: &Toks, q: &mut Quantity, scale: f64, lex: &Lexicon) {
    let pounds_word = || {
        q.next > 0
            && number::word(text, toks, q.next - 1).is_some_and(|w| w.starts_with("pound"))
            && number::word(text, toks, q.next).as_deref() != Some("of")
    };
    // ("the weight of these shipments was up to 52.7 mln pounds": a weight word in the
    // sentence keeps them a weight)
    let weighed = || {
        toks.iter().any(|t| {
            t.kind == Kind::Word
                && lex
                    .pound_weight_cues
                    .contains(&text[t.start..t.end].to_lowercase())
        })
    };
    if q.unit.is_some_and(|u| lex.units[u].name == "pound")
        && scale > 1.0
        && pounds_word()
        && !weighed()
    {
        q.unit = lex
            .units
            .iter()
            .position(|u| u.name == "pound sterling")
            .or(q.unit);
    }
}

/// "topped the 10,000 mark", "above the $47 a barrel mark": a singular "mark" after "the" and
/// a number is the figure's threshold, not the German mark.
pub(super) fn threshold_mark(text: &str, toks: &Toks, q: &mut Quantity, lex: &Lexicon) {
    let raw = |k: usize| toks.get(k).map_or("", |t| &text[t.start..t.end]);
    let german = q.unit.is_some_and(|u| lex.units[u].name == "mark");
    // (not a modifier: "the 1,000 mark bonds", "the 6.84 billion mark surplus")
    // ("the 113 billion mark 1986 record": nor before a year)
    let ends = toks.get(q.next).is_none_or(|t| {
        (t.kind == Kind::Sym) || lex.concept.function_words.contains(&text[t.start..t.end])
    });
    if german
        && ends
        && q.next > 0
        && raw(q.next - 1) == "mark"
        && q.first > 0
        && raw(q.first - 1) == "the"
    {
        q.unit = None;
        q.next -= 1;
    }
}
