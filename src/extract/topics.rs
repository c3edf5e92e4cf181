//! Topics: the taxonomy of `schema/topics.toml` matched on stemmed terms, and data-driven key
//! phrases (a RAKE-style scorer) so that subjects outside the taxonomy still surface.

use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::analysis::{analyzer, terms, terms_with};

const TOPICS_TOML: &str = include_str!("../../schema/topics.toml");

/// An article's topic with its weight (0–1).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Topic {
    /// Topic name.
    pub name: String,
    /// Evidence strength, 0–1.
    pub weight: f32,
}

#[derive(Debug, Deserialize)]
struct TopicSpec {
    name: String,
    triggers: Vec<String>,
    #[serde(default)]
    strong: Vec<String>,
    #[serde(default)]
    reuters: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct TopicsFile {
    topic: Vec<TopicSpec>,
}

/// A topic definition, compiled.
#[derive(Debug)]
pub struct TopicDef {
    /// Name.
    pub name: String,
    /// Reuters-21578 labels it corresponds to.
    pub reuters: Vec<String>,
}

/// The compiled taxonomy.
#[derive(Debug, Default)]
pub struct Taxonomy {
    /// Topics, in file order.
    pub topics: Vec<TopicDef>,
    /// First stemmed term → (topic, full trigger terms, strong).
    triggers: HashMap<String, Vec<(usize, Vec<String>, bool)>>,
}

impl Taxonomy {
    fn load() -> Result<Taxonomy, String> {
        let file: TopicsFile =
            toml::from_str(TOPICS_TOML).map_err(|e| format!("topics.toml: {e}"))?;
        let mut analyze = analyzer();
        let mut triggers: HashMap<String, Vec<(usize, Vec<String>, bool)>> = HashMap::default();
        let mut topics = Vec::new();
        for (i, spec) in file.topic.into_iter().enumerate() {
            for t in &spec.triggers {
                let stems: Vec<String> = terms_with(&mut analyze, t)
                    .into_iter()
                    .map(|t| t.text)
                    .collect();
                if let Some(first) = stems.first().cloned() {
                    let strong = spec.strong.contains(t);
                    triggers.entry(first).or_default().push((i, stems, strong));
                }
            }
            topics.push(TopicDef {
                name: spec.name,
                reuters: spec.reuters,
            });
        }
        for list in triggers.values_mut() {
            list.sort_by_key(|(_, stems, _)| std::cmp::Reverse(stems.len()));
        }
        Ok(Taxonomy { topics, triggers })
    }

    /// The compiled-in taxonomy (validated by a unit test; empty if the file were broken).
    pub fn get() -> &'static Taxonomy {
        static T: OnceLock<Taxonomy> = OnceLock::new();
        T.get_or_init(|| {
            Taxonomy::load().unwrap_or_else(|e| {
                eprintln!("factdex: invalid bundled schema: {e}");
                Taxonomy::default()
            })
        })
    }

    /// Trigger evidence per topic in a sequence of stemmed terms: (score, strong hits). Evidence
    /// adds up: an article's is the sum of its passages'.
    pub fn evidence<S: AsRef<str>>(&self, stems: &[S]) -> Vec<(f32, usize)> {
        let mut score = vec![(0.0f32, 0usize); self.topics.len()];
        let mut i = 0;
        while i < stems.len() {
            let mut step = 1;
            if let Some(list) = self.triggers.get(stems[i].as_ref()) {
                // the longest trigger at this position counts once per topic
                let mut counted = Vec::new();
                for (topic, seq, strong) in list {
                    let matches = stems
                        .get(i..i + seq.len())
                        .is_some_and(|w| w.iter().zip(seq).all(|(a, b)| a.as_ref() == b.as_str()));
                    if !counted.contains(topic) && matches {
                        counted.push(*topic);
                        score[*topic].0 += if *strong { 2.0 } else { 1.0 };
                        score[*topic].1 += usize::from(*strong);
                        step = step.max(seq.len());
                    }
                }
            }
            i += step;
        }
        score
    }

    /// The topics of a text with their weights, strongest first.
    pub fn classify(&self, text: &str) -> Vec<Topic> {
        let stems: Vec<String> = terms(text).into_iter().map(|t| t.text).collect();
        self.classify_stems(&stems)
    }

    /// As [`Taxonomy::classify`], on stemmed terms.
    pub fn classify_stems<S: AsRef<str>>(&self, stems: &[S]) -> Vec<Topic> {
        self.decide(&self.evidence(stems), stems.len())
    }

    /// The topics that `evidence` over `len` terms supports, strongest first.
    pub fn decide(&self, evidence: &[(f32, usize)], len: usize) -> Vec<Topic> {
        let stems_len = len;
        let mut out: Vec<Topic> = evidence
            .iter()
            .copied()
            .enumerate()
            .filter(|(_, (score, strong))| {
                (*strong >= 1 && *score >= 3.0) || *score >= 6.0 || (*strong >= 1 && stems_len < 80)
            })
            .map(|(i, (score, _))| Topic {
                name: self.topics[i].name.clone(),
                weight: (score / 12.0).min(1.0),
            })
            .collect();
        out.sort_by(|a, b| {
            b.weight
                .total_cmp(&a.weight)
                .then_with(|| a.name.cmp(&b.name))
        });
        out
    }
}

/// Key phrases of a text: runs of content words scored RAKE-style (word degree over
/// frequency), the best `n`, each at least twice in the text or of two words or more.
pub fn key_phrases(text: &str, n: usize) -> Vec<String> {
    const STOP: &[&str] = &[
        "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with",
        "from", "as", "is", "was", "are", "were", "be", "been", "has", "have", "had", "it", "its",
        "this", "that", "these", "those", "he", "she", "they", "we", "i", "his", "her", "their",
        "our", "said", "says", "will", "would", "could", "can", "may", "also", "not", "no",
        "which", "who", "what", "when", "where", "than", "more", "about", "after", "over", "into",
        "out", "up", "all", "some", "any", "there", "if", "so", "do", "did", "does", "while",
        "such", "other", "one", "two", "new", "most", "many", "much", "very", "just", "only",
    ];
    static STOP_SET: OnceLock<rustc_hash::FxHashSet<&'static str>> = OnceLock::new();
    let stop = STOP_SET.get_or_init(|| STOP.iter().copied().collect());
    // the lead carries an article's subject; reading at most this much keeps the cost flat
    const LEAD_BYTES: usize = 3000;
    let end = (0..=LEAD_BYTES.min(text.len()))
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0);
    let lower = lowercase(&text[..end]);
    // phrases as ranges of one word list (no allocation per phrase)
    let mut words: Vec<&str> = Vec::new();
    let mut phrases: Vec<(usize, usize)> = Vec::new();
    let mut start = 0;
    for raw in lower.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '-'))
    {
        let w = raw.trim_matches(|c: char| c == '\'' || c == '’' || c == '-');
        let boundary = w.is_empty() || stop.contains(w) || w.bytes().all(|c| c.is_ascii_digit());
        if boundary || words.len() - start == 3 {
            if words.len() > start {
                phrases.push((start, words.len()));
                start = words.len();
            }
            if boundary {
                continue;
            }
        }
        words.push(w);
    }
    if words.len() > start {
        phrases.push((start, words.len()));
    }
    // word → (frequency, degree)
    let mut stats: HashMap<&str, (f32, f32)> = HashMap::default();
    for &(s, e) in &phrases {
        for w in &words[s..e] {
            let st = stats.entry(w).or_default();
            st.0 += 1.0;
            st.1 += (e - s) as f32;
        }
    }
    let mut counts: HashMap<&[&str], usize> = HashMap::default();
    for &(s, e) in &phrases {
        if e - s > 1 || stats[words[s]].0 >= 2.0 {
            *counts.entry(&words[s..e]).or_default() += 1;
        }
    }
    // phrases are joined into strings only once chosen; comparing their words in order sorts
    // them as their joined text would (a space sorts before any character of a word)
    let mut scored: Vec<(f32, &[&str])> = counts
        .into_iter()
        .filter(|(p, c)| *c >= 2 || p.len() > 1)
        .filter(|(p, _)| p.iter().map(|w| w.len()).sum::<usize>() + p.len() - 1 > 3)
        .map(|(p, c)| {
            let s: f32 = p.iter().map(|w| stats[w].1 / stats[w].0).sum();
            (s * (1.0 + (c as f32).ln()), p)
        })
        .collect();
    let order =
        |a: &(f32, &[&str]), b: &(f32, &[&str])| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(b.1));
    if scored.len() > n && n > 0 {
        scored.select_nth_unstable_by(n - 1, order);
        scored.truncate(n);
    }
    scored.sort_by(order);
    scored
        .into_iter()
        .take(n)
        .map(|(_, p)| p.join(" "))
        .collect()
}

/// Lower case, with a fast path for ASCII runs (`str::to_lowercase` goes character by
/// character after the first non-ASCII one, and news text has curly quotes everywhere).
fn lowercase(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while !rest.is_empty() {
        let ascii = rest
            .bytes()
            .position(|b| !b.is_ascii())
            .unwrap_or(rest.len());
        let (run, tail) = rest.split_at(ascii);
        out.extend(run.bytes().map(|b| char::from(b.to_ascii_lowercase())));
        let mut chars = tail.chars();
        if let Some(c) = chars.next() {
            out.extend(c.to_lowercase());
        }
        rest = chars.as_str();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn taxonomy_loads_and_classifies() {
        let t = Taxonomy::load().expect("topics.toml is valid");
        assert!(t.topics.len() >= 13);
        let names: Vec<String> = t
            .classify("Tariffs on soybean imports hit farmers as the trade war with China deepened; grain exports fell.")
            .into_iter()
            .map(|t| t.name)
            .collect();
        assert!(names.contains(&"trade".to_string()), "{names:?}");
        assert!(names.contains(&"agriculture".to_string()), "{names:?}");
        assert!(!names.contains(&"health".to_string()));
    }

    #[test]
    fn lowercase_matches_the_standard_library() {
        for t in [
            "",
            "ABC",
            "Xi’S VISIT",
            "CAFÉ Ünd ÀÉÎ",
            "ΣΑΣ",
            "İstanbul",
            "“Quoted” TEXT—ok",
        ] {
            let ours = lowercase(t);
            // the standard library lowers a final capital sigma to ς; we keep σ (no matter
            // for phrase keys)
            assert_eq!(
                ours.replace('ς', "σ"),
                t.to_lowercase().replace('ς', "σ"),
                "{t}"
            );
        }
    }

    #[test]
    fn key_phrases_surface_repeated_subjects() {
        let text = "The soybean purchases were discussed. China's soybean purchases may rise. Officials said soybean purchases matter.";
        assert!(
            key_phrases(text, 3).contains(&"soybean purchases".to_string()),
            "{:?}",
            key_phrases(text, 3)
        );
    }
}
