//! The crate's shape, as ARCHITECTURE.md states it: folders by layer, each importing only
//! the layers above it (so no two top-level modules import each other), the commands
//! importing the layers but never each other, at most 8 files at the top of `src/`, no
//! file over 900 lines, and no glob import of a parent module outside tests.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// The layers, first to last: each may import those before it.
const LAYERS: &[&str] = &[
    "diagnostic",
    "model",
    "text",
    "source",
    "diff",
    "plan",
    "render",
    "build",
];

/// The commands: each may import every layer, and no other command.
const COMMANDS: &[&str] = &["check", "import", "notify", "scaffold", "serve"];

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Every `.rs` file under `dir`, sorted.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = walkdir::WalkDir::new(dir)
        .into_iter()
        .map(|e| e.expect("walk src").into_path())
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .collect();
    files.sort();
    files
}

/// The code of a file without its comments and without its test module, which may reach
/// anywhere.
fn code_of(text: &str) -> String {
    let text = match text.find("#[cfg(test)]\nmod tests") {
        Some(at) => &text[..at],
        None => text,
    };
    text.lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The top-level module a file belongs to (`None` for lib.rs, main.rs and the binary's
/// `cli/`, which may import anything).
fn top_module(path: &Path) -> Option<String> {
    let rel = path.strip_prefix(src()).unwrap();
    let first = rel.components().next()?.as_os_str().to_str()?.to_string();
    let name = first.strip_suffix(".rs").unwrap_or(&first).to_string();
    match name.as_str() {
        "lib" | "main" | "cli" => None,
        _ => Some(name),
    }
}

/// The modules `code` names as `crate::<module>`.
fn crate_imports(code: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut rest = code;
    while let Some(at) = rest.find("crate::") {
        let after = &rest[at + "crate::".len()..];
        let name: String = after
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        if !name.is_empty() {
            found.insert(name);
        }
        rest = after;
    }
    found
}

fn rank(module: &str) -> Option<usize> {
    LAYERS
        .iter()
        .position(|l| *l == module)
        .or_else(|| COMMANDS.contains(&module).then_some(LAYERS.len()))
}

#[test]
fn each_layer_imports_only_the_layers_above_it() {
    let mut wrong: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut seen = BTreeSet::new();
    for path in rust_files(&src()) {
        let Some(module) = top_module(&path) else {
            continue;
        };
        seen.insert(module.clone());
        let Some(own) = rank(&module) else {
            wrong
                .entry(format!(
                    "{module} (no layer: add it to ARCHITECTURE.md and here)"
                ))
                .or_default()
                .insert(path.display().to_string());
            continue;
        };
        let code = code_of(&fs::read_to_string(&path).unwrap());
        for import in crate_imports(&code) {
            if import == module {
                continue;
            }
            let ok = match rank(&import) {
                Some(r) => r < own,
                None => false,
            };
            if !ok {
                let rel = path.strip_prefix(src()).unwrap().display().to_string();
                wrong
                    .entry(format!("{module} imports crate::{import}"))
                    .or_default()
                    .insert(rel);
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "imports against the layer order {LAYERS:?}, then the commands {COMMANDS:?}:\n{wrong:#?}"
    );
    // The test looks at real modules: a layer renamed away would make it pass vacuously.
    for module in LAYERS.iter().chain(COMMANDS) {
        assert!(seen.contains(*module), "no module {module} under src/");
    }
}

#[test]
fn the_import_check_finds_a_cycle() {
    // The rule the test above applies, on made-up code: a layer naming a later one.
    let code = code_of("use crate::render::Theme;\n// crate::build in a comment\n");
    let imports = crate_imports(&code);
    assert_eq!(imports, BTreeSet::from(["render".to_string()]));
    assert!(rank("render").unwrap() > rank("plan").unwrap());
    assert!(rank("check") == rank("serve"), "commands are one rank");
}

#[test]
fn the_top_of_src_is_small_and_files_fit_in_a_readers_head() {
    let top: Vec<String> = fs::read_dir(src())
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().unwrap().is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert!(top.len() <= 8, "files at the top of src/: {top:?}");
    assert!(top.contains(&"lib.rs".to_string()));

    let mut long = Vec::new();
    for path in rust_files(&src()) {
        let lines = fs::read_to_string(&path).unwrap().lines().count();
        if lines > 900 {
            long.push(format!("{} ({lines} lines)", path.display()));
        }
    }
    assert!(long.is_empty(), "files over 900 lines: {long:#?}");
}

#[test]
fn no_glob_import_of_a_parent_outside_tests() {
    let mut globs = Vec::new();
    for path in rust_files(&src()) {
        // A module of tests (`#[cfg(test)] mod tests;`) may take in what it tests.
        if path.file_name().is_some_and(|n| n == "tests.rs") {
            continue;
        }
        let code = code_of(&fs::read_to_string(&path).unwrap());
        if code.contains("use super::*;") {
            globs.push(path.display().to_string());
        }
    }
    assert!(
        globs.is_empty(),
        "`use super::*` hides which siblings a module uses: {globs:#?}"
    );
}
