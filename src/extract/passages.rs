//! Splits an article body into passages: paragraphs, with short heading lines attached to the
//! paragraph they introduce, and long paragraphs cut into windows of whole sentences.

/// A paragraph longer than this many words is cut into sentence windows.
pub const MAX_WORDS: usize = 120;
/// A passage shorter than this many words takes in the paragraph after it.
pub const MIN_WORDS: usize = 60;
/// A line shorter than this, not ending like a sentence, is a heading.
const HEADING_WORDS: usize = 14;

/// Splits `body` into passage texts.
pub fn split(body: &str) -> Vec<String> {
    let paragraphs: Box<dyn Iterator<Item = &str>> = if body.contains("\n\n") {
        Box::new(body.split("\n\n"))
    } else {
        Box::new(body.lines())
    };
    // passages before short ones are joined, with their word counts
    let mut pieces: Vec<(String, usize)> = Vec::new();
    let mut heading: Option<(String, usize)> = None;
    for raw in paragraphs {
        let (p, words) = collapse_whitespace(raw);
        if words == 0 {
            continue;
        }
        if words < HEADING_WORDS && !p.ends_with(['.', '!', '?', '"', '”', ':']) {
            heading = Some(match heading.take() {
                Some((h, n)) => (format!("{h}\n{p}"), n + words),
                None => (p, words),
            });
            continue;
        }
        let (p, words) = match heading.take() {
            Some((h, n)) => (format!("{h}\n{p}"), n + words),
            None => (p, words),
        };
        if words > MAX_WORDS {
            pieces.extend(windows(&p));
        } else {
            pieces.push((p, words));
        }
    }
    pieces.extend(heading);
    merge_short(pieces)
}

/// Joins consecutive short passages (news paragraphs are often one or two sentences) until a
/// passage holds at least [`MIN_WORDS`] words, never more than [`MAX_WORDS`]: a passage then
/// carries enough context to rank and to read, and an article becomes half as many documents
/// for the engine.
fn merge_short(pieces: Vec<(String, usize)>) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(pieces.len());
    let mut words_last = usize::MAX;
    for (p, n) in pieces {
        match out.last_mut() {
            Some(last) if words_last < MIN_WORDS && words_last + n <= MAX_WORDS => {
                last.push('\n');
                last.push_str(&p);
                words_last += n;
            }
            _ => {
                out.push(p);
                words_last = n;
            }
        }
    }
    out
}

/// `p` with every run of white space made one space, trimmed, in one allocation; and its
/// number of words.
fn collapse_whitespace(p: &str) -> (String, usize) {
    let mut out = String::with_capacity(p.len());
    let mut words = 0;
    for word in p.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
        words += 1;
    }
    (out, words)
}

/// Cuts a long paragraph into windows of whole sentences of about [`MAX_WORDS`] / 2 words.
fn windows(p: &str) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut words = 0;
    for (_, sentence) in super::sentences::split(p) {
        let n = sentence.split_whitespace().count();
        if words > 0 && words + n > MAX_WORDS / 2 {
            out.push((current.trim().to_string(), words));
            current.clear();
            words = 0;
        }
        current.push_str(sentence);
        words += n;
    }
    if !current.trim().is_empty() {
        out.push((current.trim().to_string(), words));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_join_their_paragraph() {
        let first = "First paragraph is here and it is long enough. ".repeat(7);
        let body = format!("{first}\nSecurity issues discussed\nHe said more things.");
        assert_eq!(
            split(&body),
            vec![
                first.trim().to_string(),
                "Security issues discussed\nHe said more things.".to_string()
            ]
        );
    }

    #[test]
    fn short_paragraphs_are_joined() {
        let body = "One short paragraph.\nAnother short one.\nA third.";
        assert_eq!(
            split(body),
            vec!["One short paragraph.\nAnother short one.\nA third."]
        );
        let long = "word ".repeat(70);
        let parts = split(&format!("{long}\nshort one.\n{long}"));
        assert_eq!(parts.len(), 2, "{parts:?}");
    }

    #[test]
    fn blank_line_paragraphs_and_long_windows() {
        let long = "This is one sentence of ten words in it here. ".repeat(30);
        let body = format!("Para one\nwraps here.\n\n{long}");
        let parts = split(&body);
        assert!(parts[0].starts_with("Para one wraps here.\nThis is one"));
        assert!(parts.len() > 3);
        assert!(parts[1..]
            .iter()
            .all(|p| p.split_whitespace().count() <= MAX_WORDS));
    }
}
