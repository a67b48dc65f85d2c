//! Scopes from a Cargo dependency graph, whatever read it (`cargo metadata` or `Cargo.lock`).
//!
//! Reachable from a workspace member through normal edges → runtime; else through a build edge
//! (of anything compiled for runtime) → build; else only through a member's dev edge → dev.
//! Earlier passes win, so a crate used at runtime and in tests is runtime.

use std::collections::{HashMap, HashSet, VecDeque};
use std::hash::Hash;

use crate::model::Scope;

/// The kind of a dependency edge.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Normal,
    Build,
    Dev,
}

/// The scope of every non-member package reachable from `members`; `edges(id, kind)` lists the
/// packages `id` depends on with that kind.
pub fn scopes<Id: Copy + Eq + Hash>(
    members: &[Id],
    edges: impl Fn(Id, Kind) -> Vec<Id>,
) -> HashMap<Id, Scope> {
    let is_member: HashSet<Id> = members.iter().copied().collect();
    let normal_and_build = |id| {
        let mut next = edges(id, Kind::Normal);
        next.extend(edges(id, Kind::Build));
        next
    };
    let mut scope = HashMap::new();
    let mut assign = |reached: &[Id], value: Scope| {
        for id in reached.iter().filter(|id| !is_member.contains(id)) {
            scope.entry(*id).or_insert(value);
        }
    };

    let runtime = reach(members.to_vec(), |id| edges(id, Kind::Normal));
    assign(&runtime, Scope::Runtime);

    let build_seeds = runtime
        .iter()
        .flat_map(|&id| edges(id, Kind::Build))
        .collect();
    assign(&reach(build_seeds, normal_and_build), Scope::Build);

    let dev_seeds = members
        .iter()
        .flat_map(|&id| edges(id, Kind::Dev))
        .collect();
    assign(&reach(dev_seeds, normal_and_build), Scope::Dev);
    scope
}

/// Breadth-first reach from `seeds` (included) along `next`.
fn reach<Id: Copy + Eq + Hash>(seeds: Vec<Id>, next: impl Fn(Id) -> Vec<Id>) -> Vec<Id> {
    let mut seen = HashSet::new();
    let mut queue: VecDeque<Id> = seeds.into();
    let mut order = Vec::new();
    while let Some(id) = queue.pop_front() {
        if seen.insert(id) {
            order.push(id);
            queue.extend(next(id));
        }
    }
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Edges as (from, to, kind) over small integers; 0 and 1 are members.
    fn scopes_of(edges: &[(u8, u8, Kind)]) -> Vec<(u8, Scope)> {
        let all = edges.to_vec();
        let mut out: Vec<_> = scopes(&[0, 1], |id, kind| {
            all.iter()
                .filter(|e| e.0 == id && e.2 == kind)
                .map(|e| e.1)
                .collect()
        })
        .into_iter()
        .collect();
        out.sort();
        out
    }

    #[test]
    fn runtime_beats_build_beats_dev() {
        use Kind::*;
        let edges = [
            (0, 1, Normal), // member → member
            (1, 2, Normal), // runtime
            (0, 3, Dev),    // dev-only …
            (3, 4, Normal), // … and what it pulls in
            (3, 2, Normal), // reached by dev too, stays runtime
            (2, 5, Build),  // build dep of a runtime crate
            (5, 6, Normal), // its deps are build too
            (0, 6, Dev),    // also a dev dep: build wins
        ];
        assert_eq!(
            scopes_of(&edges),
            [
                (2, Scope::Runtime),
                (3, Scope::Dev),
                (4, Scope::Dev),
                (5, Scope::Build),
                (6, Scope::Build)
            ]
        );
    }
}
