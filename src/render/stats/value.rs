//! One figure of a metric, exact, as the table, the JSON and the CSV show it.

use std::fmt;

use serde::{Serialize, Serializer};

use crate::analysis::metrics::Count;
use crate::words::{Words, say};

/// A value of one metric, in the order `Sort` compares them. All values of
/// one metric are of one kind, so only like is ever compared or added.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Value {
    /// An exact whole number.
    Small(u128),
    /// An exact number of tenths: the complexity, which a quarter system
    /// scales by 2/3.
    Tenths(u128),
    /// Past `u128`: more than any value that fits.
    Overflow,
}

impl From<Count> for Value {
    fn from(count: Count) -> Value {
        count.map_or(Value::Overflow, Value::Small)
    }
}

impl Value {
    /// The sum, exact, or `Overflow` past `u128`.
    pub(super) fn plus(self, other: Value) -> Value {
        let sum = |a: u128, b: u128, kind: fn(u128) -> Value| {
            a.checked_add(b).map_or(Value::Overflow, kind)
        };
        match (self, other) {
            (Value::Small(a), Value::Small(b)) => sum(a, b, Value::Small),
            (Value::Tenths(a), Value::Tenths(b)) => sum(a, b, Value::Tenths),
            // Overflow, or (never) two kinds: no number is right.
            _ => Value::Overflow,
        }
    }

    /// For a person, grouped as the language groups thousands.
    pub(super) fn shown(self, words: &Words) -> String {
        match self {
            Value::Small(value) => words.integer(value),
            Value::Tenths(tenths) => words.number(tenths as f64 / 10.0),
            Value::Overflow => say!(words, "stats-overflow"),
        }
    }

    /// As a number to draw a bar of.
    pub(super) fn magnitude(self) -> f64 {
        match self {
            Value::Small(value) => value as f64,
            Value::Tenths(tenths) => tenths as f64 / 10.0,
            Value::Overflow => u128::MAX as f64,
        }
    }
}

/// For scripts (CSV): plain digits, a decimal point for tenths, nothing past `u128`.
impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Value::Small(value) => write!(f, "{value}"),
            Value::Tenths(tenths) if tenths % 10 == 0 => write!(f, "{}", tenths / 10),
            Value::Tenths(tenths) => write!(f, "{}.{}", tenths / 10, tenths % 10),
            Value::Overflow => Ok(()),
        }
    }
}

/// JSON: a whole number as an integer, tenths as a decimal, `null` past `u128`.
impl Serialize for Value {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match *self {
            Value::Small(value) => serializer.serialize_u128(value),
            Value::Tenths(tenths) if tenths % 10 == 0 => serializer.serialize_u128(tenths / 10),
            Value::Tenths(tenths) => serializer.serialize_f64(tenths as f64 / 10.0),
            Value::Overflow => serializer.serialize_none(),
        }
    }
}
