//! deb822, the field format of dpkg's database (`var/lib/dpkg/status`, distroless's `status.d/`)
//! and of Debian's machine-readable copyright files: paragraphs separated by blank lines, `Name:
//! value` fields whose value goes on over lines that start with a space or tab (a lone `.` stands
//! for an empty line), and `#` comment lines. One reader for both, borrowing from the text: a
//! status file of a thousand packages is read without copying its descriptions.

/// One field: its name, its 1-based line, and its value as written (continuation lines included).
#[derive(Debug, Clone, Copy)]
pub struct Field<'a> {
    pub name: &'a str,
    pub line: usize,
    raw: &'a str,
}

impl<'a> Field<'a> {
    /// The value's first line, trimmed (`GPL-2+ or Artistic`, `1:1.2.13.dfsg-1`).
    pub fn first_line(&self) -> &'a str {
        self.raw.lines().next().unwrap_or("").trim()
    }

    /// The continuation lines, trimmed, a lone `.` read as an empty line.
    pub fn more_lines(&self) -> impl Iterator<Item = &'a str> {
        self.raw.lines().skip(1).map(|line| match line.trim() {
            "." => "",
            more => more,
        })
    }
}

/// One paragraph: its fields in order, and the line it starts on.
#[derive(Debug, Clone)]
pub struct Paragraph<'a> {
    pub line: usize,
    pub fields: Vec<Field<'a>>,
}

impl<'a> Paragraph<'a> {
    /// The field called `name` (field names are case-insensitive).
    pub fn field(&self, name: &str) -> Option<&Field<'a>> {
        self.fields
            .iter()
            .find(|f| f.name.eq_ignore_ascii_case(name))
    }

    /// The first line of field `name`, when it is there and not empty.
    pub fn get(&self, name: &str) -> Option<&'a str> {
        self.field(name)
            .map(Field::first_line)
            .filter(|v| !v.is_empty())
    }
}

/// The paragraphs of a deb822 text.
pub fn paragraphs(text: &str) -> Vec<Paragraph<'_>> {
    let mut all = Vec::new();
    let mut current: Option<Paragraph<'_>> = None;
    // The field being read: its index in `current`, and where its value starts in `text`.
    let mut open: Option<usize> = None;
    let mut offset = 0;
    for (i, line) in text.split_inclusive('\n').enumerate() {
        let start = offset;
        offset += line.len();
        let content = line.trim_end_matches(['\n', '\r']);
        if content.trim().is_empty() {
            all.extend(current.take());
            open = None;
            continue;
        }
        if content.starts_with('#') {
            continue;
        }
        let paragraph = current.get_or_insert_with(|| Paragraph {
            line: i + 1,
            fields: Vec::new(),
        });
        if content.starts_with([' ', '\t']) {
            if let Some(field) = open.and_then(|at| paragraph.fields.get_mut(at)) {
                let value_start = field.raw.as_ptr() as usize - text.as_ptr() as usize;
                field.raw = &text[value_start..start + content.len()];
            }
            continue;
        }
        let Some((name, _)) = content.split_once(':') else {
            open = None;
            continue;
        };
        let value_start = start + name.len() + 1;
        paragraph.fields.push(Field {
            name: name.trim(),
            line: i + 1,
            raw: &text[value_start..start + content.len()],
        });
        open = Some(paragraph.fields.len() - 1);
    }
    all.extend(current);
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_fields_continuations_and_comments() {
        let text = "# a comment\nPackage: zlib1g\nStatus: install ok installed\nDescription: compression\n library\n .\n more\n\n\r\nfiles: *\r\nLicense: Zlib\r\n text\r\n";
        let all = paragraphs(text);
        assert_eq!(all.len(), 2);
        assert_eq!(all[0].line, 2);
        assert_eq!(all[0].get("Package"), Some("zlib1g"));
        let description = all[0].field("description").unwrap();
        assert_eq!(description.first_line(), "compression");
        assert_eq!(
            description.more_lines().collect::<Vec<_>>(),
            ["library", "", "more"]
        );
        assert_eq!(all[1].line, 10);
        assert_eq!(all[1].get("Files"), Some("*"));
        let license = all[1].field("License").unwrap();
        assert_eq!((license.line, license.first_line()), (11, "Zlib"));
        assert_eq!(license.more_lines().collect::<Vec<_>>(), ["text"]);
        assert_eq!(all[1].get("Missing"), None);
    }
}
