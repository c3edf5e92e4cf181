//! Numerals as written in digits: thousands separators, decimals and vulgar fractions
//! (`1,500,000.25`, `½`). Number words and scales are read in [`super::number`].

use super::lexer::Toks;

/// Parses digits with thousands separators and a decimal point: `1,500,000.25`.
pub fn parse_digits(s: &str) -> Option<f64> {
    // plain digits (most numbers): read directly, exact below 2^53 as `str::parse` is
    if (1..=15).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit()) {
        let n = s.bytes().fold(0u64, |n, b| n * 10 + u64::from(b - b'0'));
        return Some(n as f64);
    }
    // tokenized text: "6 . 2", "10 , 000" (see the lexer)
    let unspaced;
    let s = if s.contains(' ') {
        unspaced = s.replace(' ', "");
        unspaced.as_str()
    } else {
        s
    };
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) if !f.contains('.') && !f.contains(',') => (i, Some(f)),
        Some(_) => return None,
        None => (s, None),
    };
    if !int.contains(',') {
        // no separators: the digits as written (most numbers)
        return s.parse().ok();
    }
    let mut groups = int.split(',');
    let first = groups.next()?;
    let mut digits = first.to_string();
    for g in groups {
        if g.len() != 3 || first.len() > 3 || first.is_empty() {
            return None;
        }
        digits.push_str(g);
    }
    if let Some(f) = frac {
        digits.push('.');
        digits.push_str(f);
    }
    digits.parse().ok()
}

/// The value of a vulgar-fraction character: `½`, `¾`.
pub(super) fn vulgar_fraction(s: &str) -> Option<f64> {
    Some(match s {
        "½" => 0.5,
        "¼" => 0.25,
        "¾" => 0.75,
        "⅓" => 1.0 / 3.0,
        "⅔" => 2.0 / 3.0,
        "⅕" => 0.2,
        "⅛" => 0.125,
        _ => return None,
    })
}

/// Is `w` a whole amount written with thousands separators ("20,000", "222,500")?
pub fn thousands(w: &str) -> bool {
    let mut groups = w.split(',');
    groups
        .next()
        .is_some_and(|g| (1..=3).contains(&g.len()) && g.bytes().all(|b| b.is_ascii_digit()))
        && w.contains(',')
        && groups.all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()))
}

/// "40/64 inch chokes": `n` 64ths (`d` = 64) before "inch" at token `k` (or "-inch"), a
/// choke's size, which need not be in lowest terms.
pub(super) fn inch_64ths(text: &str, toks: &Toks, n: f64, d: f64, k: usize) -> bool {
    let raw = |k: usize| toks.get(k).map_or("", |t| &text[t.start..t.end]);
    let inch = |k: usize| matches!(raw(k), "inch" | "inches");
    d == 64.0
        && n.fract() == 0.0
        && (1.0..64.0).contains(&n)
        && (inch(k) || raw(k) == "-" && inch(k + 1))
}

/// Is `n/d` written as fractions are: a proper fraction in lowest terms over a usual
/// denominator ("3/4", "5/16", "7/10", "1/100")?
pub(super) fn is_fraction(n: f64, d: f64) -> bool {
    const DENOMINATORS: &[u32] = &[2, 3, 4, 5, 6, 8, 10, 16, 32, 64, 100, 1000];
    if n.fract() != 0.0 || d.fract() != 0.0 || n < 1.0 || n >= d || d > 1000.0 {
        return false;
    }
    let (n, d) = (n as u32, d as u32);
    let gcd = |mut a: u32, mut b: u32| {
        while b != 0 {
            (a, b) = (b, a % b);
        }
        a
    };
    DENOMINATORS.contains(&d) && gcd(n, d) == 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_digits_read_as_str_parse_reads_them() {
        for s in [
            "0",
            "7",
            "0042",
            "2026",
            "999999999999999",
            "9999999999999999",
            "12.5",
        ] {
            assert_eq!(parse_digits(s), s.parse().ok(), "{s}");
        }
        assert_eq!(parse_digits("1,500,000.25"), Some(1_500_000.25));
        assert_eq!(parse_digits("1,50"), None);
    }
}
