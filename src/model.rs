//! The shared vocabulary of the pipeline: [`Article`], [`Passage`] and [`Figure`].
//!
//! Every stage speaks these types: `ingest` produces [`Article`]s, `extract` turns them into
//! [`Passage`]s carrying [`Figure`]s, `index` stores them, `search` returns them and `render`
//! prints them. Their serde form is the JSON contract documented in the README, so field names
//! here are public API.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One news article as read from disk, before extraction.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// Stable id: metadata id, else the file stem (or `file#line` for JSON Lines).
    pub id: String,
    /// Title when the source has one (metadata, or a title-like first line).
    pub title: Option<String>,
    /// Publishing outlet, only when the metadata names it; never guessed from the text.
    pub outlet: Option<String>,
    /// Publication date from metadata, if any (extraction may find one in the text).
    pub date: Option<NaiveDate>,
    /// The date exactly as the source wrote it, when there was one.
    pub date_raw: Option<String>,
    /// Source URL, if any.
    pub url: Option<String>,
    /// Where the article came from: a path, `path:line`, or `-` for stdin.
    pub path: String,
    /// The file the article came from (what `--prune` checks), `-` for stdin.
    #[serde(default)]
    pub source: String,
    /// Author(s), when the metadata names them.
    #[serde(default)]
    pub author: Option<String>,
    /// Language code, when the metadata gives one.
    #[serde(default)]
    pub language: Option<String>,
    /// Tags from the metadata.
    #[serde(default)]
    pub tags: Vec<String>,
    /// The article body, repaired (mojibake, entities) but otherwise as published.
    pub body: String,
}

/// A stable 64-bit hash: the same bytes give the same hash on every machine and version
/// (unlike `std`'s hasher). Eight bytes at a time, multiply-rotate mixing, for speed on
/// article bodies; parts are separated so that ("ab", "c") and ("a", "bc") differ.
pub fn stable_hash(parts: &[&str]) -> u64 {
    const K: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut mix = |w: u64| h = (h.rotate_left(23) ^ w).wrapping_mul(K);
    for part in parts {
        let bytes = part.as_bytes();
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            mix(u64::from_le_bytes([
                c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7],
            ]));
        }
        let mut tail = [0u8; 8];
        tail[..chunks.remainder().len()].copy_from_slice(chunks.remainder());
        mix(u64::from_le_bytes(tail) ^ ((chunks.remainder().len() as u64) << 56));
        mix(bytes.len() as u64);
    }
    h ^ (h >> 29)
}

impl Article {
    /// An article with only its id, location and body set.
    pub fn new(id: impl Into<String>, path: impl Into<String>, body: impl Into<String>) -> Article {
        let path = path.into();
        Article {
            id: id.into(),
            title: None,
            outlet: None,
            date: None,
            date_raw: None,
            url: None,
            source: path.clone(),
            path,
            author: None,
            language: None,
            tags: Vec::new(),
            body: body.into(),
        }
    }

    /// Hash of the body alone: equal bodies are duplicates.
    pub fn body_hash(&self) -> u64 {
        stable_hash(&[&self.body])
    }

    /// Hash of everything indexed about the article but the body.
    pub fn meta_hash(&self) -> u64 {
        let date = self.date.map(|d| d.to_string()).unwrap_or_default();
        let tags = self.tags.join("\u{1f}");
        stable_hash(&[
            self.title.as_deref().unwrap_or(""),
            self.outlet.as_deref().unwrap_or(""),
            &date,
            self.date_raw.as_deref().unwrap_or(""),
            self.url.as_deref().unwrap_or(""),
            self.author.as_deref().unwrap_or(""),
            self.language.as_deref().unwrap_or(""),
            &tags,
            &self.path,
        ])
    }

    /// The label the article is grouped under when no outlet is known: its title, else its id.
    pub fn source_label(&self) -> String {
        match &self.outlet {
            Some(outlet) => outlet.clone(),
            None => self.title.clone().unwrap_or_else(|| self.id.clone()),
        }
    }
}

/// A passage: the unit that is indexed, ranked and shown (a paragraph, or a window of sentences
/// of a long paragraph).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Passage {
    /// Position of the passage within its article, from 0.
    pub ordinal: u32,
    /// The passage text (repaired).
    pub text: String,
    /// Figures found in the passage, with byte offsets into `text`.
    pub figures: Vec<Figure>,
    /// Topics of the passage (from the taxonomy in `schema/topics.toml`).
    #[serde(default)]
    pub topics: Vec<String>,
    /// People, organisations and places named in the passage.
    #[serde(default)]
    pub entities: Vec<Entity>,
    /// Who speaks in the passage ("Donald Trump", "Xinhua News Agency", "analysts").
    #[serde(default)]
    pub speakers: Vec<String>,
}

/// What kind of thing an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    /// A person.
    Person,
    /// An organisation, agency, company, party, outlet.
    Org,
    /// A country, city, region.
    Place,
}

impl EntityKind {
    /// `person`, `org`, `place`.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Org => "org",
            EntityKind::Place => "place",
        }
    }
}

/// A named entity, by its canonical name.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Entity {
    /// Canonical name ("Xi Jinping" for "Xi" and "President Xi").
    pub name: String,
    /// Person, organisation or place.
    pub kind: EntityKind,
}

/// How a figure relates to its value: stated, approximate, a bound, or a change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum Change {
    /// Stated as is.
    #[default]
    #[serde(rename = "=")]
    Exact,
    /// About, nearly, roughly, some, an estimated.
    #[serde(rename = "~")]
    Approx,
    /// More than, over, at least.
    #[serde(rename = ">")]
    More,
    /// Less than, under, up to.
    #[serde(rename = "<")]
    Less,
    /// Rose, increased, jumped … (to or by the value).
    #[serde(rename = "up")]
    Up,
    /// Fell, cut, plunged … (to or by the value).
    #[serde(rename = "down")]
    Down,
}

impl Change {
    /// The change from `from` to `to`: up, down, or none when they are equal.
    pub fn between(from: f64, to: f64) -> Change {
        if to > from {
            Change::Up
        } else if to < from {
            Change::Down
        } else {
            Change::Exact
        }
    }

    /// The symbol used in JSON and on the terminal.
    pub fn symbol(self) -> &'static str {
        match self {
            Change::Exact => "=",
            Change::Approx => "~",
            Change::More => ">",
            Change::Less => "<",
            Change::Up => "up",
            Change::Down => "down",
        }
    }
}

/// A quantity found in text, normalized.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    /// The text of the figure as written (e.g. `20 million tons`).
    pub text: String,
    /// Byte offset of `text` in the passage or sentence it was extracted from.
    pub start: usize,
    /// Byte offset just past `text`.
    pub end: usize,
    /// The value, in `unit` (null for a range without a single value).
    pub value: Option<f64>,
    /// Lower end of a range.
    pub low: Option<f64>,
    /// Upper end of a range.
    pub high: Option<f64>,
    /// The earlier value of a change ("from 12 million tons to 20 million tons": 1.2e7).
    pub from: Option<f64>,
    /// Canonical English singular unit name (`metric ton`, `dollar`, `percent`), null if none.
    pub unit: Option<String>,
    /// What the unit measures (`mass`, `currency`, `percent`, `count`, …), null if no unit.
    pub dimension: Option<String>,
    /// ISO 4217 code for money.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub currency: Option<String>,
    /// Stated, approximate, bound or change.
    pub change: Change,
    /// What is measured, as a short noun phrase from the sentence.
    pub concept: Option<String>,
    /// The time the figure refers to ("current season", "December 2025").
    #[serde(default)]
    pub period: Option<String>,
    /// First day of the period, when it resolves to dates ("in December 2025" → 2025-12-01).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub period_start: Option<NaiveDate>,
    /// Last day of the period, when it resolves to dates ("by 2030" → 2030-12-31).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub period_end: Option<NaiveDate>,
    /// The certainty cue governing the figure ("weighing", "committed", "projections").
    #[serde(default)]
    pub hedge: Option<String>,
    /// Who states it ("Donald Trump", "Xinhua News Agency", "analysts").
    #[serde(default)]
    pub attribution: Option<String>,
}

impl Figure {
    /// A bare figure with only its span and value set; extraction fills in the rest.
    pub fn new(text: &str, start: usize, end: usize, value: Option<f64>) -> Figure {
        Figure {
            text: text.to_string(),
            start,
            end,
            value,
            low: None,
            high: None,
            from: None,
            unit: None,
            dimension: None,
            currency: None,
            change: Change::Exact,
            concept: None,
            period: None,
            hedge: None,
            period_start: None,
            period_end: None,
            attribution: None,
        }
    }
}
