//! Named entities: people, organisations and places, from the gazetteer in
//! `schema/entities.toml`, titles ("President Xi Jinping", "Sen. Warren"), organisation
//! suffixes ("… Agency", "… Bank") and short forms of names already seen in the article
//! ("Xi" after "Xi Jinping").

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::OnceLock;

use serde::Deserialize;

use crate::model::{Entity, EntityKind};

const ENTITIES_TOML: &str = include_str!("../../schema/entities.toml");

#[derive(Debug, Deserialize)]
struct Entry {
    name: String,
    #[serde(default)]
    aliases: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct EntitiesFile {
    /// Words that introduce a person's name ("President", "Sen").
    #[serde(default)]
    titles: Vec<String>,
    /// Last words that make a capitalised name an organisation ("Agency", "Bank").
    #[serde(default)]
    org_suffixes: Vec<String>,
    #[serde(default)]
    person: Vec<Entry>,
    #[serde(default)]
    org: Vec<Entry>,
    #[serde(default)]
    place: Vec<Entry>,
}

/// The compiled gazetteer: written form → entity.
#[derive(Debug, Default)]
pub struct Gazetteer {
    forms: HashMap<String, Entity>,
    max_words: usize,
    /// First word of a form → the most words of the forms it begins (a word beginning none
    /// needs no lookup).
    longest: HashMap<String, usize>,
    titles: HashSet<String>,
    org_suffixes: HashSet<String>,
}

impl Gazetteer {
    fn load() -> Result<Gazetteer, String> {
        let file: EntitiesFile =
            toml::from_str(ENTITIES_TOML).map_err(|e| format!("entities.toml: {e}"))?;
        let mut g = Gazetteer {
            forms: HashMap::default(),
            max_words: 1,
            longest: HashMap::default(),
            titles: file.titles.into_iter().collect(),
            org_suffixes: file.org_suffixes.into_iter().collect(),
        };
        for (kind, entries) in [
            (EntityKind::Person, file.person),
            (EntityKind::Org, file.org),
            (EntityKind::Place, file.place),
        ] {
            for e in entries {
                let entity = Entity {
                    name: e.name.clone(),
                    kind,
                };
                for form in std::iter::once(&e.name).chain(&e.aliases) {
                    let key = form.trim_start_matches("the ").to_string();
                    g.max_words = g.max_words.max(key.split_whitespace().count());
                    if let Some(undotted) = key.strip_suffix('.') {
                        // "U.S." is read as the word "U.S" before a full stop
                        g.forms
                            .entry(undotted.to_string())
                            .or_insert_with(|| entity.clone());
                    }
                    g.forms.entry(key).or_insert_with(|| entity.clone());
                }
            }
        }
        for form in g.forms.keys() {
            let spans = words(form);
            if let Some(&(s, e)) = spans.first() {
                let n = g.longest.entry(form[s..e].to_string()).or_default();
                *n = (*n).max(spans.len());
            }
        }
        Ok(g)
    }

    /// The most words of a form beginning with `first` (0: none begins with it).
    fn longest_from(&self, first: &str) -> usize {
        self.longest.get(first).copied().unwrap_or(0)
    }

    /// The compiled-in gazetteer.
    pub fn get() -> &'static Gazetteer {
        static G: OnceLock<Gazetteer> = OnceLock::new();
        G.get_or_init(|| {
            Gazetteer::load().unwrap_or_else(|e| {
                eprintln!("factdex: invalid bundled schema: {e}");
                Gazetteer::default()
            })
        })
    }

    /// The entity a written form stands for (gazetteer only).
    pub fn lookup(&self, form: &str) -> Option<&Entity> {
        self.forms.get(form)
    }
}

/// An entity mention with its byte span.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// Byte offset of the first word.
    pub start: usize,
    /// Byte offset past the last word.
    pub end: usize,
    /// The entity.
    pub entity: Entity,
}

/// Words of `text` with spans; a possessive `'s`/`’s`/`”s` is left out of the word.
///
/// A word is a run of letters and digits, joined across `.`, `-`, `'` and `’` between two of
/// them ("U.S", "Jean-Claude"). ASCII is read byte by byte, other characters are decoded.
fn words(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let n = bytes.len();
    // the character at `i` and its length, when `i` starts one
    let char_at = |i: usize| text.get(i..).and_then(|t| t.chars().next());
    let alnum_at = |i: usize| match bytes.get(i) {
        Some(b) if b.is_ascii() => b.is_ascii_alphanumeric(),
        Some(_) => char_at(i).is_some_and(char::is_alphanumeric),
        None => false,
    };
    let mut out = Vec::with_capacity(n / 5);
    let mut i = 0;
    while i < n {
        if !alnum_at(i) {
            i += char_at(i).map_or(1, char::len_utf8);
            continue;
        }
        let start = i;
        loop {
            i = crate::analysis::words::ascii_alnum_run_end(bytes, i);
            let Some(c) = char_at(i) else {
                break;
            };
            let len = c.len_utf8();
            if c.is_alphanumeric() || (matches!(c, '.' | '-' | '\'' | '’') && alnum_at(i + len)) {
                i += len;
            } else {
                break;
            }
        }
        out.push((start, i));
    }
    // drop possessives: "China's" → "China"
    for (s, e) in &mut out {
        let w = &text[*s..*e];
        if let Some(stem) = w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")) {
            *e = *s + stem.len();
        }
    }
    out
}

fn capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// Finds the entities of `text`; `known` carries people already named in the article, so that
/// a bare last name ("Xi") resolves to them.
pub fn find(text: &str, known: &mut Vec<Entity>) -> Vec<Mention> {
    let gaz = Gazetteer::get();
    let ws = words(text);
    let word = |k: usize| &text[ws[k].0..ws[k].1];
    let mut out = Vec::new();
    let mut k = 0;
    while k < ws.len() {
        // the gazetteer, longest form first (every form starts with a capital)
        let mut matched = None;
        let limit = if capitalised(word(k)) {
            gaz.longest_from(word(k))
                .min(gaz.max_words)
                .min(ws.len() - k)
        } else {
            0
        };
        for n in (1..=limit).rev() {
            let form = &text[ws[k].0..ws[k + n - 1].1];
            if let Some(e) = gaz.lookup(form) {
                matched = Some((n, e.clone()));
                break;
            }
        }
        if let Some((n, entity)) = matched {
            if entity.kind == EntityKind::Person && !known.contains(&entity) {
                known.push(entity.clone());
            }
            out.push(Mention {
                start: ws[k].0,
                end: ws[k + n - 1].1,
                entity,
            });
            k += n;
            continue;
        }
        let w = word(k);
        if !capitalised(w) {
            k += 1;
            continue;
        }
        // a capitalised run, "of"/"for"/"de" allowed inside
        let mut end = k;
        while end + 1 < ws.len() {
            let next = word(end + 1);
            let joiner = matches!(next, "of" | "for" | "de" | "al")
                && end + 2 < ws.len()
                && capitalised(word(end + 2));
            let gap = &text[ws[end].1..ws[end + 1].0];
            let after_title = gaz.titles.contains(word(end))
                && gap
                    .trim_matches(|c: char| c == '.' || c.is_whitespace())
                    .is_empty();
            if (capitalised(next) || joiner) && (gap.trim().is_empty() || after_title) {
                end += 1;
            } else {
                break;
            }
        }
        let run: Vec<&str> = (k..=end).map(word).collect();
        // "Chinese President Xi Jinping" → the name after the last title word
        let title_len = run
            .iter()
            .rposition(|w| gaz.titles.contains(w.trim_end_matches('.')))
            .map_or(0, |t| t + 1);
        let entity = if title_len > 0 && title_len < run.len() {
            let name = text[ws[k + title_len].0..ws[end].1].to_string();
            Some(gaz.lookup(&name).cloned().unwrap_or(Entity {
                name,
                kind: EntityKind::Person,
            }))
        } else if run.len() >= 2
            && [run[0], run[run.len() - 1]]
                .iter()
                .any(|w| gaz.org_suffixes.contains(w.trim_end_matches('.')))
        {
            Some(Entity {
                name: text[ws[k].0..ws[end].1].to_string(),
                kind: EntityKind::Org,
            })
        } else if run.len() == 1 {
            // a bare last name of someone already named
            known
                .iter()
                .find(|p| p.name.rsplit(' ').next() == Some(w) && p.name.contains(' '))
                .cloned()
        } else {
            None
        };
        if let Some(e) = entity {
            if e.kind == EntityKind::Person && !known.contains(&e) {
                known.push(e.clone());
            }
            out.push(Mention {
                start: ws[k].0,
                end: ws[end].1,
                entity: e,
            });
        }
        k = end + 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<(String, EntityKind)> {
        find(text, &mut Vec::new())
            .into_iter()
            .map(|m| (m.entity.name, m.entity.kind))
            .collect()
    }

    #[test]
    fn gazetteer_titles_suffixes_and_short_forms() {
        let got = names("Chinese President Xi Jinping spoke with Donald Trump. Xi”s aides and the Xinhua News Agency said China and the U.S. agreed.");
        assert!(
            got.contains(&("Xi Jinping".into(), EntityKind::Person)),
            "{got:?}"
        );
        assert!(got.contains(&("Donald Trump".into(), EntityKind::Person)));
        assert!(got.contains(&("Xinhua News Agency".into(), EntityKind::Org)));
        assert!(got.contains(&("China".into(), EntityKind::Place)));
        assert!(got.contains(&("United States".into(), EntityKind::Place)));
        let got = names("Sen. Elizabeth Warren met Warren Buffett; the Bank of England and Acme Holdings replied.");
        assert!(
            got.contains(&("Elizabeth Warren".into(), EntityKind::Person)),
            "{got:?}"
        );
        assert!(
            got.contains(&("Bank of England".into(), EntityKind::Org)),
            "{got:?}"
        );
        assert!(
            got.contains(&("Acme Holdings".into(), EntityKind::Org)),
            "{got:?}"
        );
        let mut known = Vec::new();
        find("Prime Minister Rishi Sunak spoke.", &mut known);
        let later = find("Sunak said so.", &mut known);
        assert_eq!(later[0].entity.name, "Rishi Sunak");
    }

    /// The byte-run splitter cuts words exactly as the plain character rule does.
    #[test]
    fn words_match_the_character_rule() {
        fn reference(text: &str) -> Vec<(usize, usize)> {
            let mut out = Vec::new();
            let mut start = None;
            let mut prev: Option<char> = None;
            let mut chars = text.char_indices().peekable();
            while let Some((i, c)) = chars.next() {
                let alnum = c.is_alphanumeric();
                let inner = !alnum
                    && matches!(c, '.' | '-' | '\'' | '’')
                    && prev.is_some_and(char::is_alphanumeric)
                    && chars.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
                if alnum || (inner && start.is_some()) {
                    start.get_or_insert(i);
                } else if let Some(s) = start.take() {
                    out.push((s, i));
                }
                prev = Some(c);
            }
            if let Some(s) = start {
                out.push((s, text.len()));
            }
            for (s, e) in &mut out {
                let w = &text[*s..*e];
                if let Some(stem) = w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")) {
                    *e = *s + stem.len();
                }
            }
            out
        }
        for text in crate::testing::random_texts("aZ9é .-'’s,Ω”\n", 0x5EED, 4000, 20) {
            assert_eq!(words(&text), reference(&text), "{text:?}");
        }
    }
}
