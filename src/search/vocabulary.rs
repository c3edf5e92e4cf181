//! The query vocabulary (`schema/query.toml`): figure-intent words and synonym groups.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Deserialize;

use crate::analysis::{analyzer, terms_with};

const QUERY_TOML: &str = include_str!("../../schema/query.toml");

/// The kind of figure a query asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Intent {
    /// Any figure ("how many", "figures").
    Any,
    /// Figures of one dimension ("tonnage" → mass).
    Dimension(String),
}

impl Intent {
    /// The dimension, or `any`.
    pub fn dimension(&self) -> &str {
        match self {
            Intent::Any => "any",
            Intent::Dimension(d) => d,
        }
    }

    /// Does a figure of `dimension` answer the intent?
    pub fn accepts(&self, dimension: Option<&str>) -> bool {
        match self {
            Intent::Any => true,
            Intent::Dimension(d) => dimension == Some(d.as_str()),
        }
    }
}

#[derive(Debug, Deserialize)]
struct Synonyms {
    groups: Vec<Vec<String>>,
}

#[derive(Debug, Deserialize)]
struct QueryFile {
    intents: HashMap<String, String>,
    synonyms: Synonyms,
}

/// The compiled vocabulary.
#[derive(Debug, Default)]
pub struct Vocabulary {
    /// Intent phrases as lower-case words, longest first.
    intents: Vec<(Vec<String>, Intent)>,
    /// Analyzed term → the alternatives of its synonym group (each a term sequence).
    synonyms: HashMap<String, Vec<Vec<String>>>,
}

impl Vocabulary {
    fn load() -> Result<Vocabulary, String> {
        let file: QueryFile = toml::from_str(QUERY_TOML).map_err(|e| format!("query.toml: {e}"))?;
        let mut intents: Vec<(Vec<String>, Intent)> = file
            .intents
            .into_iter()
            .map(|(phrase, dim)| {
                let words = phrase.split_whitespace().map(str::to_lowercase).collect();
                let intent = if dim == "any" {
                    Intent::Any
                } else {
                    Intent::Dimension(dim)
                };
                (words, intent)
            })
            .collect();
        intents.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(&b.0)));
        let mut analyze = analyzer();
        let mut synonyms = HashMap::new();
        for group in file.synonyms.groups {
            let alternatives: Vec<Vec<String>> = group
                .iter()
                .map(|entry| {
                    terms_with(&mut analyze, entry)
                        .into_iter()
                        .map(|t| t.text)
                        .collect::<Vec<_>>()
                })
                .filter(|terms| !terms.is_empty())
                .collect();
            for alt in &alternatives {
                if alt.len() == 1 {
                    synonyms
                        .entry(alt[0].clone())
                        .or_insert_with(|| alternatives.clone());
                }
            }
        }
        Ok(Vocabulary { intents, synonyms })
    }

    /// The compiled-in vocabulary (validated by a unit test; empty if the file were broken).
    pub fn get() -> &'static Vocabulary {
        static V: OnceLock<Vocabulary> = OnceLock::new();
        V.get_or_init(|| {
            Vocabulary::load().unwrap_or_else(|e| {
                eprintln!("factdex: invalid bundled schema: {e}");
                Vocabulary::default()
            })
        })
    }

    /// The synonym alternatives of an analyzed term (empty if none).
    pub fn synonyms(&self, term: &str) -> &[Vec<String>] {
        self.synonyms.get(term).map_or(&[], Vec::as_slice)
    }

    /// Finds the first intent phrase in `text`: (text without it, intent).
    pub fn take_intent(&self, text: &str) -> (String, Option<Intent>) {
        let words: Vec<&str> = text.split_whitespace().collect();
        let clean = |w: &str| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        };
        for i in 0..words.len() {
            for (phrase, intent) in &self.intents {
                let n = phrase.len();
                if i + n <= words.len() && (0..n).all(|k| clean(words[i + k]) == phrase[k]) {
                    let rest: Vec<&str> =
                        words[..i].iter().chain(&words[i + n..]).copied().collect();
                    return (rest.join(" "), Some(intent.clone()));
                }
            }
        }
        (text.to_string(), None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vocabulary_loads() {
        let v = Vocabulary::load().expect("query.toml is valid");
        assert_eq!(
            v.take_intent("soybean tonnage").1,
            Some(Intent::Dimension("mass".into()))
        );
        assert_eq!(v.take_intent("how many tons of soy").0, "of soy");
        assert_eq!(
            v.take_intent("how many people died").1,
            Some(Intent::Dimension("count".into()))
        );
        assert!(v
            .synonyms("soybean")
            .iter()
            .any(|a| a == &vec!["soya".to_string()]));
        assert!(
            v.synonyms("us").iter().any(|a| a.len() == 2),
            "united states as a phrase"
        );
    }
}
