//! Incremental builds on disk: a build carries over, as hard links, the files of every
//! company whose inputs are as the previous build recorded them, and renders the rest.
//! Every test here compares the folder an incremental build leaves with a full build of
//! the same sources in memory: the same files, byte for byte, always.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use jiff::civil::{Date, date};
use proptest::prelude::*;

use crate::prelude::{Fixture, proptest_config, site_on_disk};
use privsite::BuildOptions;

/// A site folder and the output folder its builds write to.
struct Site {
    fixture: Fixture,
    out: tempfile::TempDir,
}

impl Site {
    fn new(name: &str) -> Site {
        Site {
            fixture: Fixture::copy(name),
            out: tempfile::tempdir().unwrap(),
        }
    }

    fn dir(&self) -> PathBuf {
        self.out.path().join("public")
    }

    fn options(&self, date: Date, full: bool) -> BuildOptions {
        BuildOptions {
            date: Some(date),
            output_dir: Some(self.dir()),
            full,
            ..Default::default()
        }
    }

    /// Builds onto disk; checks the folder against a full build in memory; returns how
    /// many files were carried over.
    fn build(&self, date: Date) -> usize {
        self.written(date).carried
    }

    /// [`Site::build`], returning what the build said.
    fn written(&self, date: Date) -> privsite::Written {
        let root = self.fixture.root();
        let written = privsite::build_and_write(root, &self.options(date, false))
            .unwrap_or_else(|d| panic!("{d}"));
        let full =
            privsite::build(root, &self.options(date, true)).unwrap_or_else(|d| panic!("{d}"));
        assert_eq!(written.warnings, full.warnings);
        assert_same(&site_on_disk(&self.dir()), &full.output.files);
        assert_eq!(written.files, full.output.files.len());
        written
    }

    /// Each file of the output with its identity on disk (device and inode on Unix; the
    /// file's bytes elsewhere, which tells only a file whose bytes changed), to tell a
    /// file carried over from one written again.
    fn identities(&self) -> BTreeMap<String, String> {
        crate::prelude::files_under(&self.dir())
            .into_iter()
            .map(|(path, bytes)| {
                let id = identity(&self.dir().join(&path), &bytes);
                (path, id)
            })
            .collect()
    }
}

#[cfg(unix)]
fn identity(path: &Path, _: &[u8]) -> String {
    use std::os::unix::fs::MetadataExt;
    let meta = fs::metadata(path).unwrap();
    format!("{}:{}", meta.dev(), meta.ino())
}

#[cfg(not(unix))]
fn identity(_: &Path, bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn assert_same(disk: &BTreeMap<String, Vec<u8>>, memory: &BTreeMap<String, Vec<u8>>) {
    let missing: Vec<&String> = memory.keys().filter(|p| !disk.contains_key(*p)).collect();
    let extra: Vec<&String> = disk.keys().filter(|p| !memory.contains_key(*p)).collect();
    assert!(missing.is_empty(), "not on disk: {missing:?}");
    assert!(
        extra.is_empty(),
        "on disk but not in a full build: {extra:?}"
    );
    for (path, bytes) in memory {
        assert!(
            disk[path] == *bytes,
            "{path} differs from a full build:\n{}",
            String::from_utf8_lossy(&disk[path])
        );
    }
}

/// The files whose identity changed between two snapshots (rewritten, new or gone).
fn rewritten(before: &BTreeMap<String, String>, after: &BTreeMap<String, String>) -> Vec<String> {
    after
        .iter()
        .filter(|(path, id)| before.get(*path) != Some(*id))
        .map(|(path, _)| path.clone())
        .collect()
}

const DAY: Date = date(2026, 12, 1);

#[test]
fn a_rebuild_with_nothing_changed_rewrites_no_file() {
    let site = Site::new("documents");
    assert_eq!(site.build(DAY), 0);
    let before = site.identities();
    let files = before.len() - 1; // but the marker
    assert_eq!(site.build(DAY), files);
    assert_eq!(rewritten(&before, &site.identities()), Vec::<String>::new());
}

#[test]
fn a_later_build_date_that_changes_no_status_rewrites_only_build_json() {
    let site = Site::new("documents");
    site.build(DAY);
    let before = site.identities();
    site.build(date(2026, 12, 2));
    assert_eq!(rewritten(&before, &site.identities()), vec!["build.json"]);
    let json = fs::read_to_string(site.dir().join("build.json")).unwrap();
    assert!(json.contains("\"date\": \"2026-12-02\""), "{json}");
}

#[test]
fn an_edited_revision_renders_its_company_only() {
    let site = Site::new("basic");
    site.build(DAY);
    let before = site.identities();
    site.fixture.replace(
        "content/beta/fi/2021-03-15.toml",
        "Sinulla on oikeus",
        "Sinulla on aina oikeus",
    );
    assert!(site.build(DAY) > 0);
    let changed = rewritten(&before, &site.identities());
    assert!(
        changed.iter().any(|p| p.starts_with("beta/fi/")),
        "{changed:?}"
    );
    assert!(
        !changed.iter().any(|p| p.starts_with("acme/")),
        "acme's files were written again: {changed:?}"
    );
}

#[test]
fn a_document_renders_with_its_company() {
    let site = Site::new("documents");
    site.build(DAY);
    let before = site.identities();
    let file = first_revision(&site.fixture, "content/acme/cookies");
    site.fixture.replace(&file, "title = \"", "title = \"New ");
    site.build(DAY);
    let changed = rewritten(&before, &site.identities());
    // The notice's feed carries the document: the company's pages render together.
    assert!(
        changed.iter().any(|p| p.starts_with("acme/cookies/")),
        "{changed:?}"
    );
}

#[test]
fn reworded_text_renders_the_pages_of_its_language_only() {
    let site = Site::new("documents");
    site.build(DAY);
    let before = site.identities();
    site.fixture
        .replace("content/acme/sv/2024-01-01.toml", "i två år", "i tre år");
    assert!(site.build(DAY) > 0);
    let changed = rewritten(&before, &site.identities());
    assert!(
        changed.iter().any(|p| p.starts_with("acme/sv/")),
        "{changed:?}"
    );
    // The English pages of every document, the notice's and the lists', are carried.
    let english: Vec<&String> = changed.iter().filter(|p| p.contains("/en/")).collect();
    assert!(english.is_empty(), "written again: {english:?}");
}

#[test]
fn a_title_which_other_languages_show_renders_them_all() {
    let site = Site::new("documents");
    site.build(DAY);
    let before = site.identities();
    // The cookie declaration is in English only: the Swedish pages link it by the title of
    // the revision in force.
    site.fixture.replace(
        "content/acme/cookies/en/2024-06-01.toml",
        "title = \"",
        "title = \"New ",
    );
    site.build(DAY);
    let changed = rewritten(&before, &site.identities());
    assert!(
        changed.iter().any(|p| p.starts_with("acme/sv/")),
        "{changed:?}"
    );
}

#[test]
fn a_list_without_the_language_is_read_in_its_default_one() {
    let site = Site::new("documents");
    // The sub-processor list in English only: the Swedish notice lists its recipients
    // from the English list.
    site.fixture.remove("content/acme/subprocessors/sv");
    site.build(DAY);
    let before = site.identities();
    site.fixture.replace(
        "content/acme/subprocessors/en/2024-01-01.toml",
        "countries = [\"IE\"]",
        "countries = [\"SE\"]",
    );
    // Site::build checks the folder against a full build.
    let written = site.written(DAY);
    // The Swedish pages show the list by its title and address, which did not change: they
    // come out as they were and keep their files. But they were rendered, not carried over.
    let changed = rewritten(&before, &site.identities());
    assert!(
        !changed.iter().any(|p| p.starts_with("acme/sv/")),
        "{changed:?}"
    );
    let swedish = before.keys().filter(|p| p.starts_with("acme/sv/")).count();
    let list = before
        .keys()
        .filter(|p| p.starts_with("acme/subprocessors/en/"))
        .count();
    assert!(swedish > 0 && list > 0);
    assert!(
        written.files - written.carried >= swedish + list,
        "{} rendered, {swedish} Swedish files and {list} of the list",
        written.files - written.carried
    );
    assert!(written.same >= swedish, "{}", written.same);
}

/// The first revision file under `folder`'s first locale.
fn first_revision(f: &Fixture, folder: &str) -> String {
    let mut files: Vec<PathBuf> = walkdir::WalkDir::new(f.path(folder))
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.path().extension().is_some_and(|x| x == "toml"))
        .filter(|e| e.file_name() != "document.toml")
        .map(|e| e.into_path())
        .collect();
    files.sort();
    files[0]
        .strip_prefix(f.root())
        .unwrap()
        .to_string_lossy()
        .replace('\\', "/")
}

#[test]
fn a_revision_coming_into_force_is_found_without_a_source_change() {
    let site = Site::new("basic");
    // acme/en has a revision dated 2099-01-01: upcoming until that day.
    site.build(date(2098, 12, 31));
    let before = site.identities();
    let current = fs::read_to_string(site.dir().join("acme/en/index.html")).unwrap();
    assert!(site.build(date(2099, 1, 1)) > 0);
    let now = fs::read_to_string(site.dir().join("acme/en/index.html")).unwrap();
    assert_ne!(current, now, "the revision in force changed");
    let changed = rewritten(&before, &site.identities());
    assert!(
        !changed.iter().any(|p| p.starts_with("beta/")),
        "{changed:?}"
    );
}

#[test]
fn a_changed_template_message_or_setting_renders_everything() {
    let site = Site::new("basic");
    let changes: [(&str, &str); 3] = [
        (
            "templates/base.html",
            &fs::read_to_string(crate::prelude::repo().join("themes/default/templates/base.html"))
                .unwrap()
                .replace(
                    "<footer class=\"site-footer\">",
                    "<footer class=\"site-footer\"><!-- ours -->",
                ),
        ),
        ("locales/en/interface.ftl", "footer-published = Ours.\n"),
        (
            "site.toml",
            &format!(
                "{}\n",
                site.fixture
                    .read("site.toml")
                    .replace("title = \"", "title = \"The ")
            ),
        ),
    ];
    for (file, text) in changes {
        site.build(DAY);
        site.fixture.write(file, text);
        assert_eq!(site.build(DAY), 0, "after {file} changed");
    }
}

#[test]
fn a_file_changed_by_hand_in_the_output_is_made_again() {
    let site = Site::new("basic");
    site.build(DAY);
    let page = site.dir().join("beta/fi/index.html");
    fs::write(&page, "changed by hand").unwrap();
    let carried = site.build(DAY);
    assert!(carried > 0, "the other company is carried over");
    assert_ne!(fs::read_to_string(&page).unwrap(), "changed by hand");
}

/// What a build that finds nothing changed in the sources still looks at: every file and
/// folder of the output, each by its name in its folder.
#[test]
fn a_file_removed_from_the_output_or_put_in_a_folder_by_hand_is_noticed() {
    let site = Site::new("basic");
    site.build(DAY);
    let page = site.dir().join("beta/fi/index.html");
    fs::remove_file(&page).unwrap();
    site.build(DAY);
    assert!(page.is_file(), "the removed page is made again");
    // Deep in the site, where only the folder's listing shows it.
    let deep = site.dir().join("beta/fi/processors/notes.txt");
    fs::write(&deep, "mine").unwrap();
    site.build(DAY);
    assert!(!deep.exists());
}

/// A link put where the output had a file or a folder is not taken for it, even where it
/// points at the same bytes.
#[cfg(unix)]
#[test]
fn links_put_in_the_output_by_hand_are_replaced() {
    use std::os::unix::fs::symlink;
    let site = Site::new("basic");
    site.build(DAY);
    let keep = tempfile::tempdir().unwrap();
    let file = site.dir().join("beta/fi/index.html");
    fs::copy(&file, keep.path().join("index.html")).unwrap();
    fs::remove_file(&file).unwrap();
    symlink(keep.path().join("index.html"), &file).unwrap();
    let folder = site.dir().join("beta/fi/processors");
    fs::create_dir(keep.path().join("processors")).unwrap();
    for entry in fs::read_dir(&folder).unwrap() {
        let entry = entry.unwrap();
        fs::copy(
            entry.path(),
            keep.path().join("processors").join(entry.file_name()),
        )
        .unwrap();
    }
    fs::remove_dir_all(&folder).unwrap();
    symlink(keep.path().join("processors"), &folder).unwrap();
    site.build(DAY);
    for path in [&file, &folder] {
        let kind = fs::symlink_metadata(path).unwrap().file_type();
        assert!(!kind.is_symlink(), "{} is still a link", path.display());
    }
}

#[test]
fn full_renders_every_page_and_no_record_means_a_full_build() {
    let site = Site::new("basic");
    site.build(DAY);
    let root = site.fixture.root();
    let written = privsite::build_and_write(root, &site.options(DAY, true)).unwrap();
    assert_eq!(written.carried, 0);
    // A build killed while swapping leaves no record: the next build renders everything.
    let record = site.out.path().join(".public.privsite-record");
    assert!(record.is_file(), "the record sits beside the output folder");
    fs::remove_file(&record).unwrap();
    assert_eq!(site.build(DAY), 0);
    assert!(site.build(DAY) > 0);
}

#[test]
fn a_failed_build_leaves_the_site_and_its_record() {
    let site = Site::new("basic");
    site.build(DAY);
    let before = site.identities();
    let good = site.fixture.read("content/beta/fi/2021-03-15.toml");
    site.fixture.write(
        "content/beta/fi/2021-03-15.toml",
        format!("{good}\nunknown_key = 1\n"),
    );
    let root = site.fixture.root();
    assert!(privsite::build_and_write(root, &site.options(DAY, false)).is_err());
    assert_eq!(rewritten(&before, &site.identities()), Vec::<String>::new());
    site.fixture.write("content/beta/fi/2021-03-15.toml", good);
    assert!(site.build(DAY) > 0, "the record was kept");
}

#[test]
fn companies_added_and_removed_leave_no_file_behind() {
    let site = Site::new("basic");
    site.build(DAY);
    let company = fs::read_to_string(site.fixture.path("content/beta/company.toml")).unwrap();
    site.fixture.write(
        "content/gamma/company.toml",
        company.replace("Beta", "Gamma"),
    );
    site.fixture.write(
        "content/gamma/fi/2021-03-15.toml",
        site.fixture.read("content/beta/fi/2021-03-15.toml"),
    );
    assert!(site.build(DAY) > 0);
    assert!(site.dir().join("gamma/fi/index.html").is_file());
    site.fixture.remove("content/beta");
    assert!(site.build(DAY) > 0);
    assert!(!site.dir().join("beta").exists());
}

/// One change a user makes between two builds.
#[derive(Debug, Clone)]
enum Change {
    /// Reword the title of a revision (by index).
    Reword(usize),
    /// Reword the text of a revision (by index), its title and notes unchanged.
    Words(usize),
    /// Add a revision to a company, dated in the future or the past.
    AddRevision(usize, bool),
    /// Move the build date on by this many days (the basic fixture has a revision coming
    /// into force in 2099, the added ones come in 2030).
    Later(u16),
    /// Change the site's title.
    Title,
    /// Nothing.
    Same,
}

fn change() -> impl Strategy<Value = Change> {
    prop_oneof![
        (0usize..3).prop_map(Change::Reword),
        (0usize..7).prop_map(Change::Words),
        ((0usize..3), any::<bool>()).prop_map(|(c, f)| Change::AddRevision(c, f)),
        (1u16..40000).prop_map(Change::Later),
        Just(Change::Title),
        Just(Change::Same),
    ]
}

/// The revision files of the fixture, sorted.
fn revisions(f: &Fixture) -> Vec<String> {
    let mut files: Vec<String> = walkdir::WalkDir::new(f.path("content"))
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| {
            e.path().extension().is_some_and(|x| x == "toml")
                && !["company.toml", "document.toml"].contains(&&*e.file_name().to_string_lossy())
        })
        .map(|e| {
            e.path()
                .strip_prefix(f.root())
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/")
        })
        .collect();
    files.sort();
    files
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 10, ..proptest_config() })]

    /// Whatever a user changes between builds, and however the build date moves, the
    /// folder an incremental build leaves is the one a full build makes.
    #[test]
    fn any_series_of_changes_builds_as_a_full_build(
        documents in any::<bool>(),
        changes in prop::collection::vec(change(), 1..7),
    ) {
        let site = Site::new(if documents { "documents" } else { "basic" });
        let mut day = date(2024, 1, 1);
        let mut added = 0;
        site.build(day);
        for change in changes {
            let files = revisions(&site.fixture);
            match change {
                Change::Reword(i) => {
                    let file = &files[i * 3 % files.len()];
                    let text = site.fixture.read(file);
                    site.fixture.write(file, text.replacen("title = \"", "title = \"Re ", 1));
                }
                Change::Words(i) => {
                    let file = &files[i % files.len()];
                    let text = site.fixture.read(file);
                    let field = ["body = \"\"\"", "body = \"", "intro = \"", "purpose = \""]
                        .into_iter()
                        .find(|f| text.contains(f));
                    if let Some(field) = field {
                        let reworded = format!("{field}Also, ");
                        site.fixture.write(file, text.replacen(field, &reworded, 1));
                    }
                }
                Change::AddRevision(i, future) => {
                    let file = &files[i * 5 % files.len()];
                    let text = site.fixture.read(file);
                    added += 1;
                    let when = if future { date(2030, 1, 1) } else { date(2023, 12, 1) };
                    let when = when.checked_add(jiff::Span::new().days(added)).unwrap();
                    let name = Path::new(file).with_file_name(format!("{when}.toml"));
                    let name = name.to_string_lossy().replace('\\', "/");
                    if !site.fixture.path(&name).exists() {
                        site.fixture.write(&name, text);
                    }
                }
                Change::Later(days) => {
                    day = day.checked_add(jiff::Span::new().days(i64::from(days))).unwrap();
                }
                Change::Title => {
                    let text = site.fixture.read("site.toml");
                    site.fixture.write("site.toml", text.replacen("title = \"", "title = \"A ", 1));
                }
                Change::Same => {}
            }
            site.build(day);
        }
    }
}

/// A site of `n` companies, each with two revisions in English on dates of its own, so
/// that the site feed (the hundred newest revisions) leaves some out.
fn many(n: usize) -> Site {
    let site = Site::new("basic");
    site.fixture.remove("content");
    let revision = |title: &str| {
        format!(
            "title = \"{title}\"\nsummary = \"A change.\"\n\n[[sections]]\nid = \"data\"\ntitle = \"What we collect\"\nbody = \"Name and e-mail of {title}.\"\n"
        )
    };
    for i in 0..n {
        let slug = format!("co-{i:03}");
        site.fixture.write(
            &format!("content/{slug}/company.toml"),
            format!(
                "name = \"Company {i}\"\nemail = \"privacy@co{i}.example\"\ndefault_locale = \"en\"\n\n[authority]\nname = \"IMY\"\nurl = \"https://www.imy.se\"\n"
            ),
        );
        let first = date(2015, 1, 1) + jiff::Span::new().days(i as i64 * 13);
        let second = first + jiff::Span::new().days(400 + (i % 5) as i64);
        site.fixture.write(
            &format!("content/{slug}/en/{first}.toml"),
            revision("First"),
        );
        site.fixture.write(
            &format!("content/{slug}/en/{second}.toml"),
            revision("Second"),
        );
    }
    site
}

#[test]
fn a_change_to_one_company_loads_that_company_only() {
    let site = many(60);
    let first = site.written(DAY);
    assert_eq!((first.carried, first.unloaded), (0, 0));
    assert!(first.warnings.0.is_empty(), "{}", first.warnings);
    let file = revisions(&site.fixture)[10].clone();
    let text = site.fixture.read(&file);
    site.fixture
        .write(&file, text.replace("Name and", "Name, address and"));
    let second = site.written(DAY);
    assert_eq!(second.unloaded, 59, "every other company is left unloaded");
    assert!(second.carried > 59 * 5, "{}", second.carried);
}

#[test]
fn companies_left_unloaded_keep_the_site_feed_index_and_sitemap_whole() {
    let site = many(60);
    site.written(DAY);
    // The newest company goes: older revisions of companies not loaded now enter the
    // site feed, whose entries the build must then make.
    site.fixture.remove("content/co-059");
    let after = site.written(DAY);
    assert!(
        after.unloaded > 0 && after.unloaded < 59,
        "{}",
        after.unloaded
    );
    // A new company with the newest revision pushes one out again.
    let company = site.fixture.read("content/co-000/company.toml");
    site.fixture.write(
        "content/zz-new/company.toml",
        company.replace("Company 0", "New"),
    );
    site.fixture.write(
        "content/zz-new/en/2026-01-01.toml",
        site.fixture.read(&revisions(&site.fixture)[0]),
    );
    assert_eq!(site.written(DAY).unloaded, 59);
    // A date on which a revision of one company comes into force: only it is loaded.
    site.fixture.write(
        "content/co-003/en/2027-06-01.toml",
        site.fixture.read(&revisions(&site.fixture)[6]),
    );
    assert_eq!(site.written(DAY).unloaded, 59);
    assert_eq!(site.written(date(2027, 6, 1)).unloaded, 59);
}

/// A company's sitemap is one of its files: a new revision of one company makes its
/// sitemap again and dates it anew in the index, and the other company's is carried.
#[test]
fn a_new_revision_makes_its_company_sitemap_again_and_carries_the_others() {
    let site = Site::new("basic");
    site.build(DAY);
    let before = site.identities();
    let text = site.fixture.read("content/beta/fi/2021-03-15.toml");
    site.fixture.write(
        "content/beta/fi/2026-06-01.toml",
        text.replace("tarkastaa tietosi", "tarkastaa ja oikaista tietosi"),
    );
    let written = site.written(DAY);
    assert_eq!(written.unloaded, 1, "acme is not even loaded");
    let changed = rewritten(&before, &site.identities());
    assert!(
        changed.contains(&"beta/sitemap.xml".to_string()),
        "{changed:?}"
    );
    assert!(
        !changed.contains(&"acme/sitemap.xml".to_string()),
        "{changed:?}"
    );
    let read = |path: &str| fs::read_to_string(site.dir().join(path)).ok();
    let urls = crate::prelude::sitemap_urls(read, "https://example.org/legal");
    assert_eq!(
        urls.get("https://example.org/legal/beta/fi/2026-06-01/diff/")
            .map(String::as_str),
        Some("beta/sitemap.xml")
    );
    assert_eq!(
        urls.get("https://example.org/legal/acme/en/history/")
            .map(String::as_str),
        Some("acme/sitemap.xml")
    );
    let index = read("sitemap.xml").unwrap();
    assert!(
        index.contains("beta/sitemap.xml</loc>\n<lastmod>2026-06-01</lastmod>"),
        "{index}"
    );
}

#[test]
fn files_and_folders_added_to_the_output_by_hand_are_gone_after_a_build() {
    let site = Site::new("basic");
    site.build(DAY);
    fs::write(site.dir().join("added.html"), "mine").unwrap();
    fs::create_dir_all(site.dir().join("empty/folder")).unwrap();
    // Nothing changed in the sources: the build still finds the output is not as it left
    // it, and carries over only its own files.
    assert!(site.build(DAY) > 0);
    assert!(!site.dir().join("added.html").exists());
    assert!(!site.dir().join("empty").exists());
}

/// Each file under `dir` with its device and inode.
#[cfg(unix)]
fn identities_of(dir: &Path) -> BTreeMap<String, String> {
    crate::prelude::files_under(dir)
        .into_keys()
        .map(|path| {
            let id = identity(&dir.join(&path), &[]);
            (path, id)
        })
        .collect()
}

/// The site a build replaces is kept beside the output folder, and the next build takes it
/// as its staging folder: the files it shares with the output stay as they are, what
/// changed is written over, and the new site is the full build's all the same.
#[cfg(unix)]
#[test]
fn the_replaced_site_is_kept_and_brought_up_to_date_by_the_next_build() {
    let site = Site::new("basic");
    let spare = site.out.path().join(".public.privsite-spare");
    site.build(DAY);
    assert!(!spare.exists(), "a first build replaces nothing");
    let first = site.identities();
    let file = "content/beta/fi/2021-03-15.toml";
    site.fixture
        .replace(file, "Sinulla on oikeus", "Sinulla on aina oikeus");
    assert!(site.build(DAY) > 0);
    assert!(spare.join(".privsite-output").is_file());
    assert_eq!(identities_of(&spare), first, "the spare is the first site");
    let second = site.identities();
    site.fixture
        .replace(file, "Sinulla on aina oikeus", "Sinulla on oikeus");
    assert!(site.build(DAY) > 0);
    let changed = rewritten(&second, &site.identities());
    assert!(
        changed.iter().any(|p| p.starts_with("beta/fi/")),
        "{changed:?}"
    );
    assert!(
        !changed.iter().any(|p| p.starts_with("acme/")),
        "acme's files were written again: {changed:?}"
    );
    assert_eq!(
        identities_of(&spare),
        second,
        "the spare is the second site"
    );
    // A full build takes the spare too. Every file comes out as it was: each is kept, so
    // the site it replaces, kept in turn, is the new one's files and the next build
    // brings it up to date without removing any.
    let third = site.identities();
    let root = site.fixture.root();
    let written = privsite::build_and_write(root, &site.options(DAY, true)).unwrap();
    assert_same(
        &crate::prelude::site_on_disk(&site.dir()),
        &privsite::build(root, &site.options(DAY, true))
            .unwrap()
            .output
            .files,
    );
    assert_eq!(written.carried, 0);
    assert_eq!(written.same, written.files);
    let marker = ".privsite-output".to_string();
    assert_eq!(rewritten(&third, &site.identities()), vec![marker.clone()]);
    let mut kept = identities_of(&spare);
    kept.remove(&marker);
    let mut now = site.identities();
    now.remove(&marker);
    assert_eq!(kept, now, "the kept site shares every file with the output");
}

/// A full build trusts nothing the previous build recorded: a file changed by hand in the
/// output, with its size, time and inode as they were, is compared byte for byte and
/// written again; a file that comes out as the output has it is kept, time and all.
#[test]
fn a_full_build_compares_each_file_it_keeps() {
    let site = Site::new("basic");
    site.build(DAY);
    let page = site.dir().join("beta/fi/index.html");
    let kept = site.dir().join("acme/en/index.html");
    let good = fs::read(&page).unwrap();
    let kept_time = fs::metadata(&kept).unwrap().modified().unwrap();
    let time = fs::metadata(&page).unwrap().modified().unwrap();
    // The same length, one letter of the text changed, written in place.
    let at = good.windows(4).position(|w| w == b"</h1").unwrap() - 1;
    let mut changed = good.clone();
    changed[at] = if good[at] == b'x' { b'y' } else { b'x' };
    let mut file = fs::OpenOptions::new().write(true).open(&page).unwrap();
    std::io::Write::write_all(&mut file, &changed).unwrap();
    file.set_modified(time).unwrap();
    drop(file);
    let root = site.fixture.root();
    let written = privsite::build_and_write(root, &site.options(DAY, true)).unwrap();
    assert_eq!(fs::read(&page).unwrap(), good, "the page is made again");
    assert_eq!(written.same, written.files - 1);
    assert_eq!(fs::metadata(&kept).unwrap().modified().unwrap(), kept_time);
}

/// Whatever is put into the kept site by hand (a file, a folder, a file where the site has
/// a folder and a folder where it has a file) is gone from the next site; a symbolic link
/// put there has the kept site set aside whole, and nothing behind the link is touched.
#[cfg(unix)]
#[test]
fn what_is_put_into_the_kept_site_never_reaches_the_output() {
    let site = Site::new("basic");
    let spare = site.out.path().join(".public.privsite-spare");
    let file = "content/beta/fi/2021-03-15.toml";
    let mut round = 0;
    let mut reword_and_build = || {
        round += 1;
        let text = site.fixture.read(file);
        site.fixture.write(
            file,
            text.replacen("title = \"", &format!("title = \"{round} "), 1),
        );
        assert!(site.build(DAY) > 0);
    };
    site.build(DAY);
    reword_and_build();
    fs::write(spare.join("added.html"), "mine").unwrap();
    fs::create_dir_all(spare.join("empty/folder")).unwrap();
    fs::remove_dir_all(spare.join("beta")).unwrap();
    fs::write(spare.join("beta"), "a file where a folder goes").unwrap();
    fs::remove_file(spare.join("sitemap.xml")).unwrap();
    fs::create_dir_all(spare.join("sitemap.xml/inner")).unwrap();
    fs::write(spare.join("sitemap.xml/inner/x.html"), "x").unwrap();
    // Also by hand into the output, which the next build keeps as the spare.
    fs::write(site.dir().join("verify.html"), "mine").unwrap();
    reword_and_build();
    assert!(!site.dir().join("added.html").exists());
    reword_and_build();
    assert!(!site.dir().join("verify.html").exists());
    let elsewhere = tempfile::tempdir().unwrap();
    fs::write(elsewhere.path().join("precious.html"), "keep").unwrap();
    std::os::unix::fs::symlink(elsewhere.path(), spare.join("acme/linked")).unwrap();
    std::os::unix::fs::symlink(elsewhere.path(), spare.join("beta/fi")).unwrap_or(());
    reword_and_build();
    assert_eq!(
        fs::read_to_string(elsewhere.path().join("precious.html")).unwrap(),
        "keep"
    );
    assert!(
        fs::read_dir(elsewhere.path()).unwrap().count() == 1,
        "nothing was written behind the link"
    );
}

/// A build that fails with a spare taken leaves the output as it was; the next builds make
/// the full build's site.
#[cfg(unix)]
#[test]
fn a_failed_build_with_a_kept_site_leaves_the_output() {
    let site = Site::new("basic");
    let file = "content/beta/fi/2021-03-15.toml";
    site.build(DAY);
    site.fixture
        .replace(file, "Sinulla on oikeus", "Sinulla on aina oikeus");
    site.build(DAY);
    let before = site.identities();
    let good = site.fixture.read(file);
    site.fixture
        .write(file, format!("{good}\nunknown_key = 1\n"));
    let root = site.fixture.root();
    assert!(privsite::build_and_write(root, &site.options(DAY, false)).is_err());
    assert_eq!(rewritten(&before, &site.identities()), Vec::<String>::new());
    site.fixture.write(file, good.replace("aina ", ""));
    assert!(site.build(DAY) > 0);
    site.fixture.write(file, good);
    assert!(site.build(DAY) > 0);
}
