//! A small element tree over quick-xml, for the XML manifests (`pom.xml`, `.nuspec`, `.csproj`,
//! `packages.config`). Namespaces are dropped (elements are matched by local name), text is
//! trimmed, and a parse error gives the line and column.

use quick_xml::events::Event;

use crate::i18n::tr;

/// One element: its local name, attributes, text and child elements.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Element {
    pub name: String,
    pub attributes: Vec<(String, String)>,
    pub text: String,
    pub children: Vec<Element>,
}

impl Element {
    /// The first child named `name`.
    pub fn child(&self, name: &str) -> Option<&Element> {
        self.children.iter().find(|c| c.name == name)
    }

    /// Every child named `name`.
    pub fn children<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Element> + 'a {
        self.children.iter().filter(move |c| c.name == name)
    }

    /// The trimmed text of the first child named `name`, if it is not empty.
    pub fn text_of(&self, name: &str) -> Option<&str> {
        self.child(name)
            .map(|c| c.text.as_str())
            .filter(|t| !t.is_empty())
    }

    /// The element at a path of child names (`["licenses", "license"]`).
    pub fn path(&self, names: &[&str]) -> Option<&Element> {
        names
            .iter()
            .try_fold(self, |element, name| element.child(name))
    }

    /// An attribute's value (names compared without case, as MSBuild does).
    pub fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// The deepest nesting of elements accepted (real poms and project files stay under 10; the
/// bound keeps a hostile file from building a tree too deep to drop).
const MAX_DEPTH: usize = 256;

/// Parses a document and returns its root element. Errors read `line L, column C: …`.
pub fn parse(text: &str) -> Result<Element, String> {
    if let Some(nul) = text.find('\0') {
        return Err(at(text, nul as u64, &tr!("xml-nul-byte")));
    }
    let mut reader = quick_xml::Reader::from_str(text);
    let mut stack: Vec<Element> = Vec::new();
    let mut root: Option<Element> = None;
    loop {
        let event = reader
            .read_event()
            .map_err(|e| at(text, reader.error_position(), &e.to_string()))?;
        let position = reader.buffer_position();
        match event {
            Event::Start(start) => {
                if stack.len() == MAX_DEPTH {
                    let message = tr!("xml-too-deep", max = MAX_DEPTH);
                    return Err(at(text, position, &message));
                }
                stack.push(element(&start).map_err(|e| at(text, position, &e))?);
            }
            Event::Empty(start) => {
                let empty = element(&start).map_err(|e| at(text, position, &e))?;
                close(&mut stack, &mut root, empty);
            }
            Event::End(_) => {
                let Some(mut done) = stack.pop() else {
                    return Err(at(text, position, &tr!("xml-unopened-closing-tag")));
                };
                done.text = done.text.trim().to_owned();
                close(&mut stack, &mut root, done);
            }
            Event::Text(t) => {
                if let Some(open) = stack.last_mut() {
                    let decoded = t.decode().map_err(|e| at(text, position, &e.to_string()))?;
                    open.text.push_str(&decoded);
                }
            }
            Event::CData(t) => {
                if let Some(open) = stack.last_mut() {
                    open.text.push_str(&String::from_utf8_lossy(&t));
                }
            }
            Event::GeneralRef(r) => {
                let Some(open) = stack.last_mut() else {
                    continue;
                };
                if let Ok(Some(c)) = r.resolve_char_ref() {
                    open.text.push(c);
                } else {
                    let name = String::from_utf8_lossy(&r).into_owned();
                    match quick_xml::escape::resolve_predefined_entity(&name) {
                        Some(value) => open.text.push_str(value),
                        None => {
                            open.text.push('&');
                            open.text.push_str(&name);
                            open.text.push(';');
                        }
                    }
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if let Some(open) = stack.last() {
        return Err(at(
            text,
            text.len() as u64,
            &tr!("xml-unclosed-element", element = &open.name),
        ));
    }
    root.ok_or_else(|| tr!("xml-no-element"))
}

fn close(stack: &mut [Element], root: &mut Option<Element>, done: Element) {
    match stack.last_mut() {
        Some(parent) => parent.children.push(done),
        None => {
            root.get_or_insert(done);
        }
    }
}

fn element(start: &quick_xml::events::BytesStart<'_>) -> Result<Element, String> {
    let name = String::from_utf8_lossy(start.local_name().as_ref()).into_owned();
    let mut attributes = Vec::new();
    for attribute in start.attributes() {
        let attribute = attribute.map_err(|e| e.to_string())?;
        let key = String::from_utf8_lossy(attribute.key.local_name().as_ref()).into_owned();
        let value = attribute
            .unescape_value()
            .map_err(|e| e.to_string())?
            .into_owned();
        attributes.push((key, value));
    }
    Ok(Element {
        name,
        attributes,
        ..Element::default()
    })
}

/// `line L, column C: message` for a byte offset.
fn at(text: &str, offset: u64, message: &str) -> String {
    let offset = (offset as usize).min(text.len());
    let before = &text.as_bytes()[..offset];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let column = offset
        - before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1)
        + 1;
    tr!(
        "read-at-line-column",
        line = line,
        column = column,
        message = message
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_a_tree() {
        let root = parse(
            "<?xml version=\"1.0\"?>\n<project xmlns=\"http://maven.apache.org/POM/4.0.0\">\n  <name>A &amp; B &#x41;</name>\n  <licenses><license><name><![CDATA[MIT]]></name></license></licenses>\n  <dep id=\"x\" Version=\"1\"/>\n</project>\n",
        )
        .unwrap();
        assert_eq!(root.name, "project");
        assert_eq!(root.text_of("name"), Some("A & B A"));
        assert_eq!(
            root.path(&["licenses", "license"])
                .and_then(|l| l.text_of("name")),
            Some("MIT")
        );
        assert_eq!(root.child("dep").unwrap().attribute("version"), Some("1"));
    }

    #[test]
    fn errors_give_line_and_column() {
        let err =
            parse("<project>\n  <dependencies>\n    <dependency>\n  </dependencies>\n</project>\n")
                .unwrap_err();
        assert!(err.starts_with("line 4, column"), "{err}");
        let err = parse("<project>\n  <a>\n").unwrap_err();
        assert!(err.contains("before `<a>` is closed"), "{err}");
        assert!(parse("").unwrap_err().contains("no XML element"));
    }
}
