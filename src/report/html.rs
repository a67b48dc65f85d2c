//! `--format html`: one self-contained HTML5 page for compliance staff.
//!
//! The page needs no network: the style and a small script are inline, fonts are the system's, the
//! chart is plain HTML bars sized here in Rust. Without JavaScript it is complete (every row is
//! shown, remedies can be selected by hand); the script only adds sorting, filtering, search and
//! copy buttons. Every piece of text from the scan goes through [`escape`]; the script holds no
//! scan data and reads what it needs from `data-*` attributes. Nothing depends on time or the
//! machine: the same input gives the same bytes. Documented in `docs/output-formats.md`.

use std::io::{self, Write};

use super::ScanReport;
use crate::exit::{self, FailOn};
use crate::i18n::tr;
use crate::license::LicenseSource;
use crate::license::catalog::Category;
use crate::model::{Ecosystem, Scope, display_path};
use crate::policy::eval::{Evaluated, Finding, Severity, Verdict};

/// Every verdict, most severe first: the order of cards, chart segments and filters.
const VERDICTS: &[Verdict] = &[
    Verdict::Denied,
    Verdict::Unknown,
    Verdict::Review,
    Verdict::Excepted,
    Verdict::Ignored,
    Verdict::Allowed,
];

/// Every severity, most severe first.
const SEVERITIES: &[Severity] = &[Severity::Error, Severity::Warning, Severity::Info];

/// Every scope, most significant first.
const SCOPES: &[Scope] = &[Scope::Runtime, Scope::Optional, Scope::Build, Scope::Dev];

/// The chart's label for packages whose license could not be concluded (no catalog category).
fn unresolved() -> String {
    tr!("html-unresolved")
}

/// Escapes text for HTML element content and quoted attribute values: `&`, `<`, `>`, `"`, `'`.
pub fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            c => escaped.push(c),
        }
    }
    escaped
}

/// Escapes text and shows its `` `backticked` `` spans as `<code>` (messages and help texts use
/// backticks for ids and paths).
fn rich(text: &str) -> String {
    text.split('`')
        .enumerate()
        .map(|(i, part)| {
            if i % 2 == 1 {
                format!("<code>{}</code>", escape(part))
            } else {
                escape(part)
            }
        })
        .collect()
}

/// Escapes a path or a package name and lets it wrap after each `/`, `:` and `.` (`<wbr>`), so
/// long names break between their parts rather than inside a word.
fn breakable(text: &str) -> String {
    escape(text)
        .replace('/', "/<wbr>")
        .replace(':', ":<wbr>")
        .replace('.', ".<wbr>")
}

/// The license category a package is counted under in the chart and the packages table
/// (`catalog::most_restrictive`), or `None` when no license was concluded.
pub fn package_category(evaluated: &Evaluated) -> Option<Category> {
    evaluated
        .resolved
        .license
        .as_ref()
        .map(|expression| crate::license::catalog::most_restrictive(expression))
}

/// The overall verdict, as `super::status` decides it: `PASS`, `FAIL` or `ERROR`.
fn overall(report: &ScanReport) -> &'static str {
    match super::status(report) {
        exit::COMPLIANT => "PASS",
        exit::VIOLATIONS => "FAIL",
        _ => "ERROR",
    }
}

/// The `--fail-on` value, as typed on the command line.
fn fail_on(fail_on: FailOn) -> &'static str {
    match fail_on {
        FailOn::Denied => "denied",
        FailOn::Review => "review",
        FailOn::Warning => "warning",
    }
}

/// The overall verdict as people read it.
fn overall_word(verdict: &str) -> String {
    match verdict {
        "PASS" => tr!("verdict-pass"),
        "FAIL" => tr!("verdict-fail"),
        _ => tr!("verdict-error"),
    }
}

/// The script with its words in the current language: each English text of [`SCRIPT`] is replaced
/// by its translation, as a JavaScript string literal (English gives back the same bytes).
fn script() -> String {
    let js = |text: String| {
        let mut literal = String::from("'");
        for c in text.chars() {
            match c {
                '\\' => literal.push_str("\\\\"),
                '\'' => literal.push_str("\\'"),
                '<' => literal.push_str("\\x3c"),
                c => literal.push(c),
            }
        }
        literal.push('\'');
        literal
    };
    // `n of total packages shown`: the numbers are the script's variables.
    let shown = tr!("html-js-shown", shown = "\u{1}", total = "\u{2}");
    let mut expression = Vec::new();
    let mut rest = shown.as_str();
    while let Some(at) = rest.find(['\u{1}', '\u{2}']) {
        if at > 0 {
            expression.push(js(rest[..at].to_owned()));
        }
        let variable = if rest[at..].starts_with('\u{1}') {
            "n"
        } else {
            "rows.length"
        };
        expression.push(variable.to_owned());
        rest = &rest[at + 1..];
    }
    if !rest.is_empty() {
        expression.push(js(rest.to_owned()));
    }
    SCRIPT
        .replace("'Copy'", &js(tr!("html-js-copy")))
        .replace("'Copied'", &js(tr!("html-js-copied")))
        .replace("'Selected: press Ctrl+C'", &js(tr!("html-js-selected")))
        .replace(
            "n+' of '+rows.length+' packages shown'",
            &expression.join("+"),
        )
}

/// Writes the report as one HTML page.
pub fn render(report: &ScanReport, out: &mut dyn Write) -> io::Result<()> {
    let mut page = String::with_capacity(64 * 1024);
    header(report, &mut page);
    page.push_str("<main>\n");
    summary(report, &mut page);
    chart(report, &mut page);
    findings(report, &mut page);
    projects(report, &mut page);
    packages(report, &mut page);
    diagnostics(report, &mut page);
    page.push_str("</main>\n");
    page.push_str(&format!(
        "<footer><p>{}</p></footer>\n<script>{}</script>\n</body>\n</html>\n",
        escape(&tr!(
            "html-footer",
            tool = env!("CARGO_PKG_NAME"),
            version = env!("CARGO_PKG_VERSION"),
        )),
        script(),
    ));
    out.write_all(page.as_bytes())
}

/// The document head and the page header: tool, root, policy, overall verdict, navigation.
fn header(report: &ScanReport, page: &mut String) {
    let verdict = overall(report);
    let errors = report
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .count();
    let warnings = report
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Warning)
        .count()
        + report.warnings.len();
    let mut why = vec![
        tr!("table-violations", count = errors),
        tr!("table-warnings", count = warnings),
    ];
    if !report.errors.is_empty() {
        why.push(tr!("report-input-error-count", count = report.errors.len()));
    }
    let explanation = match verdict {
        "PASS" => tr!("html-explain-pass"),
        "FAIL" => tr!("html-explain-fail"),
        _ => tr!("html-explain-error"),
    };
    let why = escape(&tr!(
        "html-why",
        counts = why.join(", "),
        explanation = explanation
    ));
    let t = |id: &str| escape(&crate::i18n::text(id));
    page.push_str(&format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"color-scheme\" content=\"light dark\">\n\
         <meta name=\"generator\" content=\"{tool} {version}\">\n\
         <title>{title}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n\
         <header class=\"top\">\n<div class=\"title\"><h1>{heading}</h1>\
         <span class=\"overall overall-{class}\">{word}</span></div>\n\
         <p class=\"why\">{why}</p>\n<dl class=\"meta\">\
         <div><dt>{scanned}</dt><dd><code>{root}</code></dd></div>\
         <div><dt>{policy_label}</dt><dd>{policy} <span class=\"muted\">({source})</span></dd></div>\
         <div><dt>{gate}</dt><dd><code>--fail-on {fail_on}</code></dd></div>\
         <div><dt>{tool_label}</dt><dd>{tool} {version}</dd></div></dl>\n\
         <nav aria-label=\"{sections}\"><a href=\"#summary\">{summary}</a><a href=\"#categories\">{categories}</a>\
         <a href=\"#findings\">{findings}</a><a href=\"#projects\">{projects}</a>\
         <a href=\"#packages\">{packages}</a><a href=\"#diagnostics\">{diagnostics}</a></nav>\n\
         </header>\n",
        lang = crate::i18n::current().code(),
        title = escape(&tr!(
            "html-title",
            verdict = overall_word(verdict),
            root = &report.root
        )),
        heading = t("html-heading"),
        word = escape(&overall_word(verdict)),
        scanned = t("html-scanned"),
        policy_label = t("html-policy"),
        gate = t("html-gate"),
        tool_label = t("html-tool"),
        sections = t("html-nav-label"),
        summary = t("html-summary"),
        categories = t("html-nav-categories"),
        findings = t("html-findings"),
        projects = t("html-projects"),
        packages = t("html-packages"),
        diagnostics = t("html-nav-diagnostics"),
        tool = env!("CARGO_PKG_NAME"),
        version = env!("CARGO_PKG_VERSION"),
        root = escape(&report.root),
        class = verdict.to_ascii_lowercase(),
        policy = escape(&report.policy_name),
        source = escape(&report.policy_source),
        fail_on = fail_on(report.fail_on),
    ));
}

/// The summary cards: packages per verdict, findings per severity, input errors and warnings.
fn summary(report: &ScanReport, page: &mut String) {
    let s = &report.summary;
    page.push_str(&format!(
        "<section id=\"summary\">\n<h2>{}</h2>\n<div class=\"cards\">\n",
        escape(&tr!("html-summary"))
    ));
    let card = |page: &mut String, class: &str, n: usize, label: &str| {
        page.push_str(&format!(
            "<div class=\"card {class}\"><span class=\"n\">{n}</span><span class=\"l\">{}</span></div>\n",
            escape(label)
        ));
    };
    card(page, "", s.packages, &tr!("html-card-packages"));
    for &verdict in VERDICTS {
        let n = match verdict {
            Verdict::Allowed => s.allowed,
            Verdict::Review => s.review,
            Verdict::Denied => s.denied,
            Verdict::Unknown => s.unknown,
            Verdict::Excepted => s.excepted,
            Verdict::Ignored => s.ignored,
        };
        let name = verdict.as_str();
        card(page, &format!("v-{name}"), n, &verdict.label());
    }
    page.push_str("</div>\n<div class=\"cards\">\n");
    for &severity in SEVERITIES {
        let n = report
            .findings
            .iter()
            .filter(|f| f.severity == severity)
            .count();
        let name = severity.as_str();
        let label = match severity {
            Severity::Error => tr!("html-card-error-findings", count = n),
            Severity::Warning => tr!("html-card-warning-findings", count = n),
            Severity::Info => tr!("html-card-info-findings", count = n),
        };
        card(page, &format!("s-{name}"), n, &label);
    }
    card(
        page,
        if report.errors.is_empty() {
            ""
        } else {
            "s-error"
        },
        report.errors.len(),
        &tr!("html-card-input-errors"),
    );
    card(
        page,
        if report.warnings.is_empty() {
            ""
        } else {
            "s-warning"
        },
        report.warnings.len(),
        &tr!("html-card-input-warnings"),
    );
    page.push_str("</div>\n</section>\n");
}

/// Percentage `part / whole` with two decimals, computed in integers so it prints identically
/// everywhere.
fn percent(part: usize, whole: usize) -> String {
    let basis = part.saturating_mul(10_000).checked_div(whole).unwrap_or(0);
    format!("{}.{:02}%", basis / 100, basis % 100)
}

/// The chart: one bar per license category (catalog order of restrictiveness, then packages with
/// no concluded license), split by verdict. Bars share one scale, the largest category's total.
fn chart(report: &ScanReport, page: &mut String) {
    let mut categories: Vec<Option<Category>> = Category::ALL.iter().copied().map(Some).collect();
    categories.sort_by_key(|c| c.map(Category::restrictiveness));
    categories.push(None);
    let keyed: Vec<(Option<Category>, Verdict)> = report
        .packages
        .iter()
        .map(|p| (package_category(p), p.verdict))
        .collect();
    let count = |category: Option<Category>, verdict: Verdict| {
        keyed
            .iter()
            .filter(|(c, v)| *c == category && *v == verdict)
            .count()
    };
    let totals: Vec<usize> = categories
        .iter()
        .map(|&c| keyed.iter().filter(|(k, _)| *k == c).count())
        .collect();
    let scale = totals.iter().copied().max().unwrap_or(0);
    // The note's markup is the catalogue's (`<code>`, `<em>`); it holds no scan data.
    page.push_str(&format!(
        "<section id=\"categories\">\n<h2>{}</h2>\n<p class=\"note\">{}</p>\n<ul class=\"legend\">",
        escape(&tr!("html-chart-heading")),
        tr!("html-chart-note")
    ));
    for &verdict in VERDICTS {
        page.push_str(&format!(
            "<li><span class=\"swatch v-{}\"></span>{}</li>",
            verdict.as_str(),
            escape(&verdict.label())
        ));
    }
    page.push_str("</ul>\n<div class=\"chart\">\n");
    for (&category, &total) in categories.iter().zip(&totals) {
        let (name, description) = match category {
            Some(c) => (c.as_str().to_owned(), c.description().to_owned()),
            None => (unresolved(), tr!("html-unresolved-description")),
        };
        let parts: Vec<(Verdict, usize)> = VERDICTS
            .iter()
            .map(|&v| (v, count(category, v)))
            .filter(|(_, n)| *n > 0)
            .collect();
        let detail = parts
            .iter()
            .map(|&(v, n)| tr!("html-verdict-count", count = n, verdict = v.label()))
            .collect::<Vec<_>>()
            .join(", ");
        let label = if detail.is_empty() {
            tr!("html-chart-none", category = &name)
        } else {
            tr!(
                "html-chart-label",
                category = &name,
                packages = tr!("report-packages", count = total),
                detail = &detail
            )
        };
        page.push_str(&format!(
            "<div class=\"crow{empty}\"><div class=\"cname\" title=\"{description}\">{name}</div>\
             <div class=\"ctotal\">{total}</div>\
             <div class=\"cbar\" role=\"img\" aria-label=\"{label}\">",
            empty = if total == 0 { " zero" } else { "" },
            name = escape(&name),
            description = escape(&description),
            label = escape(&label),
        ));
        for &(verdict, n) in &parts {
            let name = verdict.as_str();
            page.push_str(&format!(
                "<span class=\"seg v-{name}\" style=\"width:{}\" title=\"{}\"></span>",
                percent(n, scale),
                escape(&tr!(
                    "html-verdict-count",
                    count = n,
                    verdict = verdict.label()
                ))
            ));
        }
        page.push_str(&format!(
            "</div><div class=\"cdetail\">{}</div></div>\n",
            if detail.is_empty() {
                "–".to_owned()
            } else {
                escape(&detail)
            }
        ));
    }
    page.push_str("</div>\n</section>\n");
}

/// The anchor of a package's row in the packages table.
fn row_id(index: usize) -> String {
    format!("pkg-{index}")
}

/// The findings, grouped by severity, with the rule's help text and the ready-to-paste remedy.
fn findings(report: &ScanReport, page: &mut String) {
    page.push_str(&format!(
        "<section id=\"findings\">\n<h2>{} <span class=\"count\">{}</span></h2>\n",
        escape(&tr!("html-findings")),
        report.findings.len()
    ));
    if report.findings.is_empty() {
        page.push_str(&format!(
            "<p class=\"empty\">{}</p>\n</section>\n",
            escape(&tr!("html-no-findings"))
        ));
        return;
    }
    for &severity in SEVERITIES {
        let group: Vec<&Finding> = report
            .findings
            .iter()
            .filter(|f| f.severity == severity)
            .collect();
        if group.is_empty() {
            continue;
        }
        let name = severity.as_str();
        page.push_str(&format!(
            "<h3 class=\"s-{name}\">{}<span class=\"count\">{}</span></h3>\n",
            escape(&match severity {
                Severity::Error => tr!("html-findings-errors"),
                Severity::Warning => tr!("report-warnings"),
                Severity::Info => tr!("html-findings-info"),
            }),
            group.len()
        ));
        // A group of repeated findings is one article, where its first finding was.
        let mut placed = std::collections::HashSet::new();
        for finding in group {
            if let Some(family) = report.group_of_finding(finding) {
                if placed.insert(family.pattern.as_str()) {
                    group_article(report, family, page);
                }
                continue;
            }
            let target = report
                .packages
                .iter()
                .position(|p| p.resolved.package.purl == finding.purl);
            let subject = match (target, finding.purl.as_str()) {
                (_, "") => format!(
                    "<span class=\"muted\">{}</span>",
                    escape(&tr!("html-repository"))
                ),
                (Some(i), purl) => {
                    format!(
                        "<a href=\"#{}\"><code>{}</code></a>",
                        row_id(i),
                        escape(purl)
                    )
                }
                (None, purl) => format!("<code>{}</code>", escape(purl)),
            };
            page.push_str(&format!(
                "<article class=\"finding s-{name}\">\n<div class=\"ftext\"><p class=\"fhead\"><span class=\"sev\">{word}</span> \
                 <span class=\"rule\">{rule}</span> {subject}</p>\n<p class=\"msg\">{message}</p>\n\
                 <p class=\"help\"><strong>{what}</strong> {help}</p></div>\n",
                word = escape(&severity.label()),
                what = escape(&tr!("html-what-to-do")),
                rule = finding.rule.as_str(),
                message = rich(&finding.message),
                help = rich(&finding.rule.help()),
            ));
            if let Some(remedy) = &finding.remedy {
                page.push_str(&format!(
                    "<div class=\"rbox\"><p class=\"rlabel\">{}</p>\
                     <div class=\"rpre\"><pre class=\"remedy\">{}</pre></div></div>\n",
                    escape(&tr!("html-remedy-label")),
                    escape(remedy.trim_end())
                ));
            }
            page.push_str("</article>\n");
        }
    }
    page.push_str("</section>\n");
}

/// One article for a group of repeated findings: the family, the shared message, every member
/// (linked to its row) in a `<details>`, and the one remedy for them all.
fn group_article(report: &ScanReport, group: &super::Group, page: &mut String) {
    let name = group.severity.as_str();
    let summary = tr!(
        "group-name",
        family = &group.family,
        packages = tr!("report-packages", count = group.members.len())
    );
    page.push_str(&format!(
        "<article class=\"finding group s-{name}\">\n<div class=\"ftext\"><p class=\"fhead\"><span class=\"sev\">{word}</span> \
         <span class=\"rule\">{rule}</span> <code>{family}</code> <span class=\"count\">{count}</span></p>\n\
         <p class=\"msg\">{message}</p>\n<details class=\"members\"><summary>{summary}</summary><ul>\n",
        word = escape(&group.severity.label()),
        rule = group.rule.as_str(),
        family = breakable(&group.family),
        count = group.members.len(),
        message = rich(&group.message),
        summary = escape(&summary),
    ));
    for &i in &group.members {
        let package = &report.packages[i].resolved.package;
        page.push_str(&format!(
            "<li><a href=\"#{}\"><code>{}</code></a></li>\n",
            row_id(i),
            escape(&package.purl)
        ));
    }
    page.push_str(&format!(
        "</ul></details>\n<p class=\"help\"><strong>{what}</strong> {help}</p></div>\n\
         <div class=\"rbox\"><p class=\"rlabel\">{label}</p>\
         <div class=\"rpre\"><pre class=\"remedy\">{remedy}</pre></div></div>\n</article>\n",
        what = escape(&tr!("html-what-to-do")),
        help = rich(&group.rule.help()),
        label = escape(&tr!(
            "html-remedy-group-label",
            count = group.members.len(),
            pattern = &group.pattern
        )),
        remedy = escape(group.remedy.trim_end()),
    ));
}

/// The projects table.
fn projects(report: &ScanReport, page: &mut String) {
    page.push_str(&format!(
        "<section id=\"projects\">\n<h2>{} <span class=\"count\">{}</span></h2>\n",
        escape(&tr!("html-projects")),
        report.projects.len()
    ));
    if report.projects.is_empty() {
        page.push_str(&format!(
            "<p class=\"empty\">{}</p>\n</section>\n",
            escape(&tr!("html-no-projects"))
        ));
        return;
    }
    let t = |id: &str| escape(&crate::i18n::text(id));
    page.push_str(&format!(
        "<div class=\"scroll\"><table class=\"projects\">\n<thead><tr><th scope=\"col\">{}</th>\
         <th scope=\"col\">{}</th><th scope=\"col\">{}</th>\
         <th scope=\"col\">{}</th><th scope=\"col\" class=\"num\">{}</th></tr></thead>\n<tbody>\n",
        t("col-kind"),
        t("col-manifest"),
        t("col-lockfile"),
        t("col-own-packages"),
        t("col-dependencies"),
    ));
    for project in &report.projects {
        let members = project
            .members
            .iter()
            .map(|m| {
                let license = match m.license.as_deref().or(m.declared.as_deref()) {
                    Some(license) => escape(license),
                    None => format!(
                        "<span class=\"muted\">{}</span>",
                        escape(&tr!("table-no-license"))
                    ),
                };
                let version = if m.version.is_empty() {
                    String::new()
                } else {
                    format!(" {}", escape(&m.version))
                };
                format!("{}{version} ({license})", escape(&m.name))
            })
            .collect::<Vec<_>>()
            .join("<br>");
        let lockfile = match project.root.lockfile.as_deref() {
            Some(lockfile) => format!("<code>{}</code>", escape(&display_path(lockfile))),
            None => format!("<span class=\"muted\">{}</span>", escape(&tr!("html-none"))),
        };
        page.push_str(&format!(
            "<tr><td>{kind}</td><td><code>{manifest}</code></td><td>{lockfile}</td>\
             <td class=\"wrap\">{members}</td><td class=\"num\">{count}</td></tr>\n",
            kind = project.root.kind.as_str(),
            manifest = escape(&display_path(&project.root.manifest)),
            count = project.packages,
        ));
    }
    page.push_str("</tbody>\n</table></div>\n</section>\n");
}

/// The marker after a license that is not the declared text as written, and its explanation.
fn marker(source: LicenseSource) -> Option<(&'static str, String)> {
    match source {
        LicenseSource::Normalized => Some(("*", tr!("html-mark-normalized"))),
        LicenseSource::Detected => Some(("†", tr!("html-mark-detected"))),
        LicenseSource::Clarified => Some(("‡", tr!("html-mark-clarified"))),
        LicenseSource::Declared | LicenseSource::None => None,
    }
}

/// A `<select>` filter over one data attribute, with the values present and their counts.
fn select(page: &mut String, id: &str, label: &str, options: &[(&str, String, usize)]) {
    page.push_str(&format!(
        "<label>{} <select id=\"{id}\"><option value=\"\">{}</option>",
        escape(label),
        escape(&tr!("html-filter-all"))
    ));
    for (value, shown, n) in options.iter().filter(|(_, _, n)| *n > 0) {
        page.push_str(&format!(
            "<option value=\"{value}\">{} ({n})</option>",
            escape(shown)
        ));
    }
    page.push_str("</select></label>");
}

/// The packages table, most severe verdict first, with filter and search controls that the
/// script reveals.
fn packages(report: &ScanReport, page: &mut String) {
    page.push_str(&format!(
        "<section id=\"packages\">\n<h2>{} <span class=\"count\">{}</span></h2>\n",
        escape(&tr!("html-packages")),
        report.packages.len()
    ));
    if report.packages.is_empty() {
        page.push_str(&format!(
            "<p class=\"empty\">{}</p>\n</section>\n",
            escape(&tr!("html-no-packages"))
        ));
        return;
    }
    let t = |id: &str| escape(&crate::i18n::text(id));
    let count = |f: &dyn Fn(&Evaluated) -> bool| report.packages.iter().filter(|p| f(p)).count();
    page.push_str("<form class=\"controls\" id=\"pkg-controls\" hidden role=\"search\">");
    page.push_str(&format!(
        "<label class=\"search\">{} <input type=\"search\" id=\"f-search\" \
         placeholder=\"{}\" autocomplete=\"off\"></label>",
        t("html-search"),
        t("html-search-placeholder"),
    ));
    let verdicts: Vec<(&str, String, usize)> = VERDICTS
        .iter()
        .map(|&v| (v.as_str(), v.label(), count(&|p| p.verdict == v)))
        .collect();
    select(page, "f-verdict", &tr!("html-filter-verdict"), &verdicts);
    let ecosystems: Vec<(&str, String, usize)> = Ecosystem::ALL
        .iter()
        .map(|&e| {
            let n = count(&|p| p.resolved.package.ecosystem == e);
            (e.as_str(), e.as_str().to_owned(), n)
        })
        .collect();
    select(
        page,
        "f-ecosystem",
        &tr!("html-filter-ecosystem"),
        &ecosystems,
    );
    let scopes: Vec<(&str, String, usize)> = SCOPES
        .iter()
        .map(|&s| {
            let n = count(&|p| p.resolved.package.scope == s);
            (s.as_str(), s.as_str().to_owned(), n)
        })
        .collect();
    select(page, "f-scope", &tr!("html-filter-scope"), &scopes);
    page.push_str(&format!(
        "<button type=\"reset\" id=\"f-reset\">{}</button>\
         <output id=\"pkg-shown\" aria-live=\"polite\"></output></form>\n",
        t("html-clear")
    ));
    page.push_str(&format!(
        "<div class=\"scroll\"><table class=\"packages\" id=\"pkg-table\">\n<thead><tr>\
         <th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th>\
         <th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th>\
         <th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th>\
         </tr></thead>\n<tbody>\n",
        t("col-verdict"),
        t("report-col-ecosystem"),
        t("html-col-name"),
        t("col-version"),
        t("col-license"),
        t("report-col-category"),
        t("col-scope"),
        t("html-col-direct"),
        t("col-manifest"),
    ));
    let mut order: Vec<usize> = (0..report.packages.len()).collect();
    order.sort_by_key(|&i| report.packages[i].verdict);
    for i in order {
        package_row(page, i, &report.packages[i]);
    }
    page.push_str("</tbody>\n</table></div>\n");
    let legend: Vec<String> = [
        LicenseSource::Normalized,
        LicenseSource::Detected,
        LicenseSource::Clarified,
    ]
    .into_iter()
    .filter(|&s| report.packages.iter().any(|p| p.resolved.source == s))
    .filter_map(marker)
    .map(|(mark, meaning)| format!("<span>{mark} {}</span>", escape(&meaning)))
    .collect();
    if !legend.is_empty() {
        page.push_str(&format!(
            "<p class=\"note marks\">{}</p>\n",
            legend.join(" ")
        ));
    }
    page.push_str("</section>\n");
}

/// One row of the packages table; the `data-*` attributes are what the filters read.
fn package_row(page: &mut String, index: usize, evaluated: &Evaluated) {
    let resolved = &evaluated.resolved;
    let package = &resolved.package;
    let verdict = evaluated.verdict.as_str();
    let license = match (resolved.license_text(), &package.declared) {
        (Some(license), _) => match marker(resolved.source) {
            Some((mark, meaning)) => format!(
                "{} <abbr class=\"mark\" title=\"{}\">{mark}</abbr>",
                escape(&license),
                escape(&meaning)
            ),
            None => escape(&license),
        },
        (None, Some(declared)) => format!(
            "<span class=\"muted\">? {}</span> {}",
            escape(&tr!("html-declared")),
            escape(&tr!("html-declared-text", declared = declared))
        ),
        (None, None) => format!(
            "<span class=\"muted\">? {}</span>",
            escape(&tr!("html-none-declared"))
        ),
    };
    let why = match (&evaluated.ignored, &evaluated.exception) {
        (Some(reason), _) => format!(" title=\"{}\"", escape(reason)),
        (None, Some(exception)) => format!(
            " title=\"{}\"",
            escape(&match &exception.ticket {
                Some(ticket) => tr!(
                    "report-exception-ticket-reason",
                    ticket = ticket,
                    reason = &exception.reason
                ),
                None => tr!("html-exception-title", reason = &exception.reason),
            })
        ),
        (None, None) => String::new(),
    };
    let category = package_category(evaluated).map_or_else(unresolved, |c| {
        crate::i18n::text(&format!("category-name-{}", c.as_str()))
    });
    let manifests: Vec<String> = package.manifests.iter().map(|m| display_path(m)).collect();
    let manifest = match manifests.as_slice() {
        [] => String::new(),
        [one] => format!("<code>{}</code>", breakable(one)),
        [first, rest @ ..] => format!(
            "<code>{}</code> <span class=\"muted\" title=\"{}\">{}</span>",
            breakable(first),
            escape(&rest.join(", ")),
            escape(&tr!("html-more", count = rest.len()))
        ),
    };
    let scope = package.scope.as_str();
    let direct = if package.direct {
        escape(&tr!("html-direct"))
    } else {
        String::new()
    };
    page.push_str(&format!(
        "<tr data-verdict=\"{verdict}\" data-ecosystem=\"{ecosystem}\" data-scope=\"{scope}\" \
         id=\"{id}\"><td data-sort=\"{rank}\"><span class=\"pill v-{verdict}\"{why}>{word}</span></td>\
         <td>{ecosystem}</td><td class=\"name\">{name}</td><td>{version}</td>\
         <td class=\"wrap\">{license}</td><td>{category}</td><td>{scope_word}</td><td>{direct}</td>\
         <td class=\"path\">{manifest}</td></tr>\n",
        word = escape(&evaluated.verdict.label()),
        scope_word = escape(&package.scope.label()),
        category = escape(&category),
        ecosystem = package.ecosystem.as_str(),
        id = row_id(index),
        rank = evaluated.verdict as u8,
        name = breakable(&package.name),
        version = escape(&package.version),
    ));
}

/// Input errors and warnings about the scanned files.
fn diagnostics(report: &ScanReport, page: &mut String) {
    page.push_str(&format!(
        "<section id=\"diagnostics\">\n<h2>{}</h2>\n",
        escape(&tr!("html-diagnostics"))
    ));
    for (title, class, list) in [
        (tr!("report-input-errors"), "s-error", &report.errors),
        (tr!("report-warnings"), "s-warning", &report.warnings),
    ] {
        page.push_str(&format!(
            "<h3 class=\"{class}\">{}<span class=\"count\">{}</span></h3>\n",
            escape(&title),
            list.len()
        ));
        if list.is_empty() {
            page.push_str(&format!(
                "<p class=\"empty\">{}</p>\n",
                escape(&tr!("html-empty"))
            ));
            continue;
        }
        page.push_str("<ul class=\"diag\">\n");
        for diagnostic in list {
            page.push_str(&format!(
                "<li><code>{}</code>: {}</li>\n",
                escape(&display_path(&diagnostic.path)),
                rich(&diagnostic.message)
            ));
        }
        page.push_str("</ul>\n");
    }
    page.push_str("</section>\n");
}

/// The page's style: system fonts, light and dark palettes, narrow screens, print.
const STYLE: &str = r#"
:root{color-scheme:light dark;--bg:#fff;--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--soft:#f6f8fa;--link:#0550ae;
--allowed:#1a7f37;--review:#9a6700;--denied:#cf222e;--unknown:#8250df;--excepted:#0a6b7c;--ignored:#6e7781;--track:#eaeef2}
@media (prefers-color-scheme:dark){:root{--bg:#0d1117;--fg:#e6edf3;--muted:#9198a1;--line:#3d444d;--soft:#151b23;--link:#6cb6ff;
--allowed:#3fb950;--review:#d29922;--denied:#f85149;--unknown:#b083f0;--excepted:#39c5cf;--ignored:#9198a1;--track:#212830}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
header.top,main,footer{max-width:1360px;margin:0 auto;padding:0 20px}
header.top{padding-top:20px;padding-bottom:8px;border-bottom:1px solid var(--line)}
h1{font-size:1.5rem;margin:0}
h2{font-size:1.2rem;margin:2rem 0 .75rem;padding-bottom:.3rem;border-bottom:1px solid var(--line)}
h3{font-size:1rem;margin:1.25rem 0 .5rem}
a{color:var(--link)}
code,pre{font-family:ui-monospace,SFMono-Regular,"SF Mono",Menlo,Consolas,"Liberation Mono",monospace;font-size:.88em}
.muted{color:var(--muted)}
.count{display:inline-block;margin-left:.5em;padding:0 .5em;border-radius:1em;background:var(--soft);border:1px solid var(--line);font-size:.8em;font-weight:600;vertical-align:middle}
.title{display:flex;flex-wrap:wrap;align-items:center;gap:12px}
.overall{font-weight:700;letter-spacing:.06em;padding:.15em .7em;border-radius:6px;color:#fff;font-size:1.2rem}
.overall-pass{background:#1a7f37}.overall-fail,.overall-error{background:#cf222e}
.why{margin:.4rem 0}
.meta{display:flex;flex-wrap:wrap;gap:4px 28px;margin:.5rem 0}
.meta div{display:flex;gap:6px}.meta dt{color:var(--muted)}.meta dd{margin:0;overflow-wrap:anywhere}
nav{display:flex;flex-wrap:wrap;gap:4px 16px;margin:.6rem 0 .2rem;font-size:.92em}
.v-allowed{--v:var(--allowed)}.v-review{--v:var(--review)}.v-denied{--v:var(--denied)}.v-unknown{--v:var(--unknown)}.v-excepted{--v:var(--excepted)}.v-ignored{--v:var(--ignored)}
.s-error{--v:var(--denied)}.s-warning{--v:var(--review)}.s-info{--v:var(--link)}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(128px,1fr));gap:10px;margin-bottom:10px}
.card{border:1px solid var(--line);border-left:5px solid var(--v,var(--line));border-radius:6px;padding:8px 12px;background:var(--soft)}
.card .n{display:block;font-size:1.6rem;font-weight:700;line-height:1.2;font-variant-numeric:tabular-nums}
.card .l{color:var(--muted);font-size:.9em}
.note{color:var(--muted);font-size:.9em;margin:.25rem 0 .5rem}
.legend{list-style:none;display:flex;flex-wrap:wrap;gap:4px 16px;padding:0;margin:.5rem 0;font-size:.9em}
.swatch{display:inline-block;width:.9em;height:.9em;border-radius:2px;margin-right:.35em;vertical-align:-.1em;background:var(--v)}
.chart{display:grid;grid-template-columns:max-content 3.5em minmax(120px,1fr) minmax(0,max-content);gap:6px 10px;align-items:center}
.crow{display:contents}
.cname{font-weight:600}.ctotal{text-align:right;font-variant-numeric:tabular-nums;font-weight:600}
.crow.zero .cname,.crow.zero .ctotal,.crow.zero .cdetail{color:var(--muted);font-weight:400}
.cbar{display:flex;height:20px;border-radius:4px;background:var(--track);overflow:hidden}
.seg{display:block;height:100%;background:var(--v);min-width:3px}
.cdetail{color:var(--muted);font-size:.88em}
.finding{border:1px solid var(--line);border-left:5px solid var(--v);border-radius:6px;padding:10px 14px;margin:10px 0;background:var(--bg)}
.finding p{margin:.25rem 0;overflow-wrap:anywhere}
@media (min-width:1000px){.finding{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);column-gap:20px}.finding .rbox{margin-top:0}.finding>:only-child{grid-column:1/-1}}
.fhead{font-size:.95em}
.sev{font-weight:700;text-transform:uppercase;font-size:.78em;letter-spacing:.05em;color:var(--v)}
.rule{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.85em;font-weight:600;padding:1px 6px;border-radius:4px;background:var(--soft);border:1px solid var(--line)}
.help{color:var(--muted)}
details.members{margin:.3rem 0}details.members summary{cursor:pointer}details.members ul{margin:.3rem 0;padding-left:1.2em;columns:2 22em}
.rbox{margin-top:.4rem;min-width:0}.rpre{position:relative}
.rlabel{font-size:.85em;color:var(--muted)}
pre.remedy{margin:0;padding:10px 12px;background:var(--soft);border:1px solid var(--line);border-radius:6px;overflow-x:auto;white-space:pre}
button,input,select{font:inherit;font-size:.92em;color:inherit}
button.copy{position:absolute;top:6px;right:6px;padding:2px 10px;border:1px solid var(--line);border-radius:5px;background:var(--bg);cursor:pointer}
button.copy:hover,#f-reset:hover{border-color:var(--link)}
.scroll{overflow-x:auto;border:1px solid var(--line);border-radius:6px;-webkit-overflow-scrolling:touch}
table{border-collapse:collapse;width:100%;font-size:.9em}
th,td{text-align:left;padding:5px 8px;border-bottom:1px solid var(--line);white-space:nowrap;vertical-align:top}
tbody tr:last-child td{border-bottom:0}
th{background:var(--soft);font-weight:600;position:relative}
td.wrap{white-space:normal;min-width:14em;overflow-wrap:anywhere}
td.name{font-weight:600;white-space:normal;overflow-wrap:break-word;min-width:8em}
td.path{white-space:normal;overflow-wrap:break-word;min-width:8em}
.num{text-align:right;font-variant-numeric:tabular-nums}
tbody tr:hover{background:var(--soft)}
tr:target{outline:2px solid var(--link);outline-offset:-2px}
.pill{display:inline-block;padding:0 8px;border-radius:1em;font-size:.85em;font-weight:600;color:var(--v);border:1px solid var(--v);background:color-mix(in srgb,var(--v) 12%,transparent)}
abbr.mark{text-decoration:none;cursor:help;color:var(--muted)}
th button.sort{all:unset;cursor:pointer;display:inline-flex;gap:4px;align-items:center}
th button.sort:focus-visible{outline:2px solid var(--link)}
th button.sort::after{content:"↕";color:var(--muted);font-size:.8em}
th[aria-sort=ascending] button.sort::after{content:"▲";color:var(--fg)}
th[aria-sort=descending] button.sort::after{content:"▼";color:var(--fg)}
.controls{display:flex;flex-wrap:wrap;gap:8px 14px;align-items:center;margin:0 0 10px}
.controls[hidden]{display:none}
.controls input,.controls select{padding:4px 6px;border:1px solid var(--line);border-radius:5px;background:var(--bg)}
.controls input{width:16em;max-width:100%}
#f-reset{padding:4px 10px;border:1px solid var(--line);border-radius:5px;background:var(--soft);cursor:pointer}
#pkg-shown{color:var(--muted);font-size:.9em}
.marks span{margin-right:1.5em}
.diag{padding-left:1.2em}.diag li{margin:.2rem 0;overflow-wrap:anywhere}
.empty{color:var(--muted)}
footer{margin-top:2.5rem;padding-top:.5rem;padding-bottom:2rem;border-top:1px solid var(--line);color:var(--muted);font-size:.85em}
@media (max-width:640px){
body{font-size:14px}
header.top,main,footer{padding-left:12px;padding-right:12px}
.chart{grid-template-columns:1fr 3em}
.cbar,.cdetail{grid-column:1/-1}.cdetail{margin-bottom:6px}
.crow.zero .cbar,.crow.zero .cdetail{display:none}
.cards{grid-template-columns:repeat(auto-fill,minmax(100px,1fr))}
.controls label{flex:1 1 28%;display:flex;flex-direction:column;gap:2px;min-width:0}.controls .search{flex-basis:100%}.controls input,.controls select{width:100%}
}
@media print{
:root{--bg:#fff;--fg:#000;--muted:#444;--line:#bbb;--soft:#f3f3f3;--link:#000;--allowed:#1a7f37;--review:#9a6700;--denied:#cf222e;--unknown:#8250df;--excepted:#0a6b7c;--ignored:#6e7781;--track:#eee}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{font-size:10pt}
nav,.controls,button.copy{display:none!important}
header.top,main,footer{max-width:none;padding:0}
.scroll{overflow:visible;border:0}
pre.remedy{white-space:pre-wrap;overflow:visible;overflow-wrap:anywhere}
th,td{white-space:normal;padding:3px 6px}
a{text-decoration:none}
.finding,.card,tr,.crow{break-inside:avoid}
h2,h3{break-after:avoid}
}
"#;

/// The page's script: sorting, filtering, search and copy buttons. It holds no scan data.
const SCRIPT: &str = r#"
(function(){'use strict';
function each(list,f){Array.prototype.forEach.call(list,f);}
each(document.querySelectorAll('pre.remedy'),function(pre){
 var b=document.createElement('button');b.type='button';b.className='copy';b.textContent='Copy';
 function done(t){b.textContent=t;setTimeout(function(){b.textContent='Copy';},1600);}
 function fallback(){var r=document.createRange();r.selectNodeContents(pre);var s=window.getSelection();s.removeAllRanges();s.addRange(r);
  var ok=false;try{ok=document.execCommand('copy');}catch(e){ok=false;}done(ok?'Copied':'Selected: press Ctrl+C');}
 b.addEventListener('click',function(){
  if(navigator.clipboard&&navigator.clipboard.writeText){navigator.clipboard.writeText(pre.textContent).then(function(){done('Copied');},fallback);}
  else{fallback();}});
 pre.parentNode.insertBefore(b,pre);});
var table=document.getElementById('pkg-table');if(!table){return;}
var body=table.tBodies[0],rows=Array.prototype.slice.call(body.rows);
var text=rows.map(function(r){return r.textContent.toLowerCase();});
var form=document.getElementById('pkg-controls'),search=document.getElementById('f-search'),shown=document.getElementById('pkg-shown');
var filters=[['verdict',document.getElementById('f-verdict')],['ecosystem',document.getElementById('f-ecosystem')],['scope',document.getElementById('f-scope')]];
function apply(){var q=search.value.trim().toLowerCase(),n=0;
 rows.forEach(function(r,i){var ok=(!q||text[i].indexOf(q)>=0)&&filters.every(function(f){return !f[1].value||r.getAttribute('data-'+f[0])===f[1].value;});
  r.hidden=!ok;if(ok){n++;}});
 shown.textContent=n+' of '+rows.length+' packages shown';}
form.hidden=false;
form.addEventListener('submit',function(e){e.preventDefault();});
form.addEventListener('input',apply);form.addEventListener('change',apply);
form.addEventListener('reset',function(){setTimeout(apply,0);});
function reveal(){var id=decodeURIComponent(location.hash.slice(1));var row=id&&document.getElementById(id);
 if(row&&row.parentNode===body&&row.hidden){form.reset();search.value='';filters.forEach(function(f){f[1].value='';});apply();row.scrollIntoView();}}
window.addEventListener('hashchange',reveal);
var heads=table.tHead.rows[0].cells,col=-1,dir=1;
function key(r,i){var c=r.cells[i];return c.getAttribute('data-sort')||c.textContent.trim();}
function cmp(a,b){return a.localeCompare(b,undefined,{numeric:true,sensitivity:'base'});}
each(heads,function(th,i){var b=document.createElement('button');b.type='button';b.className='sort';
 while(th.firstChild){b.appendChild(th.firstChild);}th.appendChild(b);
 b.addEventListener('click',function(){dir=col===i?-dir:1;col=i;
  each(heads,function(h){h.removeAttribute('aria-sort');});th.setAttribute('aria-sort',dir>0?'ascending':'descending');
  rows.map(function(r,n){return [key(r,i),n,r];}).sort(function(a,b){return cmp(a[0],b[0])*dir||a[1]-b[1];})
   .forEach(function(e){body.appendChild(e[2]);});});});
apply();reveal();
})();
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_neutralises_markup_and_quotes() {
        assert_eq!(
            escape("<script>alert(1)</script>"),
            "&lt;script&gt;alert(1)&lt;/script&gt;"
        );
        assert_eq!(
            escape(r#"a "b" & 'c'"#),
            "a &quot;b&quot; &amp; &#39;c&#39;"
        );
        assert_eq!(escape("plain MIT-0 ✓"), "plain MIT-0 ✓");
        assert_eq!(escape("&amp;"), "&amp;amp;");
    }

    #[test]
    fn rich_escapes_inside_and_outside_code() {
        assert_eq!(
            rich("license `<b>` is \"odd\""),
            "license <code>&lt;b&gt;</code> is &quot;odd&quot;"
        );
    }

    #[test]
    fn breakable_escapes_first() {
        assert_eq!(breakable("a/<b>:c.d"), "a/<wbr>&lt;b&gt;:<wbr>c.<wbr>d");
    }

    #[test]
    fn percent_is_integer_arithmetic() {
        assert_eq!(percent(1, 3), "33.33%");
        assert_eq!(percent(3, 3), "100.00%");
        assert_eq!(percent(1, 0), "0.00%");
    }

    #[test]
    fn the_script_and_style_hold_no_closing_tags() {
        assert!(!SCRIPT.contains("</"));
        assert!(!STYLE.contains("</"));
    }
}
