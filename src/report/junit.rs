//! `--format junit`: JUnit XML, so CI systems that show test results show the gate's.
//!
//! `<testsuites name="ossdoo">` holds one `<testsuite>` per ecosystem and one `<testcase>` per
//! package (`classname` the ecosystem, `name` `<name>@<version>`). A package that fails the gate
//! (a finding whose severity fails `--fail-on`, or with `--fail-on review` a package that needs
//! review) has a `<failure>` whose `type` is the rule; a package with findings that do not fail
//! the gate, or an approved exception, has them in `<system-out>`; an ignored package is
//! `<skipped>`. Findings about the policy itself form a `policy` suite, input errors an `input`
//! suite of `<error>` cases, so nothing that decides the exit code is missing. No timestamps, no
//! durations, no host names: the same input gives the same bytes.

use std::io::{self, Write};

use quick_xml::escape::{escape, partial_escape};

use super::ScanReport;
use crate::exit;
use crate::i18n::tr;
use crate::model::{Diagnostic, Ecosystem, display_path};
use crate::policy::eval::{Evaluated, Finding, Verdict};

/// One `<testcase>`, before it is written.
struct Case {
    classname: String,
    name: String,
    outcome: Outcome,
}

/// How a test case ended.
enum Outcome {
    /// Nothing to say.
    Passed,
    /// Passed, with notes for `<system-out>`.
    Noted(String),
    /// `<skipped>`, with why.
    Skipped(String),
    /// `<failure>`: the message attribute, the rule, the full text.
    Failed {
        message: String,
        rule: &'static str,
        text: String,
    },
    /// `<error>`: the input could not be read.
    Error(String),
}

/// One `<testsuite>`.
struct Suite {
    name: String,
    cases: Vec<Case>,
}

impl Suite {
    /// How many cases ended in each way: (failures, errors, skipped).
    fn counts(&self) -> (usize, usize, usize) {
        let count = |f: fn(&Outcome) -> bool| self.cases.iter().filter(|c| f(&c.outcome)).count();
        (
            count(|o| matches!(o, Outcome::Failed { .. })),
            count(|o| matches!(o, Outcome::Error(_))),
            count(|o| matches!(o, Outcome::Skipped(_))),
        )
    }
}

/// Writes the report as JUnit XML.
pub fn render(report: &ScanReport, out: &mut dyn Write) -> io::Result<()> {
    let suites = suites(report);
    let mut totals = (0, 0, 0, 0);
    for suite in &suites {
        let (failures, errors, skipped) = suite.counts();
        totals = (
            totals.0 + suite.cases.len(),
            totals.1 + failures,
            totals.2 + errors,
            totals.3 + skipped,
        );
    }
    writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        out,
        r#"<testsuites name="ossdoo" tests="{}" failures="{}" errors="{}" skipped="{}">"#,
        totals.0, totals.1, totals.2, totals.3
    )?;
    for suite in &suites {
        write_suite(suite, out)?;
    }
    writeln!(out, "</testsuites>")
}

/// The suites: one per ecosystem with packages, then `policy` and `input` when they have cases.
fn suites(report: &ScanReport) -> Vec<Suite> {
    let mut suites: Vec<Suite> = Ecosystem::ALL
        .iter()
        .map(|&ecosystem| Suite {
            name: ecosystem.as_str().to_owned(),
            cases: report
                .packages
                .iter()
                .filter(|p| p.resolved.package.ecosystem == ecosystem)
                .map(|p| package_case(report, p))
                .collect(),
        })
        .collect();
    suites.push(Suite {
        name: "policy".to_owned(),
        cases: report
            .findings
            .iter()
            .filter(|f| report.package_of(f).is_none())
            .map(|f| policy_case(report, f))
            .collect(),
    });
    suites.push(Suite {
        name: "input".to_owned(),
        cases: report.errors.iter().map(input_case).collect(),
    });
    suites.retain(|s| !s.cases.is_empty());
    suites
}

/// The test case of one package.
fn package_case(report: &ScanReport, evaluated: &Evaluated) -> Case {
    let package = &evaluated.resolved.package;
    let findings = report.findings_for(&package.purl);
    // The same test as the exit code's, so JUnit fails exactly the packages the gate fails.
    let failing = findings
        .iter()
        .find(|f| exit::finding_fails(report.fail_on, f));
    let outcome = if let Some(reason) = &evaluated.ignored {
        Outcome::Skipped(reason.clone())
    } else if let Some(first) = failing {
        failed(first, &findings)
    } else {
        noted(evaluated, &findings)
    };
    Case {
        classname: package.ecosystem.as_str().to_owned(),
        name: format!("{}@{}", package.name, package.version),
        outcome,
    }
}

/// A failure led by `first`, with every finding of the package in its text.
fn failed(first: &Finding, findings: &[&Finding]) -> Outcome {
    Outcome::Failed {
        message: first.message.clone(),
        rule: first.rule.as_str(),
        text: describe(findings),
    }
}

/// A passing case's notes: its findings and its exception, if any.
fn noted(evaluated: &Evaluated, findings: &[&Finding]) -> Outcome {
    let mut text = describe(findings);
    if evaluated.verdict == Verdict::Excepted {
        if let Some(exception) = &evaluated.exception {
            let line = match &exception.ticket {
                Some(ticket) => tr!(
                    "junit-excepted-ticket",
                    ticket = ticket,
                    reason = &exception.reason
                ),
                None => tr!("junit-excepted", reason = &exception.reason),
            };
            text.push_str(&line);
            text.push('\n');
        }
    }
    if text.is_empty() {
        Outcome::Passed
    } else {
        Outcome::Noted(text)
    }
}

/// Each finding as `severity [rule]: message`, followed by its remedy.
fn describe(findings: &[&Finding]) -> String {
    let mut text = String::new();
    for finding in findings {
        text.push_str(&format!(
            "{} [{}]: {}\n",
            finding.severity.as_str(),
            finding.rule.as_str(),
            finding.message
        ));
        if let Some(remedy) = &finding.remedy {
            text.push_str(&tr!("junit-remedy"));
            text.push('\n');
            text.push_str(remedy);
            text.push('\n');
        }
    }
    text
}

/// The test case of a finding about the policy or the repository.
fn policy_case(report: &ScanReport, finding: &Finding) -> Case {
    let name = if finding.purl.is_empty() {
        finding.rule.as_str().to_owned()
    } else {
        format!("{} {}", finding.rule.as_str(), finding.purl)
    };
    let outcome = if exit::severity_fails(report.fail_on, finding.severity) {
        failed(finding, &[finding])
    } else {
        Outcome::Noted(describe(&[finding]))
    };
    Case {
        classname: "policy".to_owned(),
        name,
        outcome,
    }
}

/// The test case of an input error: the file could not be read.
fn input_case(error: &Diagnostic) -> Case {
    Case {
        classname: "input".to_owned(),
        name: display_path(&error.path),
        outcome: Outcome::Error(error.message.clone()),
    }
}

/// Writes one `<testsuite>` and its cases.
fn write_suite(suite: &Suite, out: &mut dyn Write) -> io::Result<()> {
    let (failures, errors, skipped) = suite.counts();
    writeln!(
        out,
        r#"  <testsuite name="{}" tests="{}" failures="{failures}" errors="{errors}" skipped="{skipped}">"#,
        xml(&suite.name),
        suite.cases.len(),
    )?;
    for case in &suite.cases {
        write_case(case, out)?;
    }
    writeln!(out, "  </testsuite>")
}

/// Writes one `<testcase>`.
fn write_case(case: &Case, out: &mut dyn Write) -> io::Result<()> {
    let open = format!(
        r#"    <testcase classname="{}" name="{}""#,
        xml(&case.classname),
        xml(&case.name)
    );
    match &case.outcome {
        Outcome::Passed => writeln!(out, "{open}/>"),
        Outcome::Noted(text) => writeln!(
            out,
            "{open}>\n      <system-out>{}</system-out>\n    </testcase>",
            xml_text(text)
        ),
        Outcome::Skipped(reason) => writeln!(
            out,
            "{open}>\n      <skipped message=\"{}\"/>\n    </testcase>",
            xml(reason)
        ),
        Outcome::Failed {
            message,
            rule,
            text,
        } => writeln!(
            out,
            "{open}>\n      <failure message=\"{}\" type=\"{rule}\">{}</failure>\n    </testcase>",
            xml(message),
            xml_text(text)
        ),
        Outcome::Error(message) => writeln!(
            out,
            "{open}>\n      <error message=\"{}\" type=\"input-error\"/>\n    </testcase>",
            xml(message)
        ),
    }
}

/// Text escaped for an XML attribute value (quotes too).
fn xml(text: &str) -> String {
    escape(xml_chars(text)).into_owned()
}

/// Text escaped for XML element content (`<`, `>`, `&`; quotes may stay as they are).
fn xml_text(text: &str) -> String {
    partial_escape(xml_chars(text)).into_owned()
}

/// The text without the characters XML 1.0 cannot hold at all (control characters other than
/// tab and line breaks).
fn xml_chars(text: &str) -> String {
    text.chars()
        .filter(|&c| !c.is_control() || matches!(c, '\t' | '\n' | '\r'))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{xml, xml_text};

    #[test]
    fn escapes_markup_and_drops_control_characters() {
        assert_eq!(
            xml("a <b> & \"c\" 'd'\u{1}"),
            "a &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos;"
        );
        assert_eq!(xml_text("a <b> \"c\""), "a &lt;b&gt; \"c\"");
    }
}
