//! CSV cells that a spreadsheet shows as text, never runs.
//!
//! Excel, LibreOffice and Google Sheets run a cell that starts with `=`,
//! `+`, `-` or `@` (and, in some versions, a tab or carriage return) as a
//! formula, so a worker id or module name such as `=HYPERLINK(…)` in a CSV
//! file would be a formula on opening (CSV injection). Such a cell gets a
//! leading `'`, which spreadsheets show as text; every text cell of every CSV
//! output goes through [`text_cell`].

const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

pub fn text_cell(text: &str) -> String {
    if text.starts_with(FORMULA_STARTS) {
        format!("'{text}")
    } else {
        text.to_string()
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
        for plain in ["anna", "", "a=b", "plc-basis", "'quoted"] {
            assert_eq!(text_cell(plain), plain);
        }
    }
}
