//! Notations around a number that change its value or make it no figure at all: powers of
//! ten (`3×10^8`, `2.48×10−5`), tolerances (`2,000.45±0.01`, `9.83e-3 +/- 1e-5`), ratios
//! (`one in five`, `2 in 5`), dealers' two-way prices (`145.20/30`), million-prefixed currency
//! codes (`30 MUSD`, `MAUD 60`), the numbers of street addresses and postcodes (`123 Random
//! Street`, `PA 23456`), temperatures written with a glued letter (`1.5C`), and URLs and bare
//! domains (`350.org`), whose digits are no figures.

use super::lexer::{Kind, Toks};
use super::lexicon::Lexicon;
use super::number::{self, word};
use crate::model::Change;

fn tok_is(text: &str, toks: &Toks, k: usize, s: &str) -> bool {
    toks.get(k).is_some_and(|t| &text[t.start..t.end] == s)
}

fn glued(toks: &Toks, k: usize) -> bool {
    toks.get(k).is_some_and(|t| t.glued)
}

/// Digits of a plain integer token.
fn integer(text: &str, toks: &Toks, k: usize) -> Option<i32> {
    let t = toks.get(k).filter(|t| t.kind == Kind::Num)?;
    let s = &text[t.start..t.end];
    if s.len() > 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// A power written after a number at token `k`: `×10^8`, `x10-3`, `×10−5`, `x2^10`.
/// Returns `value` raised by it and the token after it. The whole power must be glued
/// together.
pub fn power(text: &str, toks: &Toks, k: usize, value: f64) -> Option<(f64, usize)> {
    let times = toks.get(k)?;
    if !matches!(&text[times.start..times.end], "×" | "x" | "*") {
        return None;
    }
    let base = integer(text, toks, k + 1).filter(|_| glued(toks, k + 1))?;
    let mut j = k + 2;
    let caret = tok_is(text, toks, j, "^") && glued(toks, j);
    if caret {
        j += 1;
    }
    let mut sign = 1;
    if glued(toks, j) && (tok_is(text, toks, j, "-") || tok_is(text, toks, j, "−")) {
        sign = -1;
        j += 1;
    } else if glued(toks, j) && tok_is(text, toks, j, "+") {
        j += 1;
    }
    // without a caret only a signed power of ten reads as one: "x10-3", not "x10" ("4x10 room")
    if !caret && (sign == 1 || base != 10) {
        return None;
    }
    let exp = integer(text, toks, j).filter(|_| glued(toks, j) && j > k + 2)?;
    if exp > 308 || base < 2 {
        return None;
    }
    // dividing keeps "2.48×10−5" exact where multiplying by 1e-5 would not
    let factor = f64::from(base).powi(exp);
    let v = if sign < 0 {
        value / factor
    } else {
        value * factor
    };
    Some((v, j + 1))
}

/// A dealer's two-way price after the number `bid` whose last token is `k - 1`: "145.20/30
/// yen" is bid 145.20, offered 145.30 — the offer written as the bid's last decimals, or in
/// full ("565.50/566.50 dlrs an ounce"); a deposit rate quotes its offer first ("4.50/37 pct"
/// is 4.50 and 4.37). Returns the other side and the token after it; the tail must be glued,
/// no longer than the bid's decimals (or as long, in full), within 5% of the bid, and no date
/// ("1.20/30/87") follows. Whole thousands written in full ("28,000/29,000 tonnes") are the two
/// ends of an estimate, the second at most 20% above the first.
pub fn dealer_quote(text: &str, toks: &Toks, k: usize, bid: f64) -> Option<(f64, usize)> {
    if k == 0 || !tok_is(text, toks, k, "/") || !glued(toks, k) || !glued(toks, k + 1) {
        return None;
    }
    let last = toks.get(k - 1).filter(|t| t.kind == Kind::Num)?;
    let tail = toks.get(k + 1).filter(|t| t.kind == Kind::Num)?;
    let tail = &text[tail.start..tail.end];
    if tok_is(text, toks, k + 2, "/") {
        return None;
    }
    // ("a deficit of some 28,000/29,000 tonnes", "range 20,000/35,000 mt": whole thousands
    // in full, the second end a little above the first, or less than twice it before a unit)
    let last = &text[last.start..last.end];
    if !last.contains('.') && last.contains(',') && tail.contains(',') && !tail.contains('.') {
        let other = super::digits::parse_digits(tail)?;
        // (a wider pair only before its unit: "5,000/222,500 10-15/4", "2,500/4,000 7-13/4"
        // are a charter's loading and discharge rates)
        let unit = toks.get(k + 2).is_some_and(|t| t.kind == Kind::Word);
        let near = other <= 1.2 * bid || unit && other < 2.0 * bid;
        return (other > bid && near).then_some((other, k + 2));
    }
    // ("Platinum ended 50 cents higher at 563/567 dlrs": whole numbers of as many digits, a
    // few percent apart, before their unit; not a bare "805/807")
    if !last.contains(['.', ',']) && !tail.contains(['.', ',']) {
        let offer = super::digits::parse_digits(tail)?;
        let unit = toks.get(k + 2).is_some_and(|t| t.kind == Kind::Word);
        let near = offer > bid && offer <= 1.05 * bid;
        return (unit && last.len() >= 3 && tail.len() == last.len() && near)
            .then_some((offer, k + 2));
    }
    let (_, decimals) = last.split_once('.')?;
    let close = |offer: f64| offer != bid && (offer - bid).abs() <= 0.05 * bid;
    // ("565.50/566.50": the other side in full, to as many decimals)
    if let Some((_, d)) = tail.split_once('.') {
        let offer = super::digits::parse_digits(tail)?;
        return (d.len() == decimals.len() && close(offer)).then_some((offer, k + 2));
    }
    if !tail.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    // ("quoted at 154.40/154.60 dlrs from 155.80/156", "a session high-low of 155.80/154
    // dlrs": the other side a whole number as long as the bid's)
    let whole = last.len() - decimals.len() - 1;
    if tail.len() == whole && tail.len() > decimals.len() {
        let offer = tail.parse::<f64>().ok()?;
        return close(offer).then_some((offer, k + 2));
    }
    if tail.len() > decimals.len() {
        return None;
    }
    // the offer replaces the bid's last digits: "1.5820/30" is 1.5830
    let replaced = decimals[decimals.len() - tail.len()..]
        .parse::<f64>()
        .ok()?;
    let unit = 10f64.powi(i32::try_from(decimals.len()).ok()?);
    let offer = ((bid * unit).round() - replaced + tail.parse::<f64>().ok()?) / unit;
    close(offer).then_some((offer, k + 2))
}

/// A tolerance after a number at token `k`: `±0.01`, `+/- 1e-5`. Returns the tolerance and
/// the token after it.
pub fn tolerance(text: &str, toks: &Toks, k: usize, lex: &Lexicon) -> Option<(f64, usize)> {
    let j = if tok_is(text, toks, k, "±") {
        k + 1
    } else if tok_is(text, toks, k, "+")
        && tok_is(text, toks, k + 1, "/")
        && glued(toks, k + 1)
        && tok_is(text, toks, k + 2, "-")
        && glued(toks, k + 2)
    {
        k + 3
    } else {
        return None;
    };
    let n = number::parse_at(text, toks, j, lex).filter(|n| !n.words)?;
    Some((n.value, n.next))
}

/// "one in five", "2 in 5", "1 in 10": a proportion, read at the number ending at token
/// `next` (whose value is `n`). The second number must be plain, larger, and no year or
/// measure ("3 in 10 minutes"). Returns the ratio and the token after it.
pub fn ratio(text: &str, toks: &Toks, next: usize, n: f64, lex: &Lexicon) -> Option<(f64, usize)> {
    // "nine out of 10", "10 out of 10": a whole may be all of it, and what follows is what
    // both count ("4 out of 10 dollars")
    // ("nine times out of ten": how often, the same proportion)
    let times = usize::from(word(text, toks, next).as_deref() == Some("times"));
    let next = next + times;
    let out_of = word(text, toks, next).as_deref() == Some("out")
        && word(text, toks, next + 1).as_deref() == Some("of");
    if times == 1 && !out_of {
        return None;
    }
    // "six-in-ten", "one-in-five": the proportion hyphenated
    let glued_hyphen = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.glued && &text[t.start..t.end] == "-")
    };
    let hyphenated = glued_hyphen(next)
        && word(text, toks, next + 1).as_deref() == Some("in")
        && glued_hyphen(next + 2);
    let next = next + 2 * usize::from(hyphenated);
    // ("one household in three will be": the noun counted between "one" and "in")
    let noun_between = n == 1.0
        && !out_of
        && !hyphenated
        && toks.get(next).is_some_and(|t| {
            t.kind == Kind::Word && text[t.start..t.end].bytes().all(|b| b.is_ascii_lowercase())
        })
        && word(text, toks, next + 1).as_deref() == Some("in")
        && !word(text, toks, next).is_some_and(|w| lex.concept.function_words.contains(&*w));
    let next = next + usize::from(noun_between);
    let link = if out_of { 2 } else { 1 };
    if !(out_of || hyphenated || word(text, toks, next).as_deref() == Some("in"))
        || n.fract() != 0.0
        || n <= 0.0
    {
        return None;
    }
    // "one in every three"
    let every = usize::from(word(text, toks, next + link).as_deref() == Some("every"));
    let d = number::parse_at(text, toks, next + link + every, lex)?;
    let after = number::apply_scale(text, toks, d, false, lex);
    let measured = after.next != d.next
        || (!out_of && super::units::unit_at(text, toks, d.next, lex).is_some())
        || toks
            .get(d.next)
            .is_some_and(|t| t.glued && t.kind != Kind::Sym);
    let smaller = d.value > n || (out_of && d.value == n);
    // (the noun's ratio ends its clause or opens a verb: not "one school in three districts")
    let ends = !noun_between
        || toks.get(d.next).is_none_or(|t| t.kind == Kind::Sym)
        || word(text, toks, d.next).is_some_and(|w| {
            matches!(
                &*w,
                "will" | "would" | "is" | "are" | "was" | "were" | "has" | "have" | "had" | "can"
            )
        });
    if !ends {
        return None;
    }
    if measured || !smaller || d.value > 1000.0 || d.value.fract() != 0.0 {
        return None;
    }
    Some((n / d.value, d.next))
}

/// A currency code with a million prefix, as finance writes it: `MUSD`, `MEUR`, `MAUD`.
/// Only in capitals, and only for a code the lexicon knows.
pub fn million_code(text: &str, toks: &Toks, k: usize, lex: &Lexicon) -> Option<usize> {
    let t = toks.get(k).filter(|t| t.kind == Kind::Word)?;
    let w = &text[t.start..t.end];
    let code = w.strip_prefix('M').filter(|c| c.len() == 3)?;
    if !code.bytes().all(|b| b.is_ascii_uppercase()) {
        return None;
    }
    let u = *lex.symbols.get(&code.to_ascii_lowercase())?;
    (lex.units[u].dimension == "currency").then_some(u)
}

/// A code with a scale in it at token `k`, as its unit and scale: a million-prefixed currency
/// code ("MUSD") or a trade abbreviation ("BCF", "tcf", "mmbtu": `scaled_codes` in the units
/// schema).
pub fn scaled_code(text: &str, toks: &Toks, k: usize, lex: &Lexicon) -> Option<(usize, f64)> {
    if let Some(u) = million_code(text, toks, k, lex) {
        return Some((u, 1e6));
    }
    let t = toks
        .get(k)
        .filter(|t| t.kind == Kind::Word && t.end - t.start <= 6)?;
    let mut buf = [0u8; 16];
    let w = super::scan::ascii_lower(&text[t.start..t.end], &mut buf)?;
    lex.scaled_codes.get(w).copied()
}

/// Is the number at tokens `first..next` part of an address: a house number before a street
/// ("123 Random Street", "10 Downing St") or a postcode after a state ("PA 23456")?
pub fn is_address(text: &str, toks: &Toks, first: usize, next: usize) -> bool {
    const STREETS: &[&str] = &[
        "street",
        "st",
        "avenue",
        "ave",
        "road",
        "rd",
        "boulevard",
        "blvd",
        "lane",
        "ln",
        "drive",
        "terrace",
        "parkway",
        "highway",
    ];
    let Some(t) = toks.get(first) else {
        return false;
    };
    let digits = &text[t.start..t.end];
    if t.kind != Kind::Num || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    // a postcode: five digits after a two-capital state code
    if digits.len() == 5 && first > 0 {
        let s = toks[first - 1];
        let state = &text[s.start..s.end];
        if state.len() == 2 && state.bytes().all(|b| b.is_ascii_uppercase()) {
            return true;
        }
    }
    // a house number: one to three capitalised words, then a street word
    let capital = |k: usize| {
        toks.get(k).is_some_and(|t| {
            t.kind == Kind::Word && text[t.start..].starts_with(|c: char| c.is_uppercase())
        })
    };
    (next..next + 4)
        .take_while(|&k| capital(k))
        .any(|k| k > next && word(text, toks, k).is_some_and(|w| STREETS.contains(&&*w)))
}

/// Is the unit at `at..next` a one-letter temperature ("1.5C", "40F") that does not read as
/// one? It must be a capital, end the word, and the sentence must speak of temperature:
/// "11c" is cents, "13F" a filing, "06F6" an id, "F-Series" a name.
pub fn glued_degree_letter(
    text: &str,
    toks: &Toks,
    at: usize,
    next: usize,
    dimension: &str,
) -> bool {
    const CUES: &[&str] = &[
        "warm",
        "temperat",
        "heat",
        "degree",
        "climate",
        "weather",
        "cold",
        "hot",
        "cool",
        "high",
        "low",
        "freez",
        "celsius",
        "fahrenheit",
    ];
    let Some(t) = toks.get(at) else { return false };
    if dimension != "temperature" || next != at + 1 || t.end - t.start != 1 {
        return false;
    }
    if !t.glued {
        return true; // "800,000 F-Series"
    }
    // "-10C", "minus 5C": below zero, a glued C or F is a temperature
    let raw = |k: usize| &text[toks[k].start..toks[k].end];
    let signed = at >= 2
        && ((toks[at - 1].glued && matches!(raw(at - 2), "-" | "−"))
            || raw(at - 2).eq_ignore_ascii_case("minus"));
    if signed {
        return false;
    }
    let capital = text.as_bytes()[t.start].is_ascii_uppercase();
    // ("25C-30C": a dash opens the range's second end, with the same letter; "13F-1" is an id)
    let range_dash = toks
        .get(next + 1)
        .is_some_and(|d| d.glued && d.kind == Kind::Num)
        && toks
            .get(next + 2)
            .is_some_and(|l| l.glued && text[l.start..l.end] == text[t.start..t.end]);
    let ends_word = toks.get(next).is_none_or(|n| {
        !n.glued
            || range_dash
            || !(n.kind != Kind::Sym || matches!(&text[n.start..n.end], "-" | "/" | "‑"))
    });
    // the words around the figure (a window: a sentence can be megabytes long)
    let from = (t.start.saturating_sub(300)..=t.start)
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(t.start);
    let to = (t.end.min(text.len())..=(t.end + 300).min(text.len()))
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(t.end);
    let lower = text[from..to].to_ascii_lowercase();
    let spoken_of = CUES.iter().any(|c| lower.contains(c));
    !(capital && ends_word && spoken_of)
}

/// Byte spans of URLs, e-mail-like strings and international phone numbers, whose digits are
/// never figures.
pub fn url_spans(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    phone_spans(text, &mut out);
    if !text.contains("://") && !text.contains("www.") {
        return out;
    }
    let mut from = 0;
    while let Some(pos) = ["http://", "https://", "www."]
        .iter()
        .filter_map(|p| text[from..].find(p))
        .min()
    {
        let start = from + pos;
        let end = text[start..]
            .find(char::is_whitespace)
            .map_or(text.len(), |e| start + e);
        out.push((start, end));
        from = end;
    }
    out
}

/// Adds the spans of international phone numbers ("+44 7624 800 100"): a plus sign opening
/// digits, spaces, brackets and dashes that hold eight digits or more.
fn phone_spans(text: &str, out: &mut Vec<(usize, usize)>) {
    let mut from = 0;
    while let Some(pos) = text[from..].find('+') {
        let start = from + pos;
        from = start + 1;
        let opens = text[..start].ends_with(|c: char| c.is_whitespace() || c == '(') || start == 0;
        if !opens || !text[start + 1..].starts_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        let len = text[start + 1..]
            .find(|c: char| !(c.is_ascii_digit() || matches!(c, ' ' | '-' | '(' | ')')))
            .unwrap_or(text.len() - start - 1);
        let span = text[start + 1..start + 1 + len].trim_end();
        if span.bytes().filter(u8::is_ascii_digit).count() >= 8 {
            out.push((start, start + 1 + span.len()));
            from = start + 1 + span.len();
        }
    }
}

/// Is token `i` a number that opens a bare domain name ("350.org")? A glued full stop and a
/// top-level domain follow it, ending the word.
pub fn is_domain(text: &str, toks: &Toks, i: usize) -> bool {
    tok_is(text, toks, i + 1, ".")
        && glued(toks, i + 1)
        && glued(toks, i + 2)
        && toks.get(i + 2).is_some_and(|t| {
            t.kind == Kind::Word
                && matches!(&text[t.start..t.end], "org" | "com" | "net" | "gov" | "edu")
        })
        && toks
            .get(i + 3)
            .is_none_or(|t| !t.glued || t.kind == Kind::Sym)
}

/// "[219]", a footnote marker; "501(c)(3)", "section 2(a)(1)": brackets glued to the code
/// before them; "JAN'87", a table's month and short year. Is the number at token `j` such a
/// mark, no quantity?
pub fn is_marker(text: &str, toks: &Toks, j: usize) -> bool {
    let sym_is = |k: usize, s: &str| toks.get(k).is_some_and(|t| &text[t.start..t.end] == s);
    let footnote = j > 0 && sym_is(j - 1, "[") && sym_is(j + 1, "]");
    let short_year = j > 1
        && (sym_is(j - 1, "'") || sym_is(j - 1, "’"))
        && toks[j - 1].glued
        && toks[j].glued
        && toks[j].end - toks[j].start == 2
        && super::scan::is_month(text, toks, j - 2);
    footnote
        || short_year
        || j > 1
            && sym_is(j - 1, "(")
            && toks[j - 1].glued
            && toks[j].glued
            && sym_is(j + 1, ")")
            && toks[j + 1].glued
            && !matches!(toks[j - 2].kind, Kind::Sym if !sym_is(j - 2, ")"))
}

/// A "-plus" glued at token `at`: "90-plus percent", "$600 billion-plus".
pub(super) fn plus_after(text: &str, toks: &Toks, at: usize) -> bool {
    toks.get(at)
        .is_some_and(|t| t.glued && &text[t.start..t.end] == "-")
        && toks
            .get(at + 1)
            .is_some_and(|t| t.glued && text[t.start..t.end].eq_ignore_ascii_case("plus"))
}

/// "pensions for over-75s", "unsuitable for under-13s": people over or under an age, written
/// "over-", the number (its first token `first`) and a glued "s" at token `at`; the bound and
/// the token after the "s".
pub(super) fn age_group(
    text: &str,
    toks: &Toks,
    first: usize,
    at: usize,
) -> Option<(Change, usize)> {
    let raw = |k: usize| toks.get(k).map_or("", |t| &text[t.start..t.end]);
    let glued = |k: usize| toks.get(k).is_some_and(|t| t.glued);
    if first < 2 || raw(at) != "s" || !glued(at) || raw(first - 1) != "-" || !glued(first) {
        return None;
    }
    // (not a team: "the England Under-21s")
    let bound = match raw(first - 2) {
        "over" => Change::More,
        "under" => Change::Less,
        _ => return None,
    };
    (glued(first - 1) && raw(first).len() <= 2).then_some((bound, at + 1))
}

/// "a white male in his 50s", "lawmakers in their 80s": an age by its decade, written after a
/// possessive, or after another such age and "and", "or" or "to" ("in their 80s and 90s") (the
/// number's first token `first`, a glued "s" at token `at`); the token after the "s".
pub(super) fn decade_age(
    text: &str,
    toks: &Toks,
    first: usize,
    at: usize,
    value: f64,
) -> Option<usize> {
    let raw = |k: usize| toks.get(k).map_or("", |t| &text[t.start..t.end]);
    let decade = value % 10.0 == 0.0 && (10.0..=90.0).contains(&value);
    let owned = first > 0
        && matches!(
            raw(first - 1),
            "his" | "her" | "their" | "my" | "your" | "our"
        );
    let after_another = || {
        first >= 4
            && matches!(raw(first - 1), "and" | "or" | "to")
            && toks[first - 2].glued
            && raw(first - 3)
                .parse::<f64>()
                .is_ok_and(|v| decade_age(text, toks, first - 3, first - 2, v).is_some())
    };
    let owned = owned || decade && after_another();
    (decade && owned && raw(at) == "s" && toks.get(at).is_some_and(|t| t.glued)).then_some(at + 1)
}

/// "the 4x100m relay": a relay's distance (token `j`), a number glued to an "x" glued to a
/// single digit, the number of legs, and glued to an "m" after it.
pub(super) fn relay_leg(text: &str, toks: &Toks, j: usize) -> bool {
    let raw = |k: usize| toks.get(k).map_or("", |t| &text[t.start..t.end]);
    let glued = |k: usize| toks.get(k).is_some_and(|t| t.glued);
    j >= 2
        && raw(j - 1) == "x"
        && glued(j)
        && glued(j - 1)
        && raw(j - 2).len() == 1
        && toks[j - 2].kind == Kind::Num
        && raw(j + 1) == "m"
        && glued(j + 1)
}

#[cfg(test)]
mod tests {
    use super::super::lexer::lex;
    use super::*;

    #[test]
    fn powers() {
        let p = |s: &str| power(s, &lex(s), 1, 1.0).map(|(f, _)| f);
        assert_eq!(p("3×10^8"), Some(1e8));
        assert_eq!(p("2.48×10−5"), Some(1e-5));
        assert_eq!(p("5.5x10-3"), Some(1e-3));
        assert_eq!(p("8x2^10"), Some(1024.0));
        assert_eq!(p("4x10 room"), None);
        assert_eq!(p("4 x 10"), None);
    }

    #[test]
    fn ratios_and_codes() {
        let lexicon = Lexicon::get();
        let r = |s: &str| ratio(s, &lex(s), 1, 1.0, lexicon).map(|(v, _)| v);
        assert_eq!(r("one in five adults"), Some(0.2));
        // (a noun counted between "one" and "in", its ratio ending its phrase)
        assert_eq!(r("one household in three will be"), Some(1.0 / 3.0));
        assert_eq!(r("one school in three districts"), None);
        assert_eq!(r("1 in 10"), Some(0.1));
        assert_eq!(r("1 in 2020"), None);
        assert_eq!(r("1 in 10 minutes"), None);
        assert_eq!(r("1 in 5 million"), None);
        assert_eq!(r("1 out of 10 people"), Some(0.1));
        assert_eq!(r("1 out of 1 mark"), Some(1.0));
        assert_eq!(r("1 out of 2020"), None);
        assert_eq!(r("1 times out of 4"), Some(0.25));
        assert_eq!(r("1 times in 4"), None);
        assert_eq!(r("1-in-5 adults"), Some(0.2));
        let s = "30 MUSD and 60 MUSE and 5 musd";
        let toks = lex(s);
        assert!(million_code(s, &toks, 1, lexicon).is_some());
        assert!(million_code(s, &toks, 4, lexicon).is_none());
        assert!(million_code(s, &toks, 7, lexicon).is_none());
    }

    #[test]
    fn addresses() {
        let a = |s: &str, k: usize| is_address(s, &lex(s), k, k + 1);
        assert!(a("123 Random Street", 0));
        assert!(a("at 10 Downing St.", 1));
        assert!(a("Cloud City, PA 23456 F Block", 4));
        assert!(!a("123 people", 0));
        assert!(!a("12 Angry Men", 0));
        assert!(!a("4 Supreme Court justices", 0));
    }
}
