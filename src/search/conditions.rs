//! Conditions written into a query: field filters (`since:2020-01-01`, `person:xi`), unit
//! fields (`tons:>1e7`), and figures in the text (`> 10 million tons`, `between 1 and 2 billion
//! dollars`) read with the figure extractor.

use chrono::NaiveDate;

use super::query::{Constraint, ParsedQuery};
use super::vocabulary::Intent;
use crate::error::{Error, Result};
use crate::extract::figures::{self, lexicon::Lexicon, measure::measure, number::parse_digits};
use crate::model::Change;

pub(super) fn parse_date(field: &str, value: &str) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(value, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(&format!("{value}-01-01"), "%Y-%m-%d"))
        .map_err(|_| {
            Error::Query(format!(
                "{field}:{value}: expected a date as YYYY-MM-DD (or a year)"
            ))
        })
}

/// The canonical, lower-case name of an entity as typed ("Xi" → "xi jinping").
pub(super) fn canonical_entity(value: &str) -> String {
    let gaz = crate::extract::entities::Gazetteer::get();
    let titled: String = value
        .split_whitespace()
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect::<String>())
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ");
    gaz.lookup(value)
        .or_else(|| gaz.lookup(&titled))
        .map_or_else(|| value.to_lowercase(), |e| e.name.to_lowercase())
}

/// `tons:>1e7`, `dollars:<5e9`, `percent:10..20`.
pub(super) fn unit_constraint(unit: &str, cond: &str) -> Result<Constraint> {
    let lex = Lexicon::get();
    let u = lex.unit_for_alias(unit).ok_or_else(|| {
        Error::Query(format!(
            "unknown field or unit {unit:?} in {unit}:{cond}; fields are outlet:, since:, until:, topic:, person:, org:, place:, or a unit like tons:>1e7"
        ))
    })?;
    let factor = if u.dimension == "temperature" {
        1.0
    } else {
        u.factor
    };
    let num = |s: &str| {
        parse_digits(s.trim().trim_start_matches('=').trim()).ok_or_else(|| {
            Error::Query(format!(
                "{unit}:{cond}: {s:?} is not a number (write 1e7 or 10000000)"
            ))
        })
    };
    let (min, max) = if let Some((a, b)) = cond.split_once("..") {
        (Some(num(a)?), Some(num(b)?))
    } else if let Some(v) = cond.strip_prefix(">=").or_else(|| cond.strip_prefix('>')) {
        (Some(num(v)?), None)
    } else if let Some(v) = cond.strip_prefix("<=").or_else(|| cond.strip_prefix('<')) {
        (None, Some(num(v)?))
    } else {
        let v = num(cond)?;
        (Some(v * 0.98), Some(v * 1.02))
    };
    Ok(Constraint {
        dimension: u.dimension.clone(),
        currency: u.currency.clone(),
        min: min.map(|v| v * factor),
        max: max.map(|v| v * factor),
        text: format!("{unit}:{cond}"),
    })
}

/// Figures written in the query: bounds and ranges become constraints (and leave the text),
/// exact amounts become figure intent.
pub(super) fn figure_conditions(text: &str, q: &mut ParsedQuery) -> String {
    let mut rest = String::with_capacity(text.len());
    let mut at = 0;
    for f in figures::extract(text) {
        let Some(m) = measure(&f) else { continue };
        let has_unit = f.unit.is_some();
        let bounded = matches!(f.change, Change::More | Change::Less) || f.low.is_some();
        if !has_unit && !bounded {
            continue; // a bare number is a word to search
        }
        let mut start = f.start;
        // take the bound words before the figure out of the text as well
        let before = text[at..start].trim_end();
        for (words, _) in &Lexicon::get().prefix_bounds.list {
            let phrase = words.join(" ");
            if before.to_lowercase().ends_with(&phrase) {
                start = at + before.len() - phrase.len();
                break;
            }
        }
        if f.low.is_some()
            && text[at..start]
                .trim_end()
                .to_lowercase()
                .ends_with("between")
        {
            start = at + text[at..start].trim_end().len() - "between".len();
        }
        rest.push_str(&text[at..start.max(at)]);
        rest.push(' ');
        at = f.end;
        if bounded {
            let (min, max) = match f.change {
                Change::More => (Some(m.low), None),
                Change::Less => (None, Some(m.high)),
                _ => (Some(m.low), Some(m.high)),
            };
            q.constraints.push(Constraint {
                dimension: m.dimension.clone(),
                currency: m.currency.clone(),
                min,
                max,
                text: text[start..f.end].trim().to_string(),
            });
        } else {
            q.intent
                .get_or_insert(Intent::Dimension(m.dimension.clone()));
        }
    }
    rest.push_str(&text[at..]);
    rest
}
