//! `--format csv`: one row per package, in report order, for spreadsheets (RFC 4180).
//!
//! Columns: `ecosystem,name,version,purl,scope,direct,declared,license,category,verdict,
//! license_source,manifest`. `category` is the categories of the license expression's
//! requirements, deduplicated in catalog order and joined with `+`; `manifest` is every manifest
//! that brought the package in, joined with `;`. Fields holding a comma, a double quote or a line
//! break are quoted, with quotes doubled; lines end with CRLF, as RFC 4180 says.

use std::io::{self, Write};

use super::ScanReport;
use crate::license::catalog::{Category, category_of};
use crate::model::display_path;
use crate::policy::eval::Evaluated;

/// The header row.
const HEADER: [&str; 12] = [
    "ecosystem",
    "name",
    "version",
    "purl",
    "scope",
    "direct",
    "declared",
    "license",
    "category",
    "verdict",
    "license_source",
    "manifest",
];

/// Writes the header and one row per package.
pub fn render(report: &ScanReport, out: &mut dyn Write) -> io::Result<()> {
    write_row(&HEADER.map(str::to_owned), out)?;
    for evaluated in &report.packages {
        write_row(&row(evaluated), out)?;
    }
    Ok(())
}

/// The fields of one package, in header order.
fn row(evaluated: &Evaluated) -> [String; 12] {
    let resolved = &evaluated.resolved;
    let package = &resolved.package;
    [
        package.ecosystem.as_str().to_owned(),
        package.name.clone(),
        package.version.clone(),
        package.purl.clone(),
        package.scope.as_str().to_owned(),
        package.direct.to_string(),
        package.declared.clone().unwrap_or_default(),
        resolved.license_text().unwrap_or_default(),
        categories(resolved.license.as_deref()),
        evaluated.verdict.as_str().to_owned(),
        resolved.source.as_str().to_owned(),
        package
            .manifests
            .iter()
            .map(|m| display_path(m))
            .collect::<Vec<_>>()
            .join(";"),
    ]
}

/// The categories of an expression's requirements, deduplicated, in catalog order, joined by `+`.
fn categories(expression: Option<&spdx::Expression>) -> String {
    let Some(expression) = expression else {
        return String::new();
    };
    let mut found: Vec<Category> = expression
        .requirements()
        .map(|r| category_of(&r.req))
        .collect();
    found.sort();
    found.dedup();
    found
        .iter()
        .map(|c| c.as_str())
        .collect::<Vec<_>>()
        .join("+")
}

/// Writes one record, fields quoted as needed, ending in CRLF.
pub fn write_row(fields: &[String], out: &mut dyn Write) -> io::Result<()> {
    let line = fields
        .iter()
        .map(|f| field(f))
        .collect::<Vec<_>>()
        .join(",");
    write!(out, "{line}\r\n")
}

/// One field: as it is, or quoted with its quotes doubled when it holds `,`, `"`, CR or LF.
fn field(text: &str) -> String {
    if text.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::field;

    #[test]
    fn quotes_only_when_needed() {
        assert_eq!(field("MIT"), "MIT");
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("two\nlines"), "\"two\nlines\"");
    }
}
