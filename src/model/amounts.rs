//! A module's hours, cost and weeks: their bounds, and the exact units the
//! planner counts hours and euros in.
//!
//! The bounds are far above anything a real curriculum holds (a whole
//! four-year bachelor is about 6,700 study hours), and `check` refuses values
//! beyond them. They exist so that every sum the planner forms is exact: see
//! [`MAX_ROUTE_UNITS`].

/// The most study hours one module may have: five years of full-time study.
pub const MAX_HOURS: u32 = 10_000;
/// The most euros one module may cost.
pub const MAX_COST: u32 = 1_000_000;
/// The most calendar weeks one module may last: ten years.
pub const MAX_WEEKS: u32 = 520;

/// Hours and euros are counted in hundredths (centi-hours, euro cents).
const UNITS_PER_WHOLE: f64 = 100.0;

/// The most units any route, or any sum over a curriculum's modules, adds up
/// to: every module at the largest bound. Module ids are `u32`, so a
/// curriculum has at most 2^32 modules, each at most [`MAX_COST`] euro (the
/// larger bound) in cents: 2^32 × 10^8 < 4.3 × 10^17, which leaves a factor
/// of ten below 2^62 (4.6 × 10^18), the headroom the planner's `u64` weights
/// keep (see `plan::compile::Weights`). So sums of units never overflow and
/// never round, and the cheapest route by units is the cheapest route.
pub const MAX_ROUTE_UNITS: u64 = (1 << 32) * (MAX_COST as u64 * UNITS_PER_WHOLE as u64);
const _: () = assert!(MAX_ROUTE_UNITS < 1 << 62);
const _: () = assert!(MAX_HOURS <= MAX_COST);

/// Why an amount (`hours` or `cost`) is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AmountProblem {
    /// Not a number, below 0, or 0 where 0 is not allowed.
    BelowRange,
    /// Above the field's bound (`inf` too).
    AboveBound,
    /// Not a whole number of hundredths: the planner could not count it exactly.
    FinerThanCents,
}

/// Checks an amount against `0..=max` (`0` itself only when `zero_ok`), in
/// whole hundredths.
pub fn check_amount(value: f64, zero_ok: bool, max: u32) -> Result<(), AmountProblem> {
    if value.is_nan() || value < 0.0 || (value == 0.0 && !zero_ok) {
        Err(AmountProblem::BelowRange)
    } else if value > f64::from(max) {
        Err(AmountProblem::AboveBound)
    } else if from_units(to_units(value)) != value {
        Err(AmountProblem::FinerThanCents)
    } else {
        Ok(())
    }
}

/// Hours or euros in hundredths. Exact for every amount [`check_amount`]
/// accepts: parsing `12.35` gives the double nearest to 12.35, so times 100
/// it is within far less than half a unit of 1235.
pub fn to_units(value: f64) -> u64 {
    (value * UNITS_PER_WHOLE).round().max(0.0) as u64
}

/// The whole cents a budget in euro lets a route spend: a budget need not be
/// whole cents (`--budget 0.299` allows 29). The `1e-6` keeps a budget that
/// is whole cents whole (`0.29 * 100` is 28.999…).
pub fn budget_units(euro: f64) -> u64 {
    (euro * UNITS_PER_WHOLE + 1e-6).floor().max(0.0) as u64
}

/// Hundredths back to hours or euros: the double nearest to the amount.
pub fn from_units(units: u64) -> f64 {
    units as f64 / UNITS_PER_WHOLE
}

/// An amount as messages show it: short even when it is huge (`1e308`) or
/// tiny (`1e-300`, which in full takes 300 digits).
pub fn shown_amount(value: f64) -> String {
    let magnitude = value.abs();
    if magnitude >= 1e15 || (magnitude > 0.0 && magnitude < 1e-6) {
        format!("{value:e}")
    } else {
        format!("{value}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_in_hundredths_within_the_bound_are_accepted() {
        for value in [0.01, 0.29, 8.0, 12.35, 9_999.99, f64::from(MAX_HOURS)] {
            assert_eq!(check_amount(value, false, MAX_HOURS), Ok(()), "{value}");
            assert_eq!(from_units(to_units(value)), value);
        }
        assert_eq!(check_amount(0.0, true, MAX_COST), Ok(()));
    }

    #[test]
    fn amounts_out_of_bounds_or_too_precise_are_refused() {
        use AmountProblem::*;
        for (value, zero_ok, problem) in [
            (0.0, false, BelowRange),
            (-0.01, true, BelowRange),
            (f64::NAN, true, BelowRange),
            (f64::NEG_INFINITY, true, BelowRange),
            (f64::INFINITY, true, AboveBound),
            (10_000.01, false, AboveBound),
            (1e308, false, AboveBound),
            (1.125, false, FinerThanCents),
            (0.001, false, FinerThanCents),
        ] {
            assert_eq!(
                check_amount(value, zero_ok, MAX_HOURS),
                Err(problem),
                "{value}"
            );
        }
    }

    #[test]
    fn a_budget_allows_its_whole_cents() {
        for (euro, cents) in [(0.29, 29), (0.299, 29), (0.0, 0), (3000.0, 300_000)] {
            assert_eq!(budget_units(euro), cents, "{euro}");
        }
    }

    #[test]
    fn huge_amounts_are_shown_short() {
        assert_eq!(shown_amount(1e308), "1e308");
        assert_eq!(shown_amount(1e-300), "1e-300");
        assert_eq!(shown_amount(-2.5e-7), "-2.5e-7");
        assert_eq!(shown_amount(0.001), "0.001");
        assert_eq!(shown_amount(12.5), "12.5");
    }
}
