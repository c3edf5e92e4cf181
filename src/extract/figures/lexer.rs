//! The figure lexer: splits a sentence into numbers, words and symbols with byte spans.
//!
//! Unlike the search tokenizer it keeps every symbol (`$`, `%`, `-`, `/`) because figures are
//! made of them, and it records whether a token is glued to the previous one (`20mn`, `$11`).
//! It also knows the word classes that the scanner, the change reader and the concept reader
//! all ask about: determiners, and adverbs by their form.

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Digits with `,`/`.` separators: `1,500,000.5`.
    Num,
    /// Letters, with inner apostrophes and dots: `China’s`, `u.s`.
    Word,
    /// Any other single character.
    Sym,
}

/// One token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tok {
    /// What it is.
    pub kind: Kind,
    /// Byte offset of its start.
    pub start: usize,
    /// Byte offset just past it.
    pub end: usize,
    /// No white space between this token and the previous one.
    pub glued: bool,
    /// The token has no upper-case letter, so its lower-case form is its own text.
    pub folded: bool,
}

/// The tokens of one text, with the text's lower-case form when it has the same byte offsets,
/// so that asking for a capitalised word's lower case costs no allocation.
#[derive(Debug, Clone, Default)]
pub struct Toks {
    toks: Vec<Tok>,
    /// The text in lower case, computed at the first capitalised word asked for (most
    /// sentences have no figure and never ask).
    lower: std::cell::OnceCell<Option<String>>,
    /// The lexed text's length, to check that `lower` is asked of the same text.
    len: usize,
}

impl std::ops::Deref for Toks {
    type Target = [Tok];
    fn deref(&self) -> &[Tok] {
        &self.toks
    }
}

impl Toks {
    /// The lower case of token `t` of `text` (the text these tokens were lexed from) when the
    /// text's lower case keeps its offsets.
    pub fn lower_of(&self, text: &str, t: &Tok) -> Option<&str> {
        if text.len() != self.len {
            return None;
        }
        self.lower
            .get_or_init(|| lower_case(text))
            .as_deref()?
            .get(t.start..t.end)
    }
}

/// `text` in lower case, when every character's lower case has the same length in UTF-8 (so
/// a token's span is the same in both); `None` for the rare text where one does not.
fn lower_case(text: &str) -> Option<String> {
    // the ASCII letters at once, then each character past ASCII (most are quotes and dashes,
    // which have no case)
    let mut out = text.to_ascii_lowercase();
    if text.is_ascii() {
        return Some(out);
    }
    let leads = text.bytes().enumerate().filter(|&(_, b)| b >= 0xc0);
    for (i, _) in leads {
        let c = text[i..].chars().next()?;
        let mut low = c.to_lowercase();
        match (low.next(), low.next()) {
            (Some(l), None) if l == c => {}
            // a final sigma depends on its context: left to `str::to_lowercase`
            (Some(l), None) if l.len_utf8() == c.len_utf8() && c != 'Σ' => {
                let mut buf = [0u8; 4];
                out.replace_range(i..i + c.len_utf8(), l.encode_utf8(&mut buf));
            }
            _ => return None,
        }
    }
    Some(out)
}

/// Lexes `text` in one pass; linear in its length.
pub fn lex(text: &str) -> Toks {
    Toks {
        toks: lex_tokens(text),
        lower: std::cell::OnceCell::new(),
        len: text.len(),
    }
}

fn lex_tokens(text: &str) -> Vec<Tok> {
    let bytes = text.as_bytes();
    let mut toks = Vec::with_capacity(text.len() / 4);
    let char_at = |i: usize| -> Option<char> {
        match bytes.get(i) {
            Some(&b) if b.is_ascii() => Some(char::from(b)),
            Some(_) => text.get(i..)?.chars().next(),
            None => None,
        }
    };
    let mut last_end = usize::MAX;
    let mut pos = 0;
    while let Some(c) = char_at(pos) {
        let start = pos;
        if c.is_whitespace() {
            pos += c.len_utf8();
            continue;
        }
        if is_invisible(c) {
            // a soft hyphen or zero-width character: as if it were not there ("COVID-\u{ad}19")
            pos += c.len_utf8();
            if last_end == start {
                last_end = pos;
            }
            continue;
        }
        let glued = last_end == start;
        let kind;
        let mut end = start + c.len_utf8();
        // ".3", "+.3": a decimal without its leading zero, after a space or a sign
        let bare_decimal = c == '.'
            && bytes.get(start + 1).is_some_and(u8::is_ascii_digit)
            && (start == 0 || matches!(bytes[start - 1], b' ' | b'+' | b'-' | b'(' | b'$' | b'\t'));
        if c.is_ascii_digit() || bare_decimal {
            kind = Kind::Num;
            while end < bytes.len() {
                let b = bytes[end];
                let next_digit = bytes.get(end + 1).is_some_and(u8::is_ascii_digit);
                if b.is_ascii_digit() || ((b == b',' || b == b'.') && next_digit) {
                    end += 1;
                } else {
                    break;
                }
            }
            // treebank-tokenized text spaces its separators: "6 . 2 %", "10 , 000"
            end = tokenized_separators(bytes, start, end);
            // scientific notation: 4e14, 9.83e-3 (but "the mid-size 7E7" is a model's name)
            if matches!(bytes.get(end), Some(b'e' | b'E')) {
                let sign = usize::from(matches!(bytes.get(end + 1), Some(b'-' | b'+')));
                let model = bytes[end] == b'E' && sign == 0 && !text[start..end].contains('.');
                if !model && bytes.get(end + 1 + sign).is_some_and(u8::is_ascii_digit) {
                    end += 1 + sign;
                    while bytes.get(end).is_some_and(u8::is_ascii_digit) {
                        end += 1;
                    }
                }
            }
        } else if c.is_alphabetic() {
            kind = Kind::Word;
            loop {
                // ASCII letters byte by byte
                end = crate::analysis::words::ascii_letter_run_end(bytes, end);
                let Some(d) = char_at(end) else {
                    break;
                };
                let inner = matches!(d, '\'' | '’' | '.')
                    && char_at(end + d.len_utf8()).is_some_and(char::is_alphabetic)
                    && (d != '.' || end - start == 1 || text[start..end].contains('.'));
                if d.is_alphabetic() || inner {
                    end += d.len_utf8();
                } else {
                    break;
                }
            }
        } else {
            kind = Kind::Sym;
        }
        toks.push(Tok {
            kind,
            start,
            end,
            glued,
            folded: !has_upper(&text[start..end]),
        });
        last_end = end;
        pos = end;
    }
    glue_spaced_fractions(text, &mut toks);
    toks
}

/// Does token `k` open a hyphened word: a hyphen glued to it, then a word glued to that
/// ("second-half", "over-the-counter", "e-mail")?
pub fn opens_hyphened(text: &str, toks: &Toks, k: usize) -> bool {
    toks.get(k + 1)
        .is_some_and(|h| h.glued && &text[h.start..h.end] == "-")
        && toks
            .get(k + 2)
            .is_some_and(|n| n.glued && n.kind == Kind::Word)
}

/// Whether `c` is a character that prints as nothing: a soft hyphen, a zero-width space or
/// joiner, a word joiner, a byte-order mark.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{ad}' | '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}'
    )
}

/// Whether `w` has an upper-case letter; one pass over its bytes, without early exits
/// (a branch on each byte mispredicts).
fn has_upper(w: &str) -> bool {
    let (mut upper, mut ascii) = (false, true);
    for &b in w.as_bytes() {
        upper |= b.is_ascii_uppercase();
        ascii &= b.is_ascii();
    }
    upper || !ascii && w.chars().any(char::is_uppercase)
}

/// Extends the number `bytes[start..end]` over separators that tokenized text writes between
/// spaces: a decimal point ("6 . 2", when the number has none yet) and thousands groups
/// ("10 , 000", "1 , 118"). Prose never puts a space before `.` or `,` between two digits.
fn tokenized_separators(bytes: &[u8], start: usize, mut end: usize) -> usize {
    let digits_from = |k: usize| {
        bytes[k.min(bytes.len())..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count()
    };
    let spaced = |k: usize, sep: u8| {
        bytes.get(k) == Some(&b' ')
            && bytes.get(k + 1) == Some(&sep)
            && bytes.get(k + 2) == Some(&b' ')
    };
    let plain = bytes[start..end]
        .iter()
        .all(|b| b.is_ascii_digit() || *b == b',');
    if !plain {
        return end;
    }
    // thousands: the first group at most three digits, each further group exactly three
    let first_group = bytes[start..end]
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count();
    if first_group <= 3 {
        while spaced(end, b',') && digits_from(end + 3) == 3 {
            end += 6;
        }
    }
    if spaced(end, b'.') {
        let n = digits_from(end + 3);
        if n > 0 {
            end += 3 + n;
        }
    }
    end
}

/// "1 / 4", "7 3 / 4": a fraction written with spaces around the slash (tokenized text) reads
/// like the glued "1/4". Each gap must be one space.
fn glue_spaced_fractions(text: &str, toks: &mut [Tok]) {
    let plain =
        |t: &Tok| t.kind == Kind::Num && text[t.start..t.end].bytes().all(|b| b.is_ascii_digit());
    for k in 0..toks.len().saturating_sub(2) {
        let (a, slash, b) = (toks[k], toks[k + 1], toks[k + 2]);
        if plain(&a)
            && plain(&b)
            && &text[slash.start..slash.end] == "/"
            && slash.start == a.end + 1
            && b.start == slash.end + 1
        {
            toks[k + 1].glued = true;
            toks[k + 2].glued = true;
        }
    }
}

/// Is `w` an adverb by its form, as written ("slightly", "seasonally")?
pub fn is_adverb(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ly") && w.bytes().all(|b| b.is_ascii_lowercase())
}

/// Possessive determiners ("its", "their"): a figure after one describes a noun it owns.
pub fn is_possessive(w: &str) -> bool {
    matches!(w, "its" | "their" | "his" | "her" | "our" | "your" | "my")
}

/// Determiners and possessives that open a noun phrase ("the", "its").
pub fn is_determiner(w: &str) -> bool {
    is_possessive(w)
        || matches!(
            w,
            "the" | "a" | "an" | "this" | "these" | "those" | "all" | "each" | "every"
        )
}

/// Is `text` a title-case headline ("Two Doctors Weigh Whether To Accept Obamacare Plans"):
/// at least four words of three letters or more after the first, nearly all capitalised?
pub fn is_title_case(text: &str, toks: &Toks) -> bool {
    let (mut words, mut capitals) = (0usize, 0usize);
    for t in toks.iter().skip(1) {
        let w = &text[t.start..t.end];
        if t.kind != Kind::Word || w.len() < 3 || !w.bytes().all(|b| b.is_ascii_alphabetic()) {
            continue;
        }
        words += 1;
        capitals += usize::from(w.as_bytes()[0].is_ascii_uppercase());
    }
    words >= 4 && capitals * 5 >= words * 4
}

/// Does `hay` hold `needle`? As `str::contains`, without building a searcher for the short
/// gaps between figures that most calls ask about.
pub fn has(hay: &str, needle: &str) -> bool {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    if h.len() > 64 {
        return hay.contains(needle);
    }
    let Some((&first, rest)) = n.split_first() else {
        return true;
    };
    h.len() >= n.len()
        && (0..=h.len() - n.len()).any(|k| h[k] == first && h[k + 1..k + n.len()] == *rest)
}

/// `w` lower-cased into `buf` without allocating, when it is short ASCII.
pub fn ascii_lower<'b>(w: &'b str, buf: &'b mut [u8; 16]) -> Option<&'b str> {
    if w.len() > buf.len() || !w.is_ascii() {
        return None;
    }
    if !w.bytes().any(|b| b.is_ascii_uppercase()) {
        // (most words: no copy)
        return Some(w);
    }
    let lower = &mut buf[..w.len()];
    lower.copy_from_slice(w.as_bytes());
    lower.make_ascii_lowercase();
    std::str::from_utf8(lower).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(text: &str) -> Vec<String> {
        lex(text)
            .iter()
            .map(|t| {
                format!(
                    "{}{}",
                    if t.glued { "+" } else { "" },
                    &text[t.start..t.end]
                )
            })
            .collect()
    }

    #[test]
    fn has_finds_as_contains_does() {
        let long = "x".repeat(70) + " and y";
        for hay in ["", "a", " and ", "x and", "sand and", "a, b", long.as_str()] {
            for needle in ["", " and ", ", ", "a", "and y", "x"] {
                assert_eq!(has(hay, needle), hay.contains(needle), "{hay:?} {needle:?}");
            }
        }
    }

    #[test]
    fn lower_case_words_match_the_lower_case_of_each_token() {
        // ASCII, accented capitals, and the characters whose lower case changes length or
        // depends on context (İ, Σ), which fall back to lower-casing the token alone
        for text in [
            "Exports ROSE 20 Pct",
            "“The Élysée said” 3 ÉCUS",
            "İstanbul grew 5 pct",
            "ΟΔΟΣ had 4 KM",
            "Ünal’s ÅLAND — “5 Ärzte”, Çağ…",
        ] {
            let toks = lex(text);
            for (i, t) in toks.iter().enumerate() {
                let expected = text[t.start..t.end].to_lowercase();
                let got = crate::extract::figures::number::word(text, &toks, i);
                assert_eq!(
                    got.as_deref(),
                    Some(expected.as_str()),
                    "{text:?} token {i}"
                );
            }
        }
        // asked of another text than the one lexed: no borrowed lower case
        let toks = lex("Rose 20");
        assert_eq!(toks.lower_of("Fell 2", &toks[0]), None);
    }

    #[test]
    fn lexes_figures() {
        assert_eq!(show("$11 billion"), vec!["$", "+11", "billion"]);
        assert_eq!(show("1,500,000.5 km."), vec!["1,500,000.5", "km", "+."]);
        assert_eq!(
            show("20mn, 8-meter"),
            vec!["20", "+mn", "+,", "8", "+-", "+meter"]
        );
        assert_eq!(
            show("China’s U.S. deal"),
            vec!["China’s", "U.S", "+.", "deal"]
        );
        assert_eq!(show("12."), vec!["12", "+."]);
    }

    #[test]
    fn skips_invisible_characters() {
        // a soft hyphen keeps "COVID-19" one glued run; a zero-width space glues nothing apart
        assert_eq!(show("COVID-\u{ad}19"), vec!["COVID", "+-", "+19"]);
        assert_eq!(show("a \u{200b}5"), vec!["a", "5"]);
        assert_eq!(show("\u{feff}12 km"), vec!["12", "km"]);
    }

    #[test]
    fn reads_tokenized_numbers() {
        assert_eq!(show("up 6 . 2 %"), vec!["up", "6 . 2", "%"]);
        assert_eq!(show("10 , 000 monkeys"), vec!["10 , 000", "monkeys"]);
        assert_eq!(show("1 , 500 , 000 . 5"), vec!["1 , 500 , 000 . 5"]);
        assert_eq!(show("7 3 / 4 %"), vec!["7", "3", "+/", "+4", "%"]);
        // prose is left alone
        assert_eq!(
            show("in 2019. 5 people"),
            vec!["in", "2019", "+.", "5", "people"]
        );
        assert_eq!(
            show("5 , 10 and 1990 , 100"),
            vec!["5", ",", "10", "and", "1990", ",", "100"]
        );
    }
}
