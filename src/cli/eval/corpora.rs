//! The records that hand labels point at: bodies read from `../shared/corpora` by corpus and
//! record id, so that label files hold byte offsets only and never the research-use text.

use std::collections::{HashMap, HashSet};
use std::io::BufRead;
use std::path::{Path, PathBuf};

use anyhow::Context;

/// Arguments of an evaluation on hand labels (`eval concepts`, `eval figures`).
#[derive(Debug, clap::Args)]
pub(super) struct Labelled {
    /// The labels: offsets into the corpora, no text [default: benches/<eval>/labels.tsv].
    #[arg(long)]
    pub labels: Option<PathBuf>,
    /// The folder with allsides.jsonl.zst, reuters21578.jsonl, basil.jsonl and bbc/.
    #[arg(long, default_value = "../shared/corpora")]
    pub corpora: PathBuf,
    /// Print one JSON object per scored item.
    #[arg(long)]
    pub json: bool,
    /// List what is scored wrong.
    #[arg(long)]
    pub verbose: bool,
}

impl Labelled {
    /// The labels file: `--labels`, or `benches/<eval>/labels.tsv`.
    pub fn labels(&self, eval: &str) -> PathBuf {
        self.labels
            .clone()
            .unwrap_or_else(|| Path::new("benches").join(eval).join("labels.tsv"))
    }

    /// Whether the corpora are here; if not, says so on stdout: an evaluation then measures
    /// nothing and succeeds.
    pub fn corpora_here(&self, eval: &str) -> bool {
        let here = self.corpora.is_dir();
        if !here {
            println!(
                "eval {eval}: {} not found; nothing measured",
                self.corpora.display()
            );
        }
        here
    }

    /// The bodies of the labelled records.
    pub fn bodies<'a>(
        &self,
        wanted: impl Iterator<Item = (&'a str, &'a str)>,
    ) -> anyhow::Result<Bodies> {
        load(&self.corpora, wanted)
    }
}

/// Bodies keyed by (corpus, record id).
pub(super) type Bodies = HashMap<(String, String), String>;

/// The corpora a label can name, and the file each lives in (`bbc` records are file paths).
const FILES: [(&str, &str); 3] = [
    ("as", "allsides.jsonl.zst"),
    ("reu", "reuters21578.jsonl"),
    ("basil", "basil.jsonl"),
];

/// Reads the bodies of every (corpus, record) in `wanted` from the folder `corpora`.
fn load<'a>(
    corpora: &Path,
    wanted: impl Iterator<Item = (&'a str, &'a str)>,
) -> anyhow::Result<Bodies> {
    let wanted: HashSet<(&str, &str)> = wanted.collect();
    let mut bodies = Bodies::new();
    for (corpus, file) in FILES {
        let ids: HashSet<&str> = wanted
            .iter()
            .filter(|(c, _)| *c == corpus)
            .map(|(_, r)| *r)
            .collect();
        if ids.is_empty() {
            continue;
        }
        for (id, body) in jsonl_bodies(&corpora.join(file), &ids)? {
            bodies.insert((corpus.to_string(), id), body);
        }
    }
    for (_, record) in wanted.iter().filter(|(c, _)| *c == "bbc") {
        let path = corpora.join(record);
        let body = std::fs::read(&path).with_context(|| format!("reading {}", path.display()))?;
        bodies.insert(
            ("bbc".into(), record.to_string()),
            String::from_utf8_lossy(&body).into_owned(),
        );
    }
    Ok(bodies)
}

/// The sentence at byte offsets `span` of a body, one line (as `extract --lines` reads it).
pub(super) fn sentence(body: &str, span: (usize, usize)) -> Option<String> {
    body.get(span.0..span.1)
        .map(|s| s.replace(['\n', '\r'], " "))
}

/// A byte span written `a-b`.
pub(super) fn span(field: &str) -> Option<(usize, usize)> {
    let (a, b) = field.split_once('-')?;
    let (a, b) = (a.parse().ok()?, b.parse().ok()?);
    (a <= b).then_some((a, b))
}

/// The bodies of the wanted records of one JSON Lines corpus (plain or `.zst`).
fn jsonl_bodies(path: &Path, wanted: &HashSet<&str>) -> anyhow::Result<HashMap<String, String>> {
    let file = std::fs::File::open(path).with_context(|| format!("opening {}", path.display()))?;
    let reader: Box<dyn std::io::Read> = if path.extension().is_some_and(|e| e == "zst") {
        Box::new(zstd::stream::read::Decoder::new(file)?)
    } else {
        Box::new(file)
    };
    let mut bodies = HashMap::new();
    for (n, line) in std::io::BufReader::new(reader).lines().enumerate() {
        let line = line.with_context(|| format!("reading {}", path.display()))?;
        #[derive(serde::Deserialize)]
        struct Record {
            id: String,
            #[serde(default)]
            body: Option<String>,
        }
        let Ok(record) = serde_json::from_str::<Record>(&line) else {
            continue; // not a record with an id: no label can point at it
        };
        if wanted.contains(record.id.as_str()) {
            let id = record.id.clone();
            if bodies
                .insert(record.id, record.body.unwrap_or_default())
                .is_some()
            {
                anyhow::bail!(
                    "{}:{}: record id {id:?} appears more than once, so a label cannot say which \
                     record it points at; drop the labels on {id:?}",
                    path.display(),
                    n + 1
                );
            }
        }
    }
    Ok(bodies)
}
