//! Figures as measurements: values converted to their dimension's base unit, so that figures
//! in tons, tonnes and kilograms (or miles and kilometres) can be compared and filtered.

use super::lexicon::Lexicon;
use crate::model::Figure;

/// A figure's value range in the base unit of its dimension.
#[derive(Debug, Clone, PartialEq)]
pub struct Measure {
    /// The dimension (`mass`, `currency`, …; `count` for counted nouns; `number` if none).
    pub dimension: String,
    /// ISO code for money (amounts in different currencies are not compared).
    pub currency: Option<String>,
    /// Lower end (equal to `high` for a single value).
    pub low: f64,
    /// Upper end.
    pub high: f64,
}

/// Converts a figure's value (or range) to its dimension's base unit.
pub fn measure(f: &Figure) -> Option<Measure> {
    let lex = Lexicon::get();
    let factor = match f.unit.as_deref().and_then(|u| lex.unit_named(u)) {
        // temperatures and rates are compared in their own unit
        Some(u)
            if u.dimension != "temperature"
                && !f.unit.as_deref().unwrap_or("").contains(" per ") =>
        {
            u.factor
        }
        _ => 1.0,
    };
    let (low, high) = match (f.low, f.high, f.value) {
        (Some(l), Some(h), _) => (l, h),
        (_, _, Some(v)) => (v, v),
        _ => return None,
    };
    Some(Measure {
        dimension: f.dimension.clone().unwrap_or_else(|| "number".into()),
        currency: f.currency.clone(),
        low: low * factor,
        high: high * factor,
    })
}

/// Do two values agree within rounding? Relative difference at most `tolerance`.
pub fn agree(a: f64, b: f64, tolerance: f64) -> bool {
    let scale = a.abs().max(b.abs());
    scale == 0.0 || (a - b).abs() <= tolerance * scale
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::figures::extract;

    #[test]
    fn tons_and_kilograms_compare() {
        let t = measure(&extract("20 million tons")[0]).unwrap();
        let kg = measure(&extract("20 billion kilograms")[0]).unwrap();
        assert_eq!(t.dimension, "mass");
        assert!(agree(t.low, kg.low, 1e-9));
        let miles = measure(&extract("62 miles")[0]).unwrap();
        let km = measure(&extract("100 km")[0]).unwrap();
        assert!(agree(miles.low, km.low, 0.01));
        assert!(agree(19.8e6, 20e6, 0.02));
        assert!(!agree(12e6, 20e6, 0.02));
    }
}
