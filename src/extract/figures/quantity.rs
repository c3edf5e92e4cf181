//! A quantity as the scanner reads it from the tokens of a sentence (number, scale, unit or
//! counted noun, range, earlier value, bound), before context gives it a concept, and how it
//! becomes a [`Figure`].

use super::lexer::Toks;
use super::lexicon::Lexicon;
use crate::model::{Change, Figure};

/// A quantity found by the scanner, in token positions.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    /// First token (currency symbol, sign or number).
    pub first: usize,
    /// One past the last token.
    pub next: usize,
    /// First token of the number itself (after a currency symbol).
    pub number_first: usize,
    /// Single value (the end value of a change).
    pub value: Option<f64>,
    /// Range ends.
    pub low: Option<f64>,
    /// Range ends.
    pub high: Option<f64>,
    /// Earlier value of a change.
    pub from: Option<f64>,
    /// Index of the unit in the lexicon.
    pub unit: Option<usize>,
    /// Counted noun, when the unit is a thing counted ("14 people").
    pub counted: Option<String>,
    /// Bound or change found by the scanner (suffix bounds, ranges).
    pub change: Change,
    /// Scale applied to the number.
    pub scale: f64,
    /// The unit of a rate's denominator ("$60 per barrel", "$15.4/hour").
    pub per: Option<usize>,
    /// A counted rate base that is no unit ("$500 per student").
    pub per_noun: Option<String>,
    /// A score or vote tally ("a 5-4 decision"), to be skipped: not a quantity.
    pub tally: bool,
    /// A proportion ("one in five"): it counts nothing itself.
    pub ratio: bool,
    /// Where the level's own of-phrase starts when its earlier value follows that phrase
    /// ("60.1 billion cubic feet of gas from 63.7 BCF"), for its concept.
    pub of_phrase: Option<usize>,
}

impl Quantity {
    /// Converts to a [`Figure`] with offsets into `text`.
    pub fn to_figure(&self, text: &str, toks: &Toks, lex: &Lexicon) -> Figure {
        let start = toks[self.first].start;
        let end = toks[self.next - 1].end;
        let mut f = Figure::new(&text[start..end], start, end, self.value);
        f.low = self.low;
        f.high = self.high;
        f.from = self.from;
        f.change = self.change;
        if let Some(u) = self.unit.and_then(|u| lex.units.get(u)) {
            f.unit = Some(u.name.clone());
            f.dimension = Some(u.dimension.clone());
            f.currency = u.currency.clone();
            if let Some(p) = self.per.and_then(|p| lex.units.get(p)) {
                f.unit = Some(format!("{} per {}", u.name, p.rate_name()));
                f.dimension = Some(format!("{} per {}", u.dimension, p.dimension));
            } else if let Some(noun) = &self.per_noun {
                f.unit = Some(format!("{} per {noun}", u.name));
                f.dimension = Some(format!("{} per count", u.dimension));
            }
        } else if let Some(noun) = &self.counted {
            f.unit = Some(noun.clone());
            f.dimension = Some("count".into());
            if let Some(p) = self.per.and_then(|p| lex.units.get(p)) {
                f.unit = Some(format!("{noun} per {}", p.rate_name()));
                f.dimension = Some(format!("count per {}", p.dimension));
            }
        }
        f
    }
}
