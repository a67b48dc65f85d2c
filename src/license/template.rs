//! Templates of the most common permissive licenses, for texts the exact hash misses only because
//! they fill the license's variable parts: the holder named in BSD's third clause and in the
//! disclaimers ("Neither the name of the Mozilla Foundation…", "IN NO EVENT SHALL GOOGLE INC. BE
//! LIABLE"), list numbers, a title or "All rights reserved" before the text. On a real npm tree
//! these are most of the files that would otherwise go to the engine (about a millisecond each);
//! a template answers in microseconds.
//!
//! A template is the normalised text (see [`super::detect::normalize`]) with `@` where a name of
//! up to `NAME` words stands, `*` where up to `GAP` words may stand (list markers, "not",
//! "including the next paragraph"), and a leading `**` for up to `LEAD` words of title or
//! preamble. The fixed parts are long and the gaps short, so a text that adds or drops a clause
//! does not match and goes to the engine: MIT-0, 0BSD, BSD-3-Clause's third clause in a
//! BSD-2-Clause template, a no-nuclear-use clause, or the JSON license's "The Software shall be
//! used for Good, not Evil" in MIT.

use std::sync::OnceLock;

/// The most words a `*` stands for.
const GAP: usize = 4;

/// The most words a `@` (a holder's name) stands for.
const NAME: usize = 12;

/// The most words a leading `**` stands for.
const LEAD: usize = 60;

/// BSD-2-Clause, with a third clause in the middle for BSD-3-Clause.
macro_rules! bsd {
    ($third:literal) => {
        concat!(
            "** redistribution and use in source and binary forms with or without modification \
             are permitted provided that the following conditions are met * redistributions of \
             source code must retain the above copyright notice this list of conditions and the \
             following disclaimer * redistributions in binary form must reproduce the above \
             copyright notice this list of conditions and the following disclaimer in the \
             documentation and or other materials provided with the distribution",
            $third,
            " * this software is provided by @ as is and any express or implied warranties \
             including but not limited to the implied warranties of merchantability and fitness \
             for a particular purpose are disclaimed in no event shall @ be liable for any \
             direct indirect incidental special exemplary or consequential damages including but \
             not limited to procurement of substitute goods or services loss of use data or \
             profits or business interruption however caused and on any theory of liability \
             whether in contract strict liability or tort including negligence or otherwise \
             arising in any way out of the use of this software even if advised of the \
             possibility of such damage"
        )
    };
}

const TEMPLATES: &[(&str, &str)] = &[
    (
        "BSD-3-Clause",
        bsd!(
            " * neither the @ nor the names of @ contributors may * used to endorse or promote \
             products derived from this software without specific prior written permission"
        ),
    ),
    ("BSD-2-Clause", bsd!("")),
    (
        "MIT",
        "** permission is hereby granted free of charge to any person obtaining a copy of this \
         software and associated documentation files the software to deal in the software \
         without restriction including without limitation the rights to use copy modify merge \
         publish distribute sublicense and or sell copies of the software and to permit persons \
         to whom the software is furnished to do so subject to the following conditions * the \
         above copyright notice and this permission notice shall be included in all copies or \
         substantial portions of the software * the software is provided as is without warranty \
         of any kind express or implied including but not limited to the warranties of \
         merchantability fitness for a particular purpose and noninfringement in no event shall \
         @ be liable for any claim damages or other liability whether in an action of contract \
         tort or otherwise arising from out of or in connection with the software or the use or \
         other dealings in the software",
    ),
    (
        "ISC",
        "** permission to use copy modify and or distribute this software for any purpose with \
         or without fee is hereby granted provided that the above copyright notice and this \
         permission notice appear in all copies the software is provided as is and @ disclaims \
         all warranties with regard to this software including all implied warranties of \
         merchantability and fitness in no event shall @ be liable for any special direct \
         indirect or consequential damages or any damages whatsoever resulting from loss of use \
         data or profits whether in an action of contract negligence or other tortious action \
         arising out of or in connection with the use or performance of this software",
    ),
];

/// A template: its runs of fixed words, each with how many words may come before it.
struct Template {
    id: &'static str,
    runs: Vec<(usize, Vec<&'static str>)>,
}

fn templates() -> &'static [Template] {
    static PARSED: OnceLock<Vec<Template>> = OnceLock::new();
    PARSED.get_or_init(|| {
        TEMPLATES
            .iter()
            .map(|(id, text)| {
                let mut runs = vec![(0, Vec::new())];
                for word in text.split_whitespace() {
                    let gap = match word {
                        "**" => LEAD,
                        "*" => GAP,
                        "@" => NAME,
                        _ => {
                            runs.last_mut().expect("one run").1.push(word);
                            continue;
                        }
                    };
                    match runs.last_mut() {
                        Some(run) if run.1.is_empty() => run.0 = gap,
                        _ => runs.push((gap, Vec::new())),
                    }
                }
                Template { id, runs }
            })
            .collect()
    })
}

/// The license whose template the normalised text fills, if any.
pub fn matching(normalized: &str) -> Option<&'static str> {
    let words: Vec<&str> = normalized.split(' ').collect();
    templates()
        .iter()
        .find(|template| fills(template, &words))
        .map(|template| template.id)
}

/// Whether `words` are the template's runs in order, each after at most its gap of other words,
/// with at most [`GAP`] words after the last.
fn fills(template: &Template, words: &[&str]) -> bool {
    let mut at = 0;
    for (slack, run) in &template.runs {
        let last_start = (at + slack).min(words.len().saturating_sub(run.len()));
        let Some(start) =
            (at..=last_start).find(|&s| words.get(s..s + run.len()) == Some(run.as_slice()))
        else {
            return false;
        };
        at = start + run.len();
    }
    words.len() - at <= GAP
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::license::detect::normalize;

    fn reference(id: &str) -> &'static str {
        spdx::text::LICENSE_TEXTS
            .iter()
            .find(|(i, _)| *i == id)
            .unwrap()
            .1
    }

    #[test]
    fn reference_texts_fill_their_own_templates_only() {
        for (id, _) in TEMPLATES {
            assert_eq!(matching(&normalize(reference(id))), Some(*id), "{id}");
        }
        for id in [
            "MIT-0",
            "0BSD",
            "BSD-3-Clause-No-Nuclear-License",
            "BSD-4-Clause",
            "Apache-2.0",
            "X11",
            "BSD-3-Clause-Attribution",
        ] {
            assert_eq!(matching(&normalize(reference(id))), None, "{id}");
        }
    }

    #[test]
    fn filled_in_holders_and_list_markers() {
        // source-map's LICENSE: the Mozilla Foundation named in the third clause, bullets.
        let source_map = "Copyright (c) 2009-2011, Mozilla Foundation and contributors\nAll rights reserved.\n\nRedistribution and use in source and binary forms, with or without\nmodification, are permitted provided that the following conditions are met:\n\n* Redistributions of source code must retain the above copyright notice, this\n  list of conditions and the following disclaimer.\n\n* Redistributions in binary form must reproduce the above copyright notice,\n  this list of conditions and the following disclaimer in the documentation\n  and/or other materials provided with the distribution.\n\n* Neither the names of the Mozilla Foundation nor the names of project\n  contributors may be used to endorse or promote products derived from this\n  software without specific prior written permission.\n\nTHIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS \"AS IS\" AND\nANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED\nWARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE\nDISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE\nFOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL\nDAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR\nSERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER\nCAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,\nOR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE\nOF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.\n";
        assert_eq!(matching(&normalize(source_map)), Some("BSD-3-Clause"));
        // The same text without its third clause is BSD-2-Clause, not BSD-3-Clause.
        let two = source_map.replace(
            "* Neither the names of the Mozilla Foundation nor the names of project\n  contributors may be used to endorse or promote products derived from this\n  software without specific prior written permission.\n",
            "",
        );
        assert_eq!(matching(&normalize(&two)), Some("BSD-2-Clause"));
        // ISC with npm as the author.
        let isc = "The ISC License\n\nCopyright (c) npm, Inc.\n\nPermission to use, copy, modify, and/or distribute this software for any\npurpose with or without fee is hereby granted, provided that the above\ncopyright notice and this permission notice appear in all copies.\n\nTHE SOFTWARE IS PROVIDED \"AS IS\" AND NPM DISCLAIMS ALL WARRANTIES\nWITH REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF\nMERCHANTABILITY AND FITNESS. IN NO EVENT SHALL NPM BE LIABLE FOR\nANY SPECIAL, DIRECT, INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES\nWHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN AN\nACTION OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING OUT OF\nOR IN CONNECTION WITH THE USE OR PERFORMANCE OF THIS SOFTWARE.\n";
        assert_eq!(matching(&normalize(isc)), Some("ISC"));
    }

    #[test]
    fn an_added_sentence_is_not_a_match() {
        // The JSON license is MIT with one sentence more: not free, and not MIT.
        let json = reference("MIT").replace(
            "portions of the Software.",
            "portions of the Software.\n\nThe Software shall be used for Good, not Evil.",
        );
        assert!(json.contains("Good, not Evil"));
        assert_eq!(matching(&normalize(&json)), None);
        assert_eq!(matching(&normalize(reference("JSON"))), None);
    }

    #[test]
    fn a_second_license_after_the_first_is_not_a_match() {
        let both = format!("{}\n\n{}", reference("MIT"), reference("ISC"));
        assert_eq!(matching(&normalize(&both)), None);
        assert_eq!(matching(""), None);
        assert_eq!(matching("mit"), None);
    }
}
