//! Plain-text and Markdown articles: one article per file, optionally with YAML (`---`) or
//! TOML (`+++`) front matter (`title`, `outlet`, `date`, `url`, `author`, `language`, `tags`,
//! `id`).
//!
//! Without a title in the front matter, the first line is the title when it looks like one
//! (short, not ending like a sentence, followed by more text).

use serde_json::{Map, Value};

use super::json::article_from_object;
use crate::error::{Error, Result};
use crate::ingest::repair::repair;
use crate::model::Article;

/// Longest first line that can still be a title, in characters.
const MAX_TITLE_CHARS: usize = 200;

/// Parses one text file; `id` is used when the front matter gives none.
pub fn parse(location: &str, id: &str, bytes: &[u8]) -> Result<Article> {
    let raw = std::str::from_utf8(bytes).map_err(|e| Error::BadInput {
        location: location.to_string(),
        message: format!(
            "not valid UTF-8 (byte {}); convert it, e.g. `iconv -f WINDOWS-1252 -t UTF-8`",
            e.valid_up_to()
        ),
    })?;
    let raw = raw.strip_prefix('\u{feff}').unwrap_or(raw);
    let (front, body_start) = front_matter(raw, location)?;
    let text = repair(&raw[body_start..]);
    if text.trim().is_empty() {
        let message = if front.is_some() {
            "front matter but no article text"
        } else {
            "empty file; nothing to index"
        };
        return Err(Error::BadInput {
            location: location.to_string(),
            message: message.into(),
        });
    }
    let mut obj = front.unwrap_or_default();
    let title_given = obj
        .get("title")
        .and_then(Value::as_str)
        .is_some_and(|t| !t.trim().is_empty());
    let (title, body) = if title_given {
        (None, text.trim().to_string())
    } else {
        split_title(&text)
    };
    if let Some(t) = title {
        obj.insert("title".into(), Value::String(t));
    }
    obj.insert("body".into(), Value::String(body));
    if !obj.contains_key("id") {
        obj.insert("id".into(), Value::String(id.to_string()));
    }
    article_from_object(obj, location, &[]).map_err(|message| Error::BadInput {
        location: location.to_string(),
        message,
    })
}

/// Splits off YAML or TOML front matter: (its fields, byte offset where the body starts).
fn front_matter(raw: &str, location: &str) -> Result<(Option<Map<String, Value>>, usize)> {
    let fence = if raw.starts_with("---\n") || raw.starts_with("---\r\n") {
        "---"
    } else if raw.starts_with("+++\n") || raw.starts_with("+++\r\n") {
        "+++"
    } else {
        return Ok((None, 0));
    };
    let after_open = raw.find('\n').map_or(raw.len(), |i| i + 1);
    let mut offset = after_open;
    let mut close = None;
    for line in raw[after_open..].split_inclusive('\n') {
        if line.trim_end() == fence || (fence == "---" && line.trim_end() == "...") {
            close = Some((offset, offset + line.len()));
            break;
        }
        offset += line.len();
    }
    let bad = |message: String| Error::BadInput {
        location: location.to_string(),
        message,
    };
    let Some((end, body_start)) = close else {
        return Err(bad(format!("front matter opened with `{fence}` on line 1 is never closed; add a `{fence}` line after it")));
    };
    let src = &raw[after_open..end];
    let value: Value = if fence == "---" {
        serde_yaml_ng::from_str(src).map_err(|e| {
            let line = e
                .location()
                .map_or(String::new(), |l| format!(" (line {})", l.line() + 1));
            bad(format!("front matter is not valid YAML{line}: {e}"))
        })?
    } else {
        let table: toml::Table =
            toml::from_str(src).map_err(|e| bad(format!("front matter is not valid TOML: {e}")))?;
        serde_json::to_value(table).map_err(|e| bad(format!("front matter: {e}")))?
    };
    match value {
        Value::Object(map) => Ok((Some(map), body_start)),
        Value::Null => Ok((None, body_start)),
        _ => Err(bad("front matter must be `key: value` lines".into())),
    }
}

/// Splits a title-like first line from the body.
pub fn split_title(text: &str) -> (Option<String>, String) {
    let text = text.trim_start();
    let Some((first, rest)) = text.split_once('\n') else {
        return (None, text.trim_end().to_string());
    };
    let first = first.trim().trim_start_matches('#').trim();
    if looks_like_title(first) && !rest.trim().is_empty() {
        (Some(first.to_string()), rest.trim().to_string())
    } else {
        (None, text.trim_end().to_string())
    }
}

fn looks_like_title(line: &str) -> bool {
    let chars = line.chars().count();
    let ends_like_sentence = line.ends_with(['.', '!', ',', ';', ':']);
    chars > 0
        && chars <= MAX_TITLE_CHARS
        && !ends_like_sentence
        && line.split_whitespace().count() >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_line_is_split_off() {
        let (title, body) = split_title("Trump hails call\nBody text here.\n");
        assert_eq!(title.as_deref(), Some("Trump hails call"));
        assert_eq!(body, "Body text here.");
    }

    #[test]
    fn paragraph_first_line_is_not_a_title() {
        let text = "In a notable development, leaders held a call on February 4, 2026.\nMore.";
        let (title, body) = split_title(text);
        assert_eq!(title, None);
        assert!(body.starts_with("In a notable"));
    }

    #[test]
    fn invalid_utf8_names_the_file() {
        let err = parse("bad.txt", "bad", b"abc \xff def").unwrap_err();
        assert!(err.to_string().contains("bad.txt"), "{err}");
        assert!(err.to_string().contains("UTF-8"), "{err}");
    }

    #[test]
    fn yaml_front_matter() {
        let src = "---\ntitle: Deal struck\noutlet: Wire\ndate: 2026-02-04\ntags: [trade, soy]\nauthor: [A, B]\n---\nBeijing agreed.\n";
        let a = parse("a.md", "a", src.as_bytes()).unwrap();
        assert_eq!(a.title.as_deref(), Some("Deal struck"));
        assert_eq!(a.outlet.as_deref(), Some("Wire"));
        assert_eq!(a.date_raw.as_deref(), Some("2026-02-04"));
        assert_eq!(a.tags, vec!["trade", "soy"]);
        assert_eq!(a.author.as_deref(), Some("A, B"));
        assert_eq!(a.body, "Beijing agreed.");
        assert_eq!(a.id, "a");
    }

    #[test]
    fn toml_front_matter() {
        let src = "+++\ntitle = \"T\"\nurl = \"https://www.reuters.com/x\"\n+++\nText.\n";
        let a = parse("a.md", "a", src.as_bytes()).unwrap();
        assert_eq!(a.title.as_deref(), Some("T"));
        assert_eq!(a.url.as_deref(), Some("https://www.reuters.com/x"));
    }

    #[test]
    fn malformed_front_matter_is_an_error() {
        let err = parse("m.md", "m", b"---\ntitle: [unclosed\n---\nText\n")
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with("m.md: front matter is not valid YAML"),
            "{err}"
        );
        let err = parse("m.md", "m", b"---\ntitle: x\nText without end\n")
            .unwrap_err()
            .to_string();
        assert!(err.contains("never closed"), "{err}");
    }
}
