//! The figure lexer: splits a sentence into numbers, words and symbols with byte spans.
//!
//! Unlike the search tokenizer it keeps every symbol (`$`, `%`, `-`, `/`) because figures are
//! made of them, and it records whether a token is glued to the previous one (`20mn`, `$11`).

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
}

/// Lexes `text` in one pass; linear in its length.
pub fn lex(text: &str) -> Vec<Tok> {
    let bytes = text.as_bytes();
    let mut toks = Vec::with_capacity(text.len() / 4);
    let mut chars = text.char_indices().peekable();
    let mut last_end = usize::MAX;
    while let Some((start, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        let glued = last_end == start;
        let kind;
        let mut end = start + c.len_utf8();
        if c.is_ascii_digit() {
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
            // scientific notation: 4e14, 9.83e-3
            if matches!(bytes.get(end), Some(b'e' | b'E')) {
                let sign = usize::from(matches!(bytes.get(end + 1), Some(b'-' | b'+')));
                if bytes.get(end + 1 + sign).is_some_and(u8::is_ascii_digit) {
                    end += 1 + sign;
                    while bytes.get(end).is_some_and(u8::is_ascii_digit) {
                        end += 1;
                    }
                }
            }
        } else if c.is_alphabetic() {
            kind = Kind::Word;
            while let Some(&(i, d)) = chars.peek() {
                let inner = matches!(d, '\'' | '’' | '.')
                    && text[i + d.len_utf8()..]
                        .chars()
                        .next()
                        .is_some_and(char::is_alphabetic)
                    && (d != '.' || end - start == 1 || text[start..end].contains('.'));
                if d.is_alphabetic() || inner {
                    end = i + d.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
        } else {
            kind = Kind::Sym;
        }
        while chars.peek().is_some_and(|&(i, _)| i < end) {
            chars.next();
        }
        toks.push(Tok {
            kind,
            start,
            end,
            glued,
        });
        last_end = end;
    }
    toks
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
}
