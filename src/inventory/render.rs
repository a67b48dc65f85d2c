//! The inventory's answers for people (tables, Markdown, one HTML page) and for scripts (JSON,
//! CSV). Like the scan's renderers, these only present what the queries found.

use std::io::{self, Write};

use comfy_table::{Table, presets};
use serde::Serialize;

use super::add::Added;
use super::query::{Changes, ExceptionUse, Licenses, Relicensing, RepositoryStatus, Usage};
use crate::i18n::tr;
use crate::report::csv::write_row;
use crate::report::html::escape;
use crate::report::markdown::cell;

/// Output formats of the inventory's questions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// A table for people.
    Table,
    /// JSON for scripts.
    Json,
    /// CSV for spreadsheets.
    Csv,
}

/// Formats of the portfolio report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum PortfolioFormat {
    /// One self-contained HTML page.
    Html,
    /// Markdown.
    Markdown,
    /// JSON: the page's content for scripts.
    Json,
    /// CSV: every package of every repository's latest scan, one row each.
    Csv,
}

/// The exceptions' columns (message ids), in the terminal table and on the portfolio page.
const EXCEPTION_COLUMNS: &[&str] = &[
    "inv-col-repository",
    "col-package",
    "col-license",
    "inv-col-status",
    "inv-col-expires",
    "inv-col-approved-by",
    "inv-col-ticket",
];

/// A table for people; `header` holds catalogue ids.
fn table(header: &[&str]) -> Table {
    let mut table = Table::new();
    table.load_style(presets::UTF8_FULL_CONDENSED);
    table.force_no_tty();
    table.set_header(header.iter().map(|id| crate::i18n::text(id)));
    table
}

/// A Markdown table's header and separator rows; `columns` holds catalogue ids, each with its
/// separator (`---`, or `---:` for figures).
fn markdown_header(columns: &[(&str, &str)]) -> String {
    let names: Vec<String> = columns
        .iter()
        .map(|(id, _)| crate::i18n::text(id))
        .collect();
    let rules: Vec<&str> = columns.iter().map(|(_, rule)| *rule).collect();
    format!("| {} |\n| {} |", names.join(" | "), rules.join(" | "))
}

/// An HTML table head; `columns` holds catalogue ids (an empty id is an empty cell).
fn html_head(columns: &[&str]) -> String {
    let cells: String = columns
        .iter()
        .map(|id| match *id {
            "" => "<th></th>".to_owned(),
            id => format!("<th>{}</th>", escape(&crate::i18n::text(id))),
        })
        .collect();
    format!("<thead><tr>{cells}</tr></thead>")
}

/// A verdict stored by a scan, as people read it (the stored text when it is not one ossdoo
/// knows).
fn verdict_word(verdict: &str) -> String {
    use crate::policy::eval::Verdict;
    let known = [
        Verdict::Allowed,
        Verdict::Review,
        Verdict::Denied,
        Verdict::Unknown,
        Verdict::Excepted,
        Verdict::Ignored,
    ];
    known
        .into_iter()
        .find(|v| v.as_str() == verdict)
        .map_or_else(|| verdict.to_owned(), Verdict::label)
}

/// A repository's status (`pass`, `fail`, `error`), as people read it.
fn status_word(status: &str) -> String {
    match status {
        "pass" => tr!("inv-status-pass"),
        "fail" => tr!("inv-status-fail"),
        "error" => tr!("inv-status-error"),
        other => other.to_owned(),
    }
}

/// An exception's status (`in-force`, `unused`, `expired`), as people read it.
fn exception_status_word(status: &str) -> String {
    match status {
        "in-force" => tr!("inv-exception-in-force"),
        "unused" => tr!("inv-exception-unused"),
        "expired" => tr!("inv-exception-expired"),
        other => other.to_owned(),
    }
}

fn json(value: &impl Serialize, out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    writeln!(out)
}

fn or_dash(text: Option<&str>) -> &str {
    text.unwrap_or("-")
}

/// The day of an RFC 3339 time: `2026-12-05T09:30:00Z` → `2026-12-05`.
fn day(time: &str) -> &str {
    time.get(..10).unwrap_or(time)
}

fn short_commit(commit: &str) -> &str {
    if commit.is_empty() {
        "-"
    } else {
        // `get`: a commit given by hand may hold any text, and a byte slice could split a char.
        commit.get(..12).unwrap_or(commit)
    }
}

fn csv(
    header: &[&str],
    rows: impl Iterator<Item = Vec<String>>,
    out: &mut dyn Write,
) -> io::Result<()> {
    write_row(
        &header.iter().map(|h| (*h).to_owned()).collect::<Vec<_>>(),
        out,
    )?;
    for row in rows {
        write_row(&row, out)?;
    }
    Ok(())
}

/// `add`: what each report became.
pub fn added(list: &[Added], format: Format, out: &mut dyn Write) -> io::Result<()> {
    match format {
        Format::Json => json(&list, out),
        Format::Csv => csv(
            &["repository", "scan", "added", "packages"],
            list.iter().map(|a| {
                vec![
                    a.repository.clone(),
                    a.scan_id.to_string(),
                    a.added.to_string(),
                    a.packages.to_string(),
                ]
            }),
            out,
        ),
        Format::Table => {
            for a in list {
                let line = if a.added {
                    tr!(
                        "inv-added",
                        scan = a.scan_id,
                        repository = &a.repository,
                        packages = a.packages
                    )
                } else {
                    tr!(
                        "inv-already-added",
                        scan = a.scan_id,
                        repository = &a.repository
                    )
                };
                writeln!(out, "{line}")?;
            }
            Ok(())
        }
    }
}

const USAGE_HEADER: [&str; 11] = [
    "repository",
    "commit",
    "scanned_at",
    "purl",
    "ecosystem",
    "name",
    "version",
    "scope",
    "direct",
    "license",
    "verdict",
];

fn usage_row(u: &Usage) -> Vec<String> {
    vec![
        u.repository.clone(),
        u.commit.clone(),
        u.scanned_at.clone(),
        u.purl.clone(),
        u.ecosystem.clone(),
        u.name.clone(),
        u.version.clone(),
        u.scope.clone(),
        u.direct.to_string(),
        u.license.clone().unwrap_or_default(),
        u.verdict.clone(),
    ]
}

#[derive(Serialize)]
struct WhoUses<'a> {
    query: &'a str,
    history: bool,
    repositories: usize,
    uses: &'a [Usage],
}

fn repository_count(uses: &[Usage]) -> usize {
    let mut names: Vec<&str> = uses.iter().map(|u| u.repository.as_str()).collect();
    names.dedup();
    names.len()
}

/// `who-uses`.
pub fn who_uses(
    query: &str,
    history: bool,
    uses: &[Usage],
    format: Format,
    out: &mut dyn Write,
) -> io::Result<()> {
    let repositories = repository_count(uses);
    match format {
        Format::Json => json(
            &WhoUses {
                query,
                history,
                repositories,
                uses,
            },
            out,
        ),
        Format::Csv => csv(&USAGE_HEADER, uses.iter().map(usage_row), out),
        Format::Table => {
            if uses.is_empty() {
                let line = if history {
                    tr!("inv-no-use-history", query = query)
                } else {
                    tr!("inv-no-use-latest", query = query)
                };
                return writeln!(out, "{line}");
            }
            let mut t = table(&[
                "inv-col-repository",
                "col-package",
                "col-version",
                "inv-col-how",
                "col-license",
                "col-verdict",
                "inv-col-scanned",
            ]);
            for u in uses {
                t.add_row(vec![
                    u.repository.clone(),
                    format!("{} {}", u.ecosystem, u.name),
                    u.version.clone(),
                    format!(
                        "{} {}",
                        if u.direct {
                            tr!("inv-direct")
                        } else {
                            tr!("inv-transitive")
                        },
                        u.scope
                    ),
                    or_dash(u.license.as_deref()).to_owned(),
                    verdict_word(&u.verdict),
                    format!("{} {}", day(&u.scanned_at), short_commit(&u.commit)),
                ]);
            }
            writeln!(out, "{t}")?;
            let line = if history {
                tr!(
                    "inv-uses-every-scan",
                    uses = uses.len(),
                    repositories = repositories
                )
            } else {
                tr!(
                    "inv-uses-latest-scans",
                    uses = uses.len(),
                    repositories = repositories
                )
            };
            writeln!(out, "{line}")
        }
    }
}

/// `licenses`.
pub fn licenses(l: &Licenses, format: Format, out: &mut dyn Write) -> io::Result<()> {
    match format {
        Format::Json => json(l, out),
        Format::Csv => csv(
            &["repository", "license", "category", "packages"],
            l.per_repository.iter().flat_map(|r| {
                r.licenses.iter().map(move |c| {
                    vec![
                        r.repository.clone(),
                        c.license.clone().unwrap_or_default(),
                        c.category.unwrap_or("unknown").to_owned(),
                        c.packages.to_string(),
                    ]
                })
            }),
            out,
        ),
        Format::Table => {
            writeln!(
                out,
                "{}\n",
                tr!(
                    "inv-licenses-summary",
                    packages = l.packages,
                    repositories = l.repositories
                )
            )?;
            let mut t = table(&[
                "report-col-category",
                "inv-col-packages",
                "inv-col-share",
                "inv-col-repositories",
            ]);
            for c in &l.categories {
                t.add_row(vec![
                    c.category.to_owned(),
                    c.packages.to_string(),
                    percent(c.packages, l.packages),
                    c.repositories.to_string(),
                ]);
            }
            writeln!(out, "{t}\n")?;
            let mut t = table(&[
                "col-license",
                "report-col-category",
                "inv-col-packages",
                "inv-col-repositories",
            ]);
            for c in &l.licenses {
                t.add_row(vec![
                    c.license
                        .clone()
                        .unwrap_or_else(|| tr!("inv-unknown-license")),
                    c.category.unwrap_or("unknown").to_owned(),
                    c.packages.to_string(),
                    c.repositories.to_string(),
                ]);
            }
            writeln!(out, "{t}\n")?;
            let mut t = table(&[
                "inv-col-repository",
                "inv-col-packages",
                "inv-col-categories",
            ]);
            for r in &l.per_repository {
                t.add_row(vec![
                    r.repository.clone(),
                    r.packages.to_string(),
                    r.categories
                        .iter()
                        .map(|c| format!("{} {}", c.category, c.packages))
                        .collect::<Vec<_>>()
                        .join(", "),
                ]);
            }
            writeln!(out, "{t}")
        }
    }
}

fn percent(part: i64, whole: i64) -> String {
    if whole == 0 {
        return "-".to_owned();
    }
    share(part as f64 * 100.0 / whole as f64)
}

/// A share for people: `12.5%`, « 12,5 % ».
fn share(value: f64) -> String {
    tr!("report-percent", value = crate::i18n::decimal(value, 1))
}

/// `exceptions`.
pub fn exceptions(list: &[ExceptionUse], format: Format, out: &mut dyn Write) -> io::Result<()> {
    match format {
        Format::Json => json(&list, out),
        Format::Csv => csv(
            &[
                "repository",
                "package",
                "license",
                "status",
                "expires",
                "days_left",
                "approved_by",
                "ticket",
                "used_by",
                "reason",
            ],
            list.iter().map(|e| {
                vec![
                    e.repository.clone(),
                    e.exception.package.clone(),
                    e.exception.license.clone(),
                    e.status.clone(),
                    e.exception.expires.clone().unwrap_or_default(),
                    e.days_left.map(|d| d.to_string()).unwrap_or_default(),
                    e.exception.approved_by.clone().unwrap_or_default(),
                    e.exception.ticket.clone().unwrap_or_default(),
                    e.used_by.to_string(),
                    e.exception.reason.clone(),
                ]
            }),
            out,
        ),
        Format::Table => {
            if list.is_empty() {
                return writeln!(out, "{}", tr!("inv-no-exception"));
            }
            let mut t = table(EXCEPTION_COLUMNS);
            for e in list {
                t.add_row(vec![
                    e.repository.clone(),
                    e.exception.package.clone(),
                    e.exception.license.clone(),
                    exception_status_word(&e.status),
                    match (&e.exception.expires, e.days_left) {
                        (Some(date), Some(days)) if days >= 0 => {
                            tr!("inv-expires-in", date = date, days = days)
                        }
                        (Some(date), _) => date.clone(),
                        (None, _) => tr!("inv-never"),
                    },
                    or_dash(e.exception.approved_by.as_deref()).to_owned(),
                    or_dash(e.exception.ticket.as_deref()).to_owned(),
                ]);
            }
            writeln!(out, "{t}")?;
            writeln!(out, "{}", tr!("inv-exception-count", count = list.len()))
        }
    }
}

/// `changes`.
pub fn changes(c: &Changes, format: Format, out: &mut dyn Write) -> io::Result<()> {
    match format {
        Format::Json => json(c, out),
        Format::Csv => {
            let mut rows = Vec::new();
            for r in &c.repositories {
                let mut push = |change: &str, purl: &str, from: &str, to: &str| {
                    rows.push(vec![
                        r.repository.clone(),
                        change.to_owned(),
                        purl.to_owned(),
                        from.to_owned(),
                        to.to_owned(),
                    ]);
                };
                for p in &r.diff.added {
                    push("added", &p.purl, "", &p.version);
                }
                for p in &r.diff.removed {
                    push("removed", &p.purl, &p.version, "");
                }
                for (o, n) in &r.diff.upgraded {
                    push("upgraded", &n.purl, &o.version, &n.version);
                }
                for (o, n) in &r.diff.license_changed {
                    push(
                        "license",
                        &n.purl,
                        o.license.as_deref().unwrap_or(""),
                        n.license.as_deref().unwrap_or(""),
                    );
                }
            }
            for rl in &c.relicensed {
                rows.push(vec![
                    String::new(),
                    "relicensed".to_owned(),
                    rl.package.clone(),
                    format!("{} {}", rl.from_version, rl.from_license),
                    format!("{} {}", rl.to_version, rl.to_license),
                ]);
            }
            csv(
                &["repository", "change", "package", "from", "to"],
                rows.into_iter(),
                out,
            )
        }
        Format::Table => {
            let heading = match c.since.as_deref() {
                Some(since) => tr!(
                    "inv-relicensed-since",
                    since = since,
                    count = c.relicensed.len()
                ),
                None => tr!("inv-relicensed-count", count = c.relicensed.len()),
            };
            writeln!(out, "{heading}")?;
            // The change labels, padded to the longest (`license  `, `upgraded `).
            let labels = [
                tr!("inv-change-license"),
                tr!("inv-change-added"),
                tr!("inv-change-removed"),
                tr!("inv-change-upgraded"),
                tr!("inv-change-new"),
                tr!("inv-change-fixed"),
            ];
            let width = labels.iter().map(|l| l.chars().count()).max().unwrap_or(8);
            let [license, added, removed, upgraded, new, fixed] =
                labels.map(|l| format!("{l:<width$}"));
            for rl in &c.relicensed {
                write_relicensing(rl, out)?;
            }
            for r in &c.repositories {
                writeln!(
                    out,
                    "\n{}: {} {} → {} {}",
                    r.repository,
                    day(&r.from.scanned_at),
                    short_commit(&r.from.commit),
                    day(&r.to.scanned_at),
                    short_commit(&r.to.commit)
                )?;
                for (o, n) in &r.diff.license_changed {
                    writeln!(out, "  {license} {}", crate::baseline::license_change(o, n))?;
                }
                for p in &r.diff.added {
                    writeln!(out, "  {added} {} {} {}", p.ecosystem, p.name, p.version)?;
                }
                for p in &r.diff.removed {
                    writeln!(out, "  {removed} {} {} {}", p.ecosystem, p.name, p.version)?;
                }
                for (o, n) in &r.diff.upgraded {
                    writeln!(
                        out,
                        "  {upgraded} {} {} {} → {}",
                        n.ecosystem, n.name, o.version, n.version
                    )?;
                }
                for f in &r.diff.new_findings {
                    writeln!(out, "  {new} [{}] {}: {}", f.rule, f.purl, f.message)?;
                }
                for f in &r.diff.fixed_findings {
                    writeln!(out, "  {fixed} [{}] {}", f.rule, f.purl)?;
                }
            }
            if c.repositories.is_empty() {
                writeln!(out, "\n{}", tr!("inv-no-change"))?;
            }
            Ok(())
        }
    }
}

fn write_relicensing(rl: &Relicensing, out: &mut dyn Write) -> io::Result<()> {
    writeln!(
        out,
        "  {}",
        tr!(
            "inv-relicensing",
            package = &rl.package,
            from = format!("{} {}", rl.from_version, rl.from_license),
            to = format!("{} {}", rl.to_version, rl.to_license),
            date = day(&rl.first_seen)
        )
    )?;
    let before = tr!("inv-still-before");
    let after = tr!("inv-on-or-after");
    let width = before.chars().count().max(after.chars().count());
    writeln!(
        out,
        "    {before:<width$} {}",
        list_or_none(&rl.repositories_before)
    )?;
    writeln!(
        out,
        "    {after:<width$} {}",
        list_or_none(&rl.repositories_after)
    )
}

fn list_or_none(names: &[String]) -> String {
    if names.is_empty() {
        tr!("inv-none")
    } else {
        names.join(", ")
    }
}

/// Everything on the portfolio page.
#[derive(Debug, Serialize)]
pub struct Portfolio {
    /// The date the page describes (today, or `OSSDOO_TODAY`).
    pub date: String,
    pub repositories: Vec<RepositoryStatus>,
    pub licenses: Licenses,
    /// Exceptions expiring within 90 days, or already expired.
    pub exceptions: Vec<ExceptionUse>,
    pub relicensed: Vec<Relicensing>,
}

/// The formats of the page itself (`report`'s CSV is every package instead).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageFormat {
    Html,
    Markdown,
    Json,
}

impl PortfolioFormat {
    /// The page's format, or `None` for CSV.
    pub fn page(self) -> Option<PageFormat> {
        match self {
            PortfolioFormat::Html => Some(PageFormat::Html),
            PortfolioFormat::Markdown => Some(PageFormat::Markdown),
            PortfolioFormat::Json => Some(PageFormat::Json),
            PortfolioFormat::Csv => None,
        }
    }
}

/// `report`: the page.
pub fn portfolio(p: &Portfolio, format: PageFormat, out: &mut dyn Write) -> io::Result<()> {
    match format {
        PageFormat::Json => json(p, out),
        PageFormat::Markdown => portfolio_markdown(p, out),
        PageFormat::Html => portfolio_html(p, out),
    }
}

/// `report --format csv`: every package of every repository's latest scan, one row each.
pub fn packages_csv(packages: &[Usage], out: &mut dyn Write) -> io::Result<()> {
    csv(&USAGE_HEADER, packages.iter().map(usage_row), out)
}

fn totals(p: &Portfolio) -> (usize, usize, usize) {
    let failing = p.repositories.iter().filter(|r| r.status != "pass").count();
    (
        p.repositories.len(),
        failing,
        p.repositories.len() - failing,
    )
}

fn portfolio_markdown(p: &Portfolio, out: &mut dyn Write) -> io::Result<()> {
    let (all, failing, passing) = totals(p);
    writeln!(out, "# {}\n", tr!("inv-portfolio-title", date = &p.date))?;
    writeln!(
        out,
        "{}\n",
        tr!(
            "inv-portfolio-summary",
            repositories = all,
            passing = passing,
            failing = failing,
            packages = p.licenses.packages
        )
    )?;
    writeln!(out, "## {}\n", tr!("inv-repositories"))?;
    writeln!(
        out,
        "{}",
        markdown_header(&[
            ("inv-col-repository", "---"),
            ("inv-col-status", "---"),
            ("inv-col-scanned", "---"),
            ("inv-col-commit", "---"),
            ("inv-col-packages", "---:"),
            ("inv-col-denied", "---:"),
            ("inv-col-review", "---:"),
            ("inv-col-unknown", "---:"),
            ("inv-col-excepted", "---:"),
        ])
    )?;
    for r in &p.repositories {
        writeln!(
            out,
            "| {} | {} | {} | `{}` | {} | {} | {} | {} | {} |",
            cell(&r.repository),
            status_word(r.status),
            day(&r.scanned_at),
            short_commit(&r.commit),
            r.counts.packages,
            r.counts.denied,
            r.counts.review,
            r.counts.unknown,
            r.counts.excepted
        )?;
    }
    writeln!(out, "\n## {}\n", tr!("inv-expiring"))?;
    if p.exceptions.is_empty() {
        writeln!(out, "{}", tr!("inv-none-sentence"))?;
    } else {
        writeln!(
            out,
            "{}",
            markdown_header(&[
                ("inv-col-repository", "---"),
                ("col-package", "---"),
                ("col-license", "---"),
                ("inv-col-status", "---"),
                ("inv-col-expires", "---"),
                ("inv-col-approved-by", "---"),
                ("inv-col-ticket", "---"),
            ])
        )?;
        for e in &p.exceptions {
            writeln!(
                out,
                "| {} | `{}` | `{}` | {} | {} | {} | {} |",
                cell(&e.repository),
                cell(&e.exception.package),
                cell(&e.exception.license),
                exception_status_word(&e.status),
                or_dash(e.exception.expires.as_deref()),
                cell(or_dash(e.exception.approved_by.as_deref())),
                cell(or_dash(e.exception.ticket.as_deref()))
            )?;
        }
    }
    writeln!(out, "\n## {}\n", tr!("inv-relicensed"))?;
    if p.relicensed.is_empty() {
        writeln!(out, "{}", tr!("inv-none-seen"))?;
    } else {
        writeln!(
            out,
            "{}",
            markdown_header(&[
                ("col-package", "---"),
                ("inv-col-from", "---"),
                ("inv-col-to", "---"),
                ("inv-col-first-seen", "---"),
                ("inv-col-still-before", "---"),
                ("inv-col-on-or-after", "---"),
            ])
        )?;
        for rl in &p.relicensed {
            writeln!(
                out,
                "| `{}` | {} `{}` | {} `{}` | {} | {} | {} |",
                cell(&rl.package),
                cell(&rl.from_version),
                cell(&rl.from_license),
                cell(&rl.to_version),
                cell(&rl.to_license),
                day(&rl.first_seen),
                cell(&list_or_none(&rl.repositories_before)),
                cell(&list_or_none(&rl.repositories_after))
            )?;
        }
    }
    writeln!(out, "\n## {}\n", tr!("inv-categories"))?;
    writeln!(
        out,
        "{}",
        markdown_header(&[
            ("report-col-category", "---"),
            ("inv-col-packages", "---:"),
            ("inv-col-share", "---:"),
            ("inv-col-repositories", "---:"),
        ])
    )?;
    for c in &p.licenses.categories {
        writeln!(
            out,
            "| {} | {} | {} | {} |",
            c.category,
            c.packages,
            percent(c.packages, p.licenses.packages),
            c.repositories
        )?;
    }
    writeln!(out, "\n## {}\n", tr!("inv-licenses"))?;
    writeln!(
        out,
        "{}",
        markdown_header(&[
            ("col-license", "---"),
            ("report-col-category", "---"),
            ("inv-col-packages", "---:"),
            ("inv-col-repositories", "---:"),
        ])
    )?;
    for c in &p.licenses.licenses {
        writeln!(
            out,
            "| {} | {} | {} | {} |",
            c.license
                .as_deref()
                .map_or_else(|| tr!("inv-unknown-license"), |l| format!("`{}`", cell(l))),
            c.category.unwrap_or("unknown"),
            c.packages,
            c.repositories
        )?;
    }
    Ok(())
}

const STYLE: &str = "
body { font: 15px/1.45 system-ui, -apple-system, 'Segoe UI', sans-serif; margin: 0; color: #1b1f24; background: #f6f7f9; }
header { background: #26374a; color: #fff; padding: 1.2rem 2rem; }
header h1 { margin: 0; font-size: 1.5rem; }
header p { margin: .3rem 0 0; opacity: .9; }
main { padding: 1rem 2rem 3rem; max-width: 80rem; }
section { background: #fff; border: 1px solid #d8dde3; border-radius: 6px; padding: .8rem 1.2rem; margin: 1rem 0; }
h2 { font-size: 1.15rem; margin: .3rem 0 .8rem; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: .3rem .6rem; border-bottom: 1px solid #e4e7eb; vertical-align: top; }
th { background: #eef1f4; font-weight: 600; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
code { font-family: ui-monospace, 'SFMono-Regular', Menlo, monospace; font-size: .9em; }
.status { font-weight: 700; padding: .05rem .45rem; border-radius: 4px; }
.status-pass { background: #d8f0dc; color: #1c5e2a; }
.status-fail { background: #f8d7d4; color: #8a1c12; }
.status-error { background: #fbe7c0; color: #7a4b00; }
.bar { display: inline-block; height: .8rem; background: #5a7fa8; vertical-align: middle; }
.cards { display: flex; gap: 1rem; flex-wrap: wrap; }
.card { background: #fff; border: 1px solid #d8dde3; border-radius: 6px; padding: .6rem 1rem; min-width: 9rem; }
.card b { display: block; font-size: 1.6rem; }
.muted { color: #5c6670; }
";

fn portfolio_html(p: &Portfolio, out: &mut dyn Write) -> io::Result<()> {
    let (all, failing, passing) = totals(p);
    let mut page = String::with_capacity(64 * 1024);
    page.push_str(&format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n",
        crate::i18n::current().code()
    ));
    page.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    page.push_str(&format!(
        "<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        escape(&tr!("inv-portfolio-title", date = &p.date))
    ));
    page.push_str(&format!(
        "<header><h1>{}</h1><p>{}</p></header>\n<main>\n",
        escape(&tr!("inv-portfolio-heading")),
        escape(&tr!(
            "inv-portfolio-subtitle",
            date = &p.date,
            repositories = all,
            packages = p.licenses.packages
        )),
    ));
    let t = |id: &str| escape(&crate::i18n::text(id));
    page.push_str(&format!(
        "<div class=\"cards\"><div class=\"card\"><b>{all}</b>{}</div><div class=\"card\"><b>{passing}</b>{}</div><div class=\"card\"><b>{failing}</b>{}</div><div class=\"card\"><b>{}</b>{}</div><div class=\"card\"><b>{}</b>{}</div></div>\n",
        t("inv-card-repositories"),
        t("inv-card-pass"),
        t("inv-card-fail"),
        p.exceptions.len(),
        t("inv-card-exceptions"),
        p.relicensed.len(),
        t("inv-card-relicensed"),
    ));

    page.push_str(&format!(
        "<section id=\"repositories\"><h2>{}</h2><table>\n{}\n<tbody>\n",
        t("inv-repositories"),
        html_head(&[
            "inv-col-repository",
            "inv-col-status",
            "inv-col-scanned",
            "inv-col-commit",
            "inv-col-policy",
            "inv-col-packages",
            "inv-col-denied",
            "inv-col-review",
            "inv-col-unknown",
            "inv-col-excepted",
        ])
    ));
    for r in &p.repositories {
        page.push_str(&format!(
            "<tr data-status=\"{status}\"><td>{}</td><td><span class=\"status status-{status}\">{}</span></td><td>{}</td><td><code>{}</code></td><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>\n",
            escape(&r.repository),
            escape(&status_word(r.status)),
            escape(day(&r.scanned_at)),
            escape(short_commit(&r.commit)),
            escape(&r.policy),
            r.counts.packages,
            r.counts.denied,
            r.counts.review,
            r.counts.unknown,
            r.counts.excepted,
            status = r.status,
        ));
    }
    page.push_str("</tbody></table></section>\n");

    page.push_str(&format!(
        "<section id=\"exceptions\"><h2>{}</h2>\n",
        t("inv-expiring")
    ));
    if p.exceptions.is_empty() {
        page.push_str(&format!(
            "<p class=\"muted\">{}</p>\n",
            t("inv-none-sentence")
        ));
    } else {
        page.push_str(&format!(
            "<table>\n{}\n<tbody>\n",
            html_head(EXCEPTION_COLUMNS)
        ));
        for e in &p.exceptions {
            page.push_str(&format!(
                "<tr><td>{}</td><td><code>{}</code></td><td><code>{}</code></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
                escape(&e.repository),
                escape(&e.exception.package),
                escape(&e.exception.license),
                escape(&exception_status_word(&e.status)),
                escape(or_dash(e.exception.expires.as_deref())),
                escape(or_dash(e.exception.approved_by.as_deref())),
                escape(or_dash(e.exception.ticket.as_deref()))
            ));
        }
        page.push_str("</tbody></table>\n");
    }
    page.push_str("</section>\n");

    page.push_str(&format!(
        "<section id=\"relicensed\"><h2>{}</h2>\n",
        t("inv-relicensed")
    ));
    if p.relicensed.is_empty() {
        page.push_str(&format!("<p class=\"muted\">{}</p>\n", t("inv-none-seen")));
    } else {
        page.push_str(&format!(
            "<table>\n{}\n<tbody>\n",
            html_head(&[
                "col-package",
                "inv-col-from",
                "inv-col-to",
                "inv-col-first-seen",
                "inv-col-still-before",
                "inv-col-on-or-after",
            ])
        ));
        for rl in &p.relicensed {
            page.push_str(&format!(
                "<tr><td><code>{}</code></td><td>{} <code>{}</code></td><td>{} <code>{}</code></td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
                escape(&rl.package),
                escape(&rl.from_version),
                escape(&rl.from_license),
                escape(&rl.to_version),
                escape(&rl.to_license),
                escape(day(&rl.first_seen)),
                escape(&list_or_none(&rl.repositories_before)),
                escape(&list_or_none(&rl.repositories_after))
            ));
        }
        page.push_str("</tbody></table>\n");
    }
    page.push_str("</section>\n");

    page.push_str(&format!(
        "<section id=\"categories\"><h2>{}</h2><table>\n{}\n<tbody>\n",
        t("inv-categories"),
        html_head(&[
            "report-col-category",
            "inv-col-packages",
            "inv-col-share",
            "",
            "inv-col-repositories",
        ])
    ));
    for c in &p.licenses.categories {
        let share = if p.licenses.packages == 0 {
            0.0
        } else {
            c.packages as f64 * 100.0 / p.licenses.packages as f64
        };
        page.push_str(&format!(
            "<tr><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td><span class=\"bar\" style=\"width: {:.1}px\"></span></td><td class=\"n\">{}</td></tr>\n",
            escape(c.category),
            c.packages,
            escape(&self::share(share)),
            share * 3.0,
            c.repositories
        ));
    }
    page.push_str("</tbody></table></section>\n");

    page.push_str(&format!(
        "<section id=\"licenses\"><h2>{}</h2><table>\n{}\n<tbody>\n",
        t("inv-licenses"),
        html_head(&[
            "col-license",
            "report-col-category",
            "inv-col-packages",
            "inv-col-repositories",
        ])
    ));
    for c in &p.licenses.licenses {
        page.push_str(&format!(
            "<tr><td>{}</td><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>\n",
            c.license.as_deref().map_or_else(
                || format!("<span class=\"muted\">{}</span>", t("inv-unknown")),
                |l| format!("<code>{}</code>", escape(l))
            ),
            escape(c.category.unwrap_or("unknown")),
            c.packages,
            c.repositories
        ));
    }
    page.push_str("</tbody></table></section>\n");

    page.push_str("</main>\n</body>\n</html>\n");
    out.write_all(page.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::{day, short_commit};

    #[test]
    fn shortened_commits_and_days_never_split_a_character() {
        assert_eq!(short_commit(""), "-");
        assert_eq!(short_commit("0123456789abcdef"), "0123456789ab");
        // Byte 12 falls inside the `é`: the whole text rather than half a character.
        assert_eq!(short_commit("aaaaaaaaaaaéb"), "aaaaaaaaaaaéb");
        assert_eq!(day("2026-12-05T09:30:00Z"), "2026-12-05");
        assert_eq!(day("hier"), "hier");
    }
}
