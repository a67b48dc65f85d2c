//! The commands that answer one question without scanning a tree: `detect` (and `explain`).

use std::io::Write;

use serde::Serialize;

use crate::cli::{DetectArgs, SimpleFormat};
use crate::license::detect::Detector;

#[derive(Serialize)]
struct DetectedFile {
    path: String,
    license: Option<String>,
    confidence: Option<f32>,
}

/// `ossdoo detect FILE...`: exit 0 when every file was read, 2 when one could not be.
pub fn detect(
    args: &DetectArgs,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> anyhow::Result<u8> {
    let detector = Detector::new();
    let mut results = Vec::new();
    let mut failed = false;
    for path in &args.files {
        match detector.detect_file(path) {
            Ok(found) => results.push(DetectedFile {
                path: path.display().to_string(),
                confidence: found.as_ref().map(|d| d.confidence),
                license: found.map(|d| d.license),
            }),
            Err(err) => {
                failed = true;
                writeln!(stderr, "error: {}: cannot read: {err}", path.display())?;
            }
        }
    }
    match args.format {
        SimpleFormat::Json => {
            serde_json::to_writer_pretty(&mut *stdout, &results)?;
            writeln!(stdout)?;
        }
        SimpleFormat::Table => {
            for result in &results {
                let answer = match (&result.license, result.confidence) {
                    (Some(license), Some(confidence)) => {
                        format!("{license} (confidence {confidence:.2})")
                    }
                    _ => "no license recognised".to_owned(),
                };
                writeln!(stdout, "{}: {answer}", result.path)?;
            }
        }
    }
    Ok(if failed {
        crate::exit::INPUT_ERROR
    } else {
        crate::exit::COMPLIANT
    })
}
