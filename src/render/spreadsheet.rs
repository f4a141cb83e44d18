//! CSV cells that a spreadsheet shows as text, never runs.
//!
//! Excel, LibreOffice and Google Sheets run a cell that starts with `=`,
//! `+`, `-` or `@` followed by more text (and, in some versions, one that
//! starts with a tab or carriage return) as a formula, so a worker id or
//! module name such as `=HYPERLINK(…)` in a CSV file would be a formula on
//! opening (CSV injection). Such a cell gets a leading `'`, which spreadsheets
//! show as text; every text cell of every CSV output goes through
//! [`text_cell`]. A lone sign (`gap`'s `-` for "none") is text already, and
//! is kept as it is.

/// Signs that start a formula when something follows them.
const FORMULA_SIGNS: [char; 4] = ['=', '+', '-', '@'];
/// Characters that start a formula on their own in some spreadsheets.
const FORMULA_BLANKS: [char; 2] = ['\t', '\r'];

pub fn text_cell(text: &str) -> String {
    if runs_as_formula(text) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

fn runs_as_formula(text: &str) -> bool {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) if FORMULA_SIGNS.contains(&first) => chars.next().is_some(),
        Some(first) => FORMULA_BLANKS.contains(&first),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::text_cell;

    #[test]
    fn formulas_become_text_and_the_rest_is_kept() {
        for formula in ["=1+2", "+31 6", "-2", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(text_cell(formula), format!("'{formula}"));
        }
        for plain in [
            "anna",
            "",
            "a=b",
            "plc-basis",
            "'quoted",
            "-",
            "=",
            "+",
            "@",
        ] {
            assert_eq!(text_cell(plain), plain);
        }
    }
}
