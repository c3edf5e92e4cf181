//! Text repair: undoes the damage news text picks up on its way to an archive.
//!
//! - mojibake: UTF-8 read as Windows-1252 (`â€™` → `’`, `Ã©` → `é`), decoded back only where
//!   the bytes form valid UTF-8;
//! - a closing double quote used as an apostrophe (`Xi”s` → `Xi’s`);
//! - HTML entities (`&amp;`, `&#8217;`), non-breaking spaces, soft hyphens, zero-width marks.
//!
//! Repair never removes words; every rule maps one known bad form to its good form.

/// Windows-1252 bytes 0x80–0x9F, as the characters a mis-decoder produced for them.
const CP1252_HIGH: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
];

/// The byte a Windows-1252 decoder would have read to produce `c`, if any.
fn cp1252_byte(c: char) -> Option<u8> {
    let u = c as u32;
    if (0xA0..=0xFF).contains(&u) {
        return Some(u as u8);
    }
    CP1252_HIGH
        .iter()
        .position(|&h| h == c)
        .map(|i| 0x80 + i as u8)
}

/// Repairs all known damage in `text` (taken by value: clean text is returned as it came,
/// without a copy).
pub fn repair(text: impl Into<String>) -> String {
    let text = fix_mojibake(text.into());
    let text = decode_entities(text);
    let text = fix_quote_apostrophes(text);
    clean_spaces(text)
}

/// Could `c` start a mis-decoded UTF-8 sequence (a lead byte 0xC2–0xF4 read as Windows-1252)?
fn is_lead(c: char) -> bool {
    ('\u{C2}'..='\u{F4}').contains(&c)
}

/// Is there a lead character (U+00C2–U+00F4, bytes `C3 82`–`C3 B4`) followed by a character
/// that Windows-1252 reads from a continuation byte 0x80–0xBF (U+0080–U+00BF, or one of the
/// `CP1252_HIGH` characters, whose UTF-8 starts with C5, C6, CB or E2)? Without one there is
/// no mojibake to undo; accented text ("café") has none.
fn may_hold_mojibake(bytes: &[u8]) -> bool {
    bytes.windows(3).any(|w| {
        w[0] == 0xC3
            && (0x82..=0xB4).contains(&w[1])
            && matches!(w[2], 0xC2 | 0xC5 | 0xC6 | 0xCB | 0xE2)
    })
}

/// Decodes runs of characters that are UTF-8 bytes mis-read as Windows-1252.
fn fix_mojibake(text: String) -> String {
    // every lead character (U+00C2–U+00F4) is encoded with the byte 0xC3
    if !text.as_bytes().contains(&0xC3) || !may_hold_mojibake(text.as_bytes()) {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text.as_str();
    while let Some(c) = rest.chars().next() {
        if is_lead(c) {
            let window: Vec<char> = rest.chars().take(4).collect();
            if let Some((decoded, used)) = decode_sequence(&window) {
                out.push(decoded);
                let skip: usize = window[..used].iter().map(|c| c.len_utf8()).sum();
                rest = &rest[skip..];
                continue;
            }
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// Tries to read one UTF-8 sequence of 2–4 mis-decoded characters at the start of `chars`.
fn decode_sequence(chars: &[char]) -> Option<(char, usize)> {
    let lead = cp1252_byte(*chars.first()?)?;
    let len = match lead {
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => return None,
    };
    let mut bytes = vec![lead];
    for &c in chars.get(1..len)? {
        let b = cp1252_byte(c)?;
        if !(0x80..=0xBF).contains(&b) {
            return None;
        }
        bytes.push(b);
    }
    let s = std::str::from_utf8(&bytes).ok()?;
    let decoded = s.chars().next()?;
    // Only undo sequences that decode to punctuation or letters beyond Latin-1's look-alikes.
    (decoded as u32 >= 0x80).then_some((decoded, len))
}

/// `Xi”s` → `Xi’s`: a closing double quote between a letter and a contraction suffix.
fn fix_quote_apostrophes(text: String) -> String {
    if !text.contains('”') {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text.as_str();
    while let Some(pos) = rest.find('”') {
        let (before, after_q) = rest.split_at(pos);
        let after = &after_q['”'.len_utf8()..];
        out.push_str(before);
        let prev_letter = out.chars().next_back().is_some_and(char::is_alphabetic);
        let suffix_len = after
            .chars()
            .take_while(|c| c.is_alphabetic())
            .map(char::len_utf8)
            .sum::<usize>();
        let suffix = &after[..suffix_len];
        let is_suffix = matches!(suffix, "s" | "t" | "d" | "ll" | "re" | "ve" | "m");
        out.push(if prev_letter && is_suffix {
            '’'
        } else {
            '”'
        });
        rest = after;
    }
    out.push_str(rest);
    out
}

/// Decodes the HTML entities that survive in scraped news.
fn decode_entities(text: String) -> String {
    if !text.contains('&') {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text.as_str();
    while let Some(pos) = rest.find('&') {
        out.push_str(&rest[..pos]);
        let tail = &rest[pos..];
        let end = tail
            .char_indices()
            .take(12)
            .find(|&(_, c)| c == ';')
            .map(|(i, _)| i);
        let decoded = end.and_then(|end| entity(&tail[1..end]).map(|c| (c, end + 1)));
        match decoded {
            Some((c, used)) => {
                out.push(c);
                rest = &tail[used..];
            }
            None => {
                out.push('&');
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(code).filter(|c| !c.is_control() || c.is_whitespace());
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        "rsquo" => '’',
        "lsquo" => '‘',
        "rdquo" => '”',
        "ldquo" => '“',
        "mdash" => '—',
        "ndash" => '–',
        "hellip" => '…',
        "pound" => '£',
        "euro" => '€',
        "cent" => '¢',
        "yen" => '¥',
        "deg" => '°',
        _ => return None,
    })
}

/// Does `bytes` hold one of the characters [`clean_spaces`] replaces? A byte scan: this runs
/// on every article, and most have none. Blocks of plain ASCII are passed over by a test the
/// compiler vectorises; only blocks with a carriage return or a multi-byte lead are read
/// byte by byte.
fn has_odd_space(bytes: &[u8]) -> bool {
    const BLOCK: usize = 32;
    let at = |i: usize| bytes.get(i).copied().unwrap_or(0);
    let odd_at = |i: usize| match bytes[i] {
        b'\r' => true,
        // U+00A0, U+00AD
        0xC2 => matches!(at(i + 1), 0xA0 | 0xAD),
        // U+2007, U+2009, U+200B–U+200D, U+202F
        0xE2 => at(i + 1) == 0x80 && matches!(at(i + 2), 0x87 | 0x89 | 0x8B | 0x8C | 0x8D | 0xAF),
        // U+FEFF
        0xEF => at(i + 1) == 0xBB && at(i + 2) == 0xBF,
        _ => false,
    };
    bytes.chunks(BLOCK).enumerate().any(|(k, block)| {
        let suspect = block
            .iter()
            .fold(false, |acc, &b| acc | (b == b'\r') | (b >= 0xC2));
        suspect && (k * BLOCK..k * BLOCK + block.len()).any(odd_at)
    })
}

/// Non-breaking and odd spaces to plain spaces; soft hyphens and zero-width marks removed.
/// Works on bytes, copying the text between replacements in slices.
fn clean_spaces(text: String) -> String {
    if !has_odd_space(text.as_bytes()) {
        return text;
    }
    let b = text.as_bytes();
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    let mut out = String::with_capacity(text.len());
    let (mut i, mut last) = (0, 0);
    while i < b.len() {
        // (length of the character, its replacement)
        let found = match (b[i], at(i + 1), at(i + 2)) {
            (b'\r', _, _) => Some((1, "")),
            // U+00A0 no-break space, U+00AD soft hyphen
            (0xC2, 0xA0, _) => Some((2, " ")),
            (0xC2, 0xAD, _) => Some((2, "")),
            // U+2007 figure space, U+2009 thin space, U+202F narrow no-break space
            (0xE2, 0x80, 0x87 | 0x89 | 0xAF) => Some((3, " ")),
            // U+200B–U+200D zero-width space, non-joiner, joiner
            (0xE2, 0x80, 0x8B..=0x8D) => Some((3, "")),
            // U+FEFF byte order mark
            (0xEF, 0xBB, 0xBF) => Some((3, "")),
            _ => None,
        };
        match found {
            Some((len, replacement)) => {
                out.push_str(&text[last..i]);
                out.push_str(replacement);
                i += len;
                last = i;
            }
            None => i += 1,
        }
    }
    out.push_str(&text[last..]);
    out
}

#[cfg(test)]
mod tests {
    use super::{clean_spaces, has_odd_space, repair};

    #[test]
    fn odd_spaces_are_found_by_bytes() {
        for c in [
            '\r', '\u{AD}', '\u{200B}', '\u{200C}', '\u{200D}', '\u{FEFF}', '\u{A0}', '\u{2007}',
            '\u{202F}', '\u{2009}',
        ] {
            let text = format!("a{c}b");
            assert!(has_odd_space(text.as_bytes()), "{c:?}");
            assert_ne!(clean_spaces(text.clone()), text);
        }
        for text in [
            "plain",
            "China’s “quote” — é ñ ü",
            "\u{2008}\u{200A}\u{2019}",
        ] {
            assert!(!has_odd_space(text.as_bytes()), "{text}");
        }
    }

    #[test]
    fn undoes_windows_1252_mojibake() {
        assert_eq!(repair("Trumpâ€™s â€œdealâ€\u{9d}"), "Trump’s “deal”");
        assert_eq!(repair("cafÃ© â€” ok"), "café — ok");
        // every mis-decoded two-byte sequence is found by the byte pre-test
        let odd_spaces = [
            '\u{A0}', '\u{AD}', '\u{2007}', '\u{2009}', '\u{202F}', '\u{200B}', '\u{200C}',
            '\u{200D}',
        ];
        let chars = ('\u{80}'..='\u{7FF}').chain('\u{2000}'..='\u{206F}');
        for c in chars.filter(|c| !c.is_control() && !odd_spaces.contains(c)) {
            let mut utf8 = [0u8; 4];
            let bytes = c.encode_utf8(&mut utf8).as_bytes();
            let misread: String = bytes
                .iter()
                .map(|&b| match b {
                    0x80..=0x9F => super::CP1252_HIGH[usize::from(b - 0x80)],
                    _ => char::from(b),
                })
                .collect();
            if misread.chars().all(|m| super::cp1252_byte(m).is_some()) {
                assert_eq!(repair(format!("x{misread}y")), format!("x{c}y"), "{c:?}");
            }
        }
        // accented text is left alone
        assert_eq!(
            repair("café, señor, naïve, Zürich"),
            "café, señor, naïve, Zürich"
        );
    }

    #[test]
    fn closing_quote_as_apostrophe() {
        assert_eq!(repair("President Xi”s talks"), "President Xi’s talks");
        assert_eq!(repair("the “excellent” call"), "the “excellent” call");
        assert_eq!(repair("“ok”said"), "“ok”said");
    }

    #[test]
    fn entities_and_spaces() {
        assert_eq!(repair("AT&amp;T&#8217;s 5&nbsp;mln &c"), "AT&T’s 5 mln &c");
        assert_eq!(repair("co\u{AD}operate\u{A0}now"), "cooperate now");
    }

    #[test]
    fn clean_text_is_unchanged() {
        let text = "Plain text, “quoted”, 20 million tons — fine.";
        assert_eq!(repair(text), text);
    }
}
