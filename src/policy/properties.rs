//! Properties of the evaluator that must hold for every policy and every expression (proptest):
//! allowing more never makes a verdict worse, `OR` never worse than either side, `AND` never
//! better, and the input order of packages never changes the output.

use proptest::prelude::*;

use super::Policy;
use super::eval::{Context, Verdict, evaluate_all, verdict_of};
use crate::license::{LicenseSource, Resolved};
use crate::model::{Ecosystem, Package, Scope};

/// Licenses of every category the catalog knows, and one it does not.
const IDS: &[&str] = &[
    "MIT",
    "Apache-2.0",
    "BSD-3-Clause",
    "ISC",
    "Unlicense",
    "MPL-2.0",
    "LGPL-2.1-only",
    "GPL-2.0-only",
    "GPL-3.0-or-later",
    "AGPL-3.0-only",
    "BUSL-1.1",
    "CC-BY-NC-4.0",
    "LicenseRef-acme-eula",
];

const CATEGORIES: &[&str] = &[
    "permissive",
    "public-domain",
    "weak-copyleft",
    "strong-copyleft",
    "network-copyleft",
    "source-available",
    "non-commercial",
    "proprietary",
];

/// Where a policy puts one license or category: nowhere, allow, review or deny.
fn placement() -> impl Strategy<Value = u8> {
    0u8..4
}

/// A policy: a placement for every id and every category, and what unknown licenses get.
#[derive(Debug, Clone)]
struct RawPolicy {
    ids: Vec<u8>,
    categories: Vec<u8>,
    unknown: &'static str,
}

impl RawPolicy {
    fn text(&self) -> String {
        let list = |names: &[&str], places: &[u8], want: u8| {
            let chosen: Vec<String> = names
                .iter()
                .zip(places)
                .filter(|(_, p)| **p == want)
                .map(|(n, _)| format!("{n:?}"))
                .collect();
            format!("[{}]", chosen.join(", "))
        };
        format!(
            "[licenses]\nallow = {}\nreview = {}\ndeny = {}\n\
             allow-categories = {}\nreview-categories = {}\ndeny-categories = {}\nunknown = {:?}\n",
            list(IDS, &self.ids, 1),
            list(IDS, &self.ids, 2),
            list(IDS, &self.ids, 3),
            list(CATEGORIES, &self.categories, 1),
            list(CATEGORIES, &self.categories, 2),
            list(CATEGORIES, &self.categories, 3),
            self.unknown,
        )
    }

    fn policy(&self) -> Policy {
        Policy::parse(&self.text(), "proptest").unwrap_or_else(|e| panic!("{e:#}\n{}", self.text()))
    }
}

fn raw_policy() -> impl Strategy<Value = RawPolicy> {
    (
        proptest::collection::vec(placement(), IDS.len()),
        proptest::collection::vec(placement(), CATEGORIES.len()),
        prop::sample::select(vec!["allow", "review", "deny"]),
    )
        .prop_map(|(ids, categories, unknown)| RawPolicy {
            ids,
            categories,
            unknown,
        })
}

/// An SPDX expression of up to three levels of `AND` / `OR` over [`IDS`] (some `-or-later`,
/// some `WITH` an exception).
fn expression() -> impl Strategy<Value = String> {
    let leaf = prop_oneof![
        8 => prop::sample::select(IDS).prop_map(str::to_owned),
        1 => Just("GPL-2.0-or-later".to_owned()),
        1 => Just("Apache-2.0 WITH LLVM-exception".to_owned()),
    ];
    leaf.prop_recursive(3, 12, 2, |inner| {
        (inner.clone(), prop::bool::ANY, inner)
            .prop_map(|(a, and, b)| format!("({a}) {} ({b})", if and { "AND" } else { "OR" }))
    })
}

fn parse(text: &str) -> spdx::Expression {
    spdx::Expression::parse(text).unwrap_or_else(|e| panic!("{text}: {e}"))
}

fn verdict(policy: &Policy, text: &str) -> Verdict {
    verdict_of(&parse(text), policy)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Allowing one more license (taking it off the review and deny lists) never makes any
    /// verdict worse, and so never turns an allowed package into a violation.
    #[test]
    fn allowing_more_never_makes_a_verdict_worse(
        raw in raw_policy(), expr in expression(), extra in 0..IDS.len()
    ) {
        let before = verdict(&raw.policy(), &expr);
        let mut more = raw.clone();
        more.ids[extra] = 1;
        let after = verdict(&more.policy(), &expr);
        prop_assert!(after >= before, "{expr}: {before:?} → {after:?} after allowing {}\n{}", IDS[extra], raw.text());
    }

    /// `A OR B` is never worse than `A`, and `A AND B` never better; both are symmetric.
    #[test]
    fn or_never_worse_and_never_better(raw in raw_policy(), a in expression(), b in expression()) {
        let policy = raw.policy();
        let alone = verdict(&policy, &a);
        let either = verdict(&policy, &format!("({a}) OR ({b})"));
        let both = verdict(&policy, &format!("({a}) AND ({b})"));
        prop_assert!(either >= alone, "({a}) OR ({b}) is {either:?}, worse than {alone:?}");
        prop_assert!(both <= alone, "({a}) AND ({b}) is {both:?}, better than {alone:?}");
        prop_assert_eq!(either, verdict(&policy, &format!("({b}) OR ({a})")));
        prop_assert_eq!(both, verdict(&policy, &format!("({b}) AND ({a})")));
    }

    /// The packages' order going in changes nothing coming out: the same verdicts per package
    /// and the same findings, in the same order.
    #[test]
    fn input_order_does_not_change_the_output(
        raw in raw_policy(),
        licenses in proptest::collection::vec(expression(), 1..12),
        seed in any::<u64>(),
    ) {
        let policy = raw.policy();
        let resolved: Vec<Resolved> = licenses
            .iter()
            .enumerate()
            .map(|(i, license)| {
                let mut package = Package::new(
                    Ecosystem::Npm,
                    format!("p{i}"),
                    "1.0.0".into(),
                    std::path::Path::new("package.json"),
                );
                package.scope = if i % 3 == 0 { Scope::Dev } else { Scope::Runtime };
                package.declared = Some(license.clone());
                Resolved {
                    package,
                    license: Some(parse(license).into()),
                    source: LicenseSource::Declared,
                    evidence: Vec::new(),
                }
            })
            .collect();
        let mut shuffled = resolved.clone();
        // A deterministic shuffle from the seed.
        let mut state = seed | 1;
        for i in (1..shuffled.len()).rev() {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            shuffled.swap(i, (state % (i as u64 + 1)) as usize);
        }
        let ctx = Context { policy: &policy, today: "2026-01-01", project_license: None };
        let outcome = |input: Vec<Resolved>| {
            let (evaluated, findings) = evaluate_all(input, &ctx);
            let mut verdicts: Vec<(String, Verdict, Vec<String>)> = evaluated
                .into_iter()
                .map(|e| (e.resolved.package.purl, e.verdict, e.decided_by))
                .collect();
            verdicts.sort();
            (verdicts, findings)
        };
        prop_assert_eq!(outcome(resolved), outcome(shuffled));
    }
}
