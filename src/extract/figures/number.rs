//! Numbers as news writes them: `1,500,000`, `1.5`, `2 1/2`, `½`, `twelve`, `a dozen`,
//! `half a million`, `two-thirds`, each optionally followed by scale words (`20 million`,
//! `1.5bn`).

use super::lexer::{Kind, Tok, Toks};
use super::lexicon::Lexicon;
use super::scale::scale_after_share;

pub use super::bound::{bound_ending, bound_opening};
pub use super::digits::parse_digits;
use super::digits::{is_fraction, thousands, vulgar_fraction};
pub use super::scale::{apply_scale, scaled};

/// A parsed number: its value and the tokens it spans.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Number {
    /// The value, scale applied.
    pub value: f64,
    /// First token.
    pub first: usize,
    /// One past the last token.
    pub next: usize,
    /// The scale word's factor, if one was applied (1.0 otherwise).
    pub scale: f64,
    /// Spelled out in words.
    pub words: bool,
}

/// The text of token `i` lower-cased; borrowed when it already is (most words of news text).
#[inline]
pub fn word<'t>(text: &'t str, toks: &'t Toks, i: usize) -> Option<std::borrow::Cow<'t, str>> {
    let t = toks.get(i)?;
    let w = &text[t.start..t.end];
    if t.folded {
        // the common case, kept small so that it inlines at every caller
        Some(std::borrow::Cow::Borrowed(w))
    } else {
        Some(capitalised(text, toks, t, w))
    }
}

/// The lower case of the capitalised token `t` (text `w`) of `text`.
#[inline(never)]
fn capitalised<'t>(
    text: &'t str,
    toks: &'t Toks,
    t: &Tok,
    w: &'t str,
) -> std::borrow::Cow<'t, str> {
    if let Some(low) = toks.lower_of(text, t) {
        std::borrow::Cow::Borrowed(low)
    } else if w.is_ascii() {
        std::borrow::Cow::Owned(w.to_ascii_lowercase())
    } else {
        std::borrow::Cow::Owned(w.to_lowercase())
    }
}

/// Parses the number starting at token `i`, if any (without scale words).
pub fn parse_at(text: &str, toks: &Toks, i: usize, lex: &Lexicon) -> Option<Number> {
    let tok = toks.get(i)?;
    let mut n = match tok.kind {
        Kind::Num => parse_numeral(text, toks, i)?,
        Kind::Sym => {
            let v = vulgar_fraction(&text[tok.start..tok.end])?;
            Number {
                value: v,
                first: i,
                next: i + 1,
                scale: 1.0,
                words: false,
            }
        }
        Kind::Word => parse_words(text, toks, i, lex)?,
    };
    // "two and a half", "3 and a quarter", "one and one-half" (and "two-and-a-half")
    let h = usize::from(
        toks.get(n.next)
            .is_some_and(|t| t.glued && &text[t.start..t.end] == "-"),
    );
    if n.value.fract() == 0.0 && word(text, toks, n.next + h).as_deref() == Some("and") {
        let article = word(text, toks, n.next + 1 + 2 * h);
        let mut k = n.next + 2 + 3 * h;
        if toks
            .get(k)
            .is_some_and(|t| &text[t.start..t.end] == "-" && article.as_deref() == Some("one"))
        {
            k += 1;
        }
        let fraction = match word(text, toks, k).as_deref() {
            Some("half") => Some(0.5),
            Some("quarter") => Some(0.25),
            _ => None,
        };
        if let (Some(f), Some("a" | "one")) = (fraction, article.as_deref()) {
            n.value += f;
            n.next = k + 1;
        } else if h == 0 && article.as_deref() == Some("half") {
            // ("the last two and half years": the article dropped before a span of time)
            let span = word(text, toks, n.next + 2).is_some_and(|w| {
                matches!(
                    &*w,
                    "years" | "months" | "weeks" | "days" | "hours" | "minutes" | "decades"
                )
            });
            if span {
                n.value += 0.5;
                n.next += 2;
            }
        }
    }
    Some(n)
}

fn parse_numeral(text: &str, toks: &Toks, i: usize) -> Option<Number> {
    let tok = toks[i];
    let mut value = parse_digits(&text[tok.start..tok.end])?;
    let mut next = i + 1;
    let sym = |j: usize, s: &str| {
        toks.get(j)
            .is_some_and(|t| t.glued && &text[t.start..t.end] == s)
    };
    let num = |j: usize| toks.get(j).filter(|t| t.glued && t.kind == Kind::Num);
    // thousands separated by spaces: "10 000", "1 500 000" (one space: not a table's columns,
    // "254      236")
    let plain =
        |t: &Tok| t.kind == Kind::Num && text[t.start..t.end].bytes().all(|b| b.is_ascii_digit());
    let one_space = |k: usize| text[toks[k - 1].end..toks[k].start].chars().count() == 1;
    // (nor a day of the month before an amount: "on July 6 100 mln dlrs")
    let day = tok.end - tok.start <= 2 && i > 0 && super::scan::is_month(text, toks, i - 1);
    if plain(&tok) && tok.end - tok.start <= 3 && !day {
        while let Some(t) = toks
            .get(next)
            .filter(|t| !t.glued && plain(t) && t.end - t.start == 3 && one_space(next))
        {
            // (nor a fraction's numerator, nor a range after a range's end: "us 1-3 220-260
            // lbs")
            let range_end =
                i > 0 && toks[i].glued && &text[toks[i - 1].start..toks[i - 1].end] == "-";
            let sym_after = |s: &str| {
                toks.get(next + 1)
                    .is_some_and(|n| n.glued && &text[n.start..n.end] == s)
            };
            // (nor a model's number after a count: "the sale of 10 737-800 planes")
            if sym_after("/") || (range_end || next == i + 1) && sym_after("-") {
                break;
            }
            value = value * 1000.0 + parse_digits(&text[t.start..t.end])?;
            next += 1;
        }
    }
    // "3×10^8", "2.48×10−5"
    if let Some((raised, after)) = super::notation::power(text, toks, next, value) {
        return Some(Number {
            value: raised,
            first: i,
            next: after,
            scale: 1.0,
            words: false,
        });
    }
    // a/b, and a mixed number "2 1/2" ("15.4/hour" is a rate: the slash is left to it)
    let denominator = num(next + 1).and_then(|t| parse_digits(&text[t.start..t.end]));
    let digits = |k: usize| num(k).and_then(|t| parse_digits(&text[t.start..t.end]));
    // ("May settling at 1.59-1/2 dlrs": a grain price in dollars and cents, and a fraction of
    // a cent)
    let in_cents = next == i + 1
        && text[tok.start..tok.end]
            .split_once('.')
            .is_some_and(|(_, f)| f.len() == 2);
    let hyphen_mixed = match (sym(next, "-") && sym(next + 2, "/"), digits(next + 1)) {
        (true, Some(n)) => digits(next + 3).filter(|&d| {
            // ("closed at 100-10/32": a bond's price in 32nds keeps its even ticks)
            let tick = (d == 32.0 || d == 64.0) && n.fract() == 0.0 && (1.0..d).contains(&n);
            (value.fract() == 0.0 || in_cents) && !sym(next + 4, "/") && (is_fraction(n, d) || tick)
        }),
        _ => None,
    };
    if let Some(d) = hyphen_mixed {
        // "1-1/4 pct", "8-5/8": a mixed number as market reports write it
        let cents = if value.fract() == 0.0 { 1.0 } else { 100.0 };
        value += digits(next + 1).unwrap_or(0.0) / d / cents;
        next += 4;
    } else if super::notation::dealer_quote(text, toks, next, value).is_some() {
        // "145.20/30 yen": a two-way price, read as a range by the caller
    } else if let (true, Some(denom)) = (sym(next, "/"), denominator) {
        // "805/807" (a quote), "1986/87", "24/7", "50/50", "9/11", "9/12": pairs, dates and
        // names, not fractions; a fraction is written in lowest terms over a usual denominator
        // ("1/280th of our entire fleet", "1/1,024th": an ordinal denominator is a fraction)
        let ordinal = toks
            .get(next + 2)
            .is_some_and(|t| t.glued && matches!(&text[t.start..t.end], "th" | "st" | "nd" | "rd"))
            && value == 1.0;
        // ("range 20,000/35,000 mt bulk wheat 5,000/222,500": amounts grouped in thousands
        // on both sides of the slash are two figures, when not a range, `dealer_quote`)
        let grouped = |k: usize| {
            toks.get(k)
                .is_some_and(|t| thousands(&text[t.start..t.end]))
        };
        // (a pair written high to low is a range read elsewhere: "the 1,100/1,050 stg area")
        let falling = denom < value && denom * 2.0 > value;
        // ("bagged sugar 750/750 20-30/4": nor a charter's rates)
        let rates = super::markers::charter_rates(text, toks, i);
        if (grouped(i) && grouped(next + 1) && !sym(next + 2, "/") && !falling) || rates {
            return Some(Number {
                value,
                first: i,
                next,
                scale: 1.0,
                words: false,
            });
        }
        // ("through 40/64 inch chokes": a choke's size in 64ths of an inch, not in lowest terms)
        let sixty_fourths = super::digits::inch_64ths(text, toks, value, denom, next + 2);
        if !ordinal && (sym(next + 2, "/") || !(is_fraction(value, denom) || sixty_fourths)) {
            return None;
        }
        value /= denom;
        next += 2 + usize::from(ordinal);
    } else if sym(next, "/") {
        // a rate or a path: the number stands alone
    } else if let Some(t) = toks.get(next).filter(|t| !t.glued && t.kind == Kind::Num) {
        if sym(next + 1, "/") && !sym(next + 3, "/") {
            let n = parse_digits(&text[t.start..t.end]);
            let d = num(next + 2).and_then(|t| parse_digits(&text[t.start..t.end]));
            if let (Some(n), Some(d)) = (n, d) {
                if is_fraction(n, d) && value.fract() == 0.0 {
                    value += n / d;
                    next += 3;
                }
            }
        }
    } else if let Some(f) = toks
        .get(next)
        .filter(|t| t.glued)
        .and_then(|t| vulgar_fraction(&text[t.start..t.end]))
    {
        value += f;
        next += 1;
    }
    Some(Number {
        value,
        first: i,
        next,
        scale: 1.0,
        words: false,
    })
}

fn parse_words(text: &str, toks: &Toks, i: usize, lex: &Lexicon) -> Option<Number> {
    let mut total = 0.0;
    let mut largest_scale: f64 = 1.0;
    let mut current: Option<f64> = None;
    let mut j = i;
    let mut last_good = None;
    let mut article = false;
    while let Some(w) = word(text, toks, j) {
        let tok = toks[j];
        if tok.kind == Kind::Sym && w == "-" && current.is_some() {
            j += 1;
            continue;
        }
        // "twice as high", "double the figure", "just once": multiples and counts of times
        // (`multiple.rs`)
        if j == i && matches!(&*w, "twice" | "thrice" | "double" | "triple" | "once") {
            return super::multiple::multiple(text, toks, i, &w, lex);
        }
        // ("rose tenfold", "a threefold increase": a multiple written as one word)
        if j == i {
            let times = w.strip_suffix("fold").and_then(|m| lex.numbers.get(m));
            if let Some(&v) = times.filter(|&&v| v >= 2.0) {
                return Some(Number {
                    value: v,
                    first: i,
                    next: i + 1,
                    scale: 1.0,
                    words: true,
                });
            }
        }
        if j == i && matches!(&*w, "last" | "past" | "next") {
            return super::article::the_last_unit_and_a_half(text, toks, i, lex);
        }
        if (w == "a" || w == "an") && j == i {
            // "more than a year", "less than an hour", "nearly a decade": after a bound, an
            // article before a unit is one of it (not "a year ago", "$5 a barrel")
            if let Some(one) = super::article::one_after_bound(text, toks, i, lex) {
                return Some(one);
            }
            article = true;
            j += 1;
            continue;
        }
        // "and" joins only after a hundred or more: "one hundred and five", "two thousand and
        // six", not "one and two"
        let after_scale = total > 0.0 || current.is_some_and(|c| c >= 100.0);
        if w == "and"
            && after_scale
            && last_good.is_some()
            && word(text, toks, j + 1)
                .is_some_and(|n| lex.numbers.get(&*n).is_some_and(|&v| v >= 1.0))
        {
            j += 1;
            continue;
        }
        // "half a dozen other potential buyers": six
        if w == "half"
            && j == i
            && word(text, toks, j + 1).as_deref() == Some("a")
            && word(text, toks, j + 2).as_deref() == Some("dozen")
        {
            return Some(Number {
                value: 6.0,
                first: i,
                next: j + 3,
                scale: 1.0,
                words: true,
            });
        }
        // "half a million", "half million", "a quarter of a million": a share of a scale word
        if (w == "half" || w == "quarter") && (j == i || article) {
            if let Some((scale, next)) = scale_after_share(text, toks, j, lex) {
                let f = if w == "half" { 0.5 } else { 0.25 };
                return Some(Number {
                    value: f * scale,
                    first: i,
                    next,
                    scale,
                    words: true,
                });
            }
        }
        // "a half-dozen", "a half-century", "a half hour", "half an hour", "half a mile": half
        // of the unit after it (only after an article or before one: not "half-price",
        // "first half-year results")
        if (w == "half" || w == "quarter") && (j == i || (article && j == i + 1)) {
            let share = if w == "half" { 0.5 } else { 0.25 };
            if let Some(n) = super::article::share_of_unit(text, toks, (i, j), share, article, lex)
            {
                return Some(n);
            }
        }
        // "half of whites", "more than half": a share of a whole (`half.rs`)
        if w == "half" {
            if let Some(n) = super::half::half_share(text, toks, i, j, article) {
                return Some(n);
            }
        }
        // "a third of voters", "cut by a quarter": a fraction after an article (`half.rs`)
        if article && j == i + 1 {
            if let Some(n) = super::half::fraction_share(text, toks, i, j, &w, lex) {
                return Some(n);
            }
        }
        // "a couple of games": two, with its of-phrase (not "the couple"); "a couple weeks
        // ago": or a plural unit right after it
        let of = word(text, toks, j + 1).as_deref() == Some("of");
        // ("a couple issues like peace", "a couple things we want": or a plural noun before
        // what it is said of; not a caption's verb, "A couple celebrates at", "runs from")
        let plural_unit = || {
            word(text, toks, j + 1).is_some_and(|u| u.ends_with('s'))
                && (super::units::unit_at(text, toks, j + 1, lex).is_some()
                    || super::counted::counted_noun(text, toks, j + 1, lex).is_some()
                        && word(text, toks, j + 2).is_some_and(|w| {
                            matches!(
                                &*w,
                                "of" | "that"
                                    | "who"
                                    | "which"
                                    | "like"
                                    | "we"
                                    | "i"
                                    | "you"
                                    | "they"
                                    | ","
                                    | "."
                                    | "ago"
                                    | "later"
                                    | "earlier"
                            )
                        }))
        };
        // ("these couple of dozen emails", "a couple hundred people": two of the scale after it)
        if w == "couple" && (j == i || article && j == i + 1) {
            let at = j + 1 + usize::from(of);
            let scale = word(text, toks, at).and_then(|s| match &*s {
                "dozen" => Some(12.0),
                "hundred" | "thousand" | "million" | "billion" => lex.scales.get(&*s).copied(),
                _ => None,
            });
            if let Some(s) = scale {
                return Some(Number {
                    value: 2.0 * s,
                    first: i,
                    next: at + 1,
                    scale: if s >= 100.0 { s } else { 1.0 },
                    words: true,
                });
            }
        }
        if w == "couple" && article && j == i + 1 && (of || plural_unit()) {
            let (first, next) = (i, j + 1 + usize::from(of));
            return Some(Number {
                value: 2.0,
                first,
                next,
                scale: 1.0,
                words: true,
            });
        }
        // ("the twenty-eighth floor", "the twenty-first century": a tens word hyphened to a
        // singular ordinal is an ordinal, no figure; not "twenty-three eighths", "two-thirds",
        // nor "a thirty-second ad", thirty seconds)
        let tens = current.is_some_and(|c| (20.0..100.0).contains(&c) && c % 10.0 == 0.0);
        let hyphened = || {
            j > 0
                && toks[j - 1].kind == Kind::Sym
                && &text[toks[j - 1].start..toks[j - 1].end] == "-"
        };
        let singular_fraction =
            || !w.ends_with('s') && lex.numbers.get(&*w).is_some_and(|&n| n > 0.0 && n < 0.5);
        if tens && hyphened() && (w == "first" || singular_fraction()) {
            return None;
        }
        if let Some(&n) = lex.numbers.get(&*w) {
            let is_fraction = n < 1.0 && n > 0.0;
            if is_fraction {
                // "two-thirds", "three quarters": only after a number word
                match current {
                    // (quarters of a year: "two quarters ahead", "for three quarters")
                    Some(c)
                        if w.starts_with("quarter")
                            && super::quarters::quarters_of_year(text, toks, i, j, c) =>
                    {
                        break
                    }
                    // "two-thirds", "one sixth", "one-half" (but not "two half")
                    // ("three quarters of a million": of a scale word)
                    Some(c) if w != "half" || c == 1.0 => {
                        let (scale, next) =
                            scale_after_share(text, toks, j, lex).unwrap_or((1.0, j + 1));
                        current = Some(c * n * scale);
                        largest_scale = largest_scale.max(scale);
                        last_good = Some(next);
                        break;
                    }
                    _ => break,
                }
            }
            // words add up only as tens and units, or after a hundred: "twenty-one", "one
            // hundred five" (not "one eight-hour stretch", "two one-year terms")
            let adds = match current {
                None => true,
                Some(c) => {
                    (c % 100.0 >= 20.0 && c % 10.0 == 0.0 && n < 10.0)
                        || (c >= 100.0 && c % 100.0 == 0.0 && n < 100.0)
                }
            };
            if w == "dozen" {
                current = Some(current.unwrap_or(1.0) * 12.0);
            } else if adds {
                current = Some(current.unwrap_or(0.0) + n);
            } else {
                break;
            }
            j += 1;
            last_good = Some(j);
            continue;
        }
        // ("a grand timing plan": "grand" after an article alone is an adjective)
        // ("two grand slams": nor before a noun it describes; "two grand a month" sums)
        let adjective = w == "grand"
            && word(text, toks, j + 1).is_some_and(|n| {
                n.bytes().all(|b| b.is_ascii_lowercase())
                    && (current.is_none() || !lex.concept.function_words.contains(&*n))
            });
        // ("the million-dollar threshold": a bare scale word glued to money names that sum)
        let money_hyphen = || {
            j == i
                && toks
                    .get(j + 1)
                    .is_some_and(|t| t.glued && &text[t.start..t.end] == "-")
                && word(text, toks, j + 2).is_some_and(|u| {
                    lex.unit_for_alias(&u)
                        .is_some_and(|u| u.dimension == "currency")
                })
        };
        match lex.scales.get(&*w) {
            Some(&s)
                if (current.is_some() || article || money_hyphen())
                    && !adjective
                    && s >= 100.0
                    && w.chars().all(char::is_alphabetic)
                    && w.len() > 2 =>
            {
                if s == 100.0 {
                    current = Some(current.unwrap_or(1.0) * 100.0);
                } else {
                    total += current.unwrap_or(1.0) * s;
                    current = None;
                    largest_scale = largest_scale.max(s);
                }
                j += 1;
                last_good = Some(j);
            }
            _ => break,
        }
    }
    let next = last_good?;
    let value = total + current.unwrap_or(0.0);
    // "a two-horse race": the article counts only before a dozen or a scale ("a dozen", "a
    // hundred")
    let counted_article =
        word(text, toks, i + 1).is_some_and(|w| w == "dozen" || lex.scales.contains_key(&*w));
    let first = if article && !counted_article {
        i + 1
    } else {
        i
    };
    Some(Number {
        value,
        first,
        next,
        // ("between one and two million": the scale the second end shares with the first)
        scale: largest_scale,
        words: true,
    })
}

#[cfg(test)]
mod tests {
    use super::super::lexer::lex;
    use super::*;

    fn num(text: &str) -> Option<f64> {
        let toks = lex(text);
        let lexicon = Lexicon::get();
        let n = parse_at(text, &toks, 0, lexicon)?;
        Some(apply_scale(text, &toks, n, true, lexicon).value)
    }

    #[test]
    fn numerals() {
        assert_eq!(num("1,500,000"), Some(1.5e6));
        // scaled as decimals, not as float products
        assert_eq!(num("32.88 billion"), Some(32_880_000_000.0));
        assert_eq!(num("16.1 mln"), Some(16_100_000.0));
        assert_eq!(num("2 1/2 in"), Some(2.5));
        assert_eq!(num("3/4"), Some(0.75));
        assert_eq!(num("805/807"), None);
        assert_eq!(num("1986/87"), None);
        assert_eq!(num("9/11"), None);
        assert_eq!(num("9/12"), None);
        assert_eq!(num("5/16"), Some(5.0 / 16.0));
        assert_eq!(num("1,50"), None);
        assert_eq!(num("20mn"), Some(2e7));
        assert_eq!(num("1.5bn"), Some(1.5e9));
        assert_eq!(num("5.93 mln"), Some(5.93e6));
        assert_eq!(num("20 million"), Some(2e7));
        assert_eq!(num("0.5k"), Some(500.0));
    }

    #[test]
    fn words() {
        assert_eq!(num("twelve"), Some(12.0));
        assert_eq!(num("a dozen"), Some(12.0));
        assert_eq!(num("a hundred and two"), Some(102.0));
        assert_eq!(num("twenty-five"), Some(25.0));
        assert_eq!(num("half a million"), Some(5e5));
        assert_eq!(num("two-thirds"), Some(2.0 / 3.0));
        assert_eq!(num("three million"), Some(3e6));
        assert_eq!(num("third"), None);
        assert_eq!(num("a"), None);
    }

    #[test]
    fn halves_fractions_and_joins() {
        assert_eq!(num("two and a half"), Some(2.5));
        assert_eq!(num("3 and a quarter"), Some(3.25));
        // (the article dropped before a span of time only)
        assert_eq!(num("two and half years"), Some(2.5));
        assert_eq!(num("two and half of them"), Some(2.0));
        assert_eq!(num("one and one-half million"), Some(1.5e6));
        assert_eq!(num("one-half"), Some(0.5));
        assert_eq!(num("one sixth"), Some(1.0 / 6.0));
        assert_eq!(num("two thousand and six"), Some(2006.0));
        // "and" joins only after a hundred or more
        assert_eq!(num("one and two"), Some(1.0));
        // a slash before a word is a rate, not a fraction
        assert_eq!(num("15.4/hour"), Some(15.4));
        // a choke's 64ths of an inch need not be in lowest terms; other pairs must
        assert_eq!(num("40/64 inch chokes"), Some(0.625));
        assert_eq!(num("40/64-inch chokes"), Some(0.625));
        assert_ne!(num("40/64 of them"), Some(0.625));
        assert_eq!(num("2.174T"), Some(2.174e12));
        // a bond's price in 32nds, even ticks and all
        assert_eq!(num("100-10/32"), Some(100.3125));
    }
}
