//! What a native template reads: a value of Tera's context, or a field of a typed view
//! read where it lies, without making the view a template value first.
//!
//! Making a large view (a revision with its sections and processor table) a template
//! value builds a map per struct and copies every string, and the value is dropped again
//! once the company's pages are written: in a profile of a full build, about a twelfth of
//! the time. A view that implements [`Fields`] is read as it is. Its fields must read as
//! its serialized form does, since Tera renders that form (for a site's own templates,
//! and in debug builds to check every native page): [`disagreement`] compares the two,
//! and debug builds run it on every view a native page reads typed.

use fluent_bundle::FluentValue;
use tera::Value;

/// A value as templates see it, or undefined.
#[derive(Clone, Copy)]
pub(in crate::render) enum V<'a> {
    /// Not in the context, or no such field.
    Undef,
    /// A value of Tera's context.
    Val(&'a Value),
    Str(&'a str),
    Bool(bool),
    /// An option not set: Tera's `none`.
    Null,
    /// A typed view: its fields by name.
    Obj(&'a dyn Fields),
    /// A typed list.
    List(&'a dyn Items),
}

/// A struct that templates read by field name, as its serialized form names them.
pub(in crate::render) trait Fields {
    /// The field `name`; [`V::Undef`] where there is none.
    fn field(&self, name: &str) -> V<'_>;
}

/// A list that templates read item by item.
pub(in crate::render) trait Items {
    fn count(&self) -> usize;
    fn at(&self, i: usize) -> V<'_>;
}

/// A field's value as templates read it.
pub(in crate::render) trait ToV {
    fn v(&self) -> V<'_>;
}

impl ToV for str {
    fn v(&self) -> V<'_> {
        V::Str(self)
    }
}

impl ToV for String {
    fn v(&self) -> V<'_> {
        V::Str(self)
    }
}

impl ToV for bool {
    fn v(&self) -> V<'_> {
        V::Bool(*self)
    }
}

impl ToV for &str {
    fn v(&self) -> V<'_> {
        V::Str(self)
    }
}

impl<T: ToV> ToV for Option<T> {
    fn v(&self) -> V<'_> {
        self.as_ref().map_or(V::Null, ToV::v)
    }
}

impl<T: ToV> ToV for &[T] {
    fn v(&self) -> V<'_> {
        V::List(self)
    }
}

impl<T: ToV> ToV for Vec<T> {
    fn v(&self) -> V<'_> {
        V::List(self)
    }
}

impl<T: ToV> Items for &[T] {
    fn count(&self) -> usize {
        self.len()
    }
    fn at(&self, i: usize) -> V<'_> {
        self.get(i).map_or(V::Undef, ToV::v)
    }
}

impl<T: ToV> Items for Vec<T> {
    fn count(&self) -> usize {
        self.len()
    }
    fn at(&self, i: usize) -> V<'_> {
        self.get(i).map_or(V::Undef, ToV::v)
    }
}

/// A list read item by item: a template value's or a typed one.
#[derive(Clone, Copy)]
enum List<'a> {
    Values(&'a [Value]),
    Typed(&'a dyn Items),
}

impl<'a> List<'a> {
    fn count(self) -> usize {
        match self {
            List::Values(values) => values.len(),
            List::Typed(items) => items.count(),
        }
    }

    fn at(self, i: usize) -> V<'a> {
        match self {
            List::Values(values) => values.get(i).map_or(V::Undef, V::Val),
            List::Typed(items) => items.at(i),
        }
    }
}

/// Implements [`Fields`] and [`ToV`] for a view struct, naming the fields its serialized
/// form has (all of them: [`disagreement`] finds one left out).
macro_rules! typed_view {
    ($ty:ty { $($field:ident),* $(,)? }) => {
        impl $crate::render::native::value::Fields for $ty {
            fn field(&self, name: &str) -> $crate::render::native::value::V<'_> {
                use $crate::render::native::value::{ToV, V};
                match name {
                    $(stringify!($field) => self.$field.v(),)*
                    _ => V::Undef,
                }
            }
        }
        impl $crate::render::native::value::ToV for $ty {
            fn v(&self) -> $crate::render::native::value::V<'_> {
                $crate::render::native::value::V::Obj(self)
            }
        }
    };
}

pub(in crate::render) use typed_view;

/// A value compared with another by `==`: a string, a boolean or none.
#[derive(PartialEq)]
enum Scalar<'a> {
    Str(&'a str),
    Bool(bool),
    Null,
}

impl<'a> V<'a> {
    /// `value.name`: undefined where `value` is not a map or has no such field.
    pub(super) fn get(self, name: &'static str) -> V<'a> {
        match self {
            V::Val(value) => value
                .as_map()
                .and_then(|map| map.get(&tera::value::Key::Str(name)))
                .map_or(V::Undef, V::Val),
            V::Obj(fields) => fields.field(name),
            _ => V::Undef,
        }
    }

    /// `{% if value %}`.
    pub(super) fn truthy(self) -> bool {
        match self {
            V::Undef | V::Null => false,
            V::Val(value) => value.is_truthy(),
            V::Str(s) => !s.is_empty(),
            V::Bool(b) => b,
            // A struct's map has its fields.
            V::Obj(_) => true,
            V::List(items) => items.count() > 0,
        }
    }

    pub(super) fn str(self) -> Option<&'a str> {
        match self {
            V::Val(value) => value.as_str(),
            V::Str(s) => Some(s),
            _ => None,
        }
    }

    /// `value == "text"`.
    pub(super) fn is(self, text: &str) -> bool {
        self.str() == Some(text)
    }

    fn scalar(self) -> Option<Scalar<'a>> {
        match self {
            V::Str(s) => Some(Scalar::Str(s)),
            V::Bool(b) => Some(Scalar::Bool(b)),
            V::Null => Some(Scalar::Null),
            V::Val(value) => {
                if let Some(s) = value.as_str() {
                    Some(Scalar::Str(s))
                } else if let Some(b) = value.as_bool() {
                    Some(Scalar::Bool(b))
                } else if value.is_none() {
                    Some(Scalar::Null)
                } else {
                    None
                }
            }
            V::Undef | V::Obj(_) | V::List(_) => None,
        }
    }

    /// `a == b`, for the strings, booleans and `none`s templates compare.
    pub(super) fn equals(self, other: V) -> bool {
        match (self, other) {
            (V::Val(a), V::Val(b)) => a == b,
            (V::Undef, V::Undef) => true,
            _ => match (self.scalar(), other.scalar()) {
                (Some(a), Some(b)) => a == b,
                _ => false,
            },
        }
    }

    /// The items of a list; none for what is not one.
    pub(super) fn items(self) -> impl ExactSizeIterator<Item = V<'a>> {
        let list = match self {
            V::Val(value) => List::Values(value.as_array().unwrap_or_default()),
            V::List(items) => List::Typed(items),
            _ => List::Values(&[]),
        };
        (0..list.count()).map(move |i| list.at(i))
    }

    /// `value | length`: items of a list, characters of a string.
    pub(super) fn len(self) -> usize {
        match self {
            V::Val(value) => value.len().unwrap_or_default(),
            V::Str(s) => s.chars().count(),
            V::List(items) => items.count(),
            _ => 0,
        }
    }

    /// The value as a template prints it, where it is not a string: Tera's form of a
    /// number, a boolean or none.
    pub(super) fn formatted(self) -> Option<String> {
        match self {
            V::Val(value) => Some(value.to_string()),
            V::Bool(b) => Some(b.to_string()),
            V::Null => Some(String::new()),
            V::Undef | V::Str(_) | V::Obj(_) | V::List(_) => None,
        }
    }

    /// Whether `{{ value }}` prints it unescaped: all but strings not marked safe, as
    /// Tera decides.
    pub(super) fn is_safe(self) -> bool {
        match self {
            V::Val(value) => value.is_safe(),
            V::Bool(_) | V::Null => true,
            V::Undef | V::Str(_) | V::Obj(_) | V::List(_) => false,
        }
    }

    /// The value as an argument of a message, as the Tera function `t` passes it.
    pub(super) fn fluent(self) -> FluentValue<'static> {
        match self {
            V::Val(value) => {
                if let Some(n) = value.as_i64() {
                    FluentValue::from(n)
                } else if let Some(n) = value.as_f64() {
                    FluentValue::from(n)
                } else if let Some(s) = value.as_str() {
                    FluentValue::from(s.to_string())
                } else {
                    FluentValue::from(value.to_string())
                }
            }
            V::Str(s) => FluentValue::from(s.to_string()),
            other => FluentValue::from(other.formatted().unwrap_or_default()),
        }
    }
}

/// Where `v`, a view read typed, reads otherwise than `value`, its serialized form, at
/// `path`: every field, item, string, boolean and none of the value must read the same.
/// Debug builds check each typed view a native page reads (see the module's comment).
#[cfg(any(debug_assertions, test))]
pub(in crate::render) fn disagreement(v: V, value: &Value, path: &str) -> Option<String> {
    if let Some(map) = value.as_map() {
        let V::Obj(fields) = v else {
            return Some(format!(
                "{path}: a map as a template value, not a typed view"
            ));
        };
        let mut keys: Vec<&str> = map.keys().filter_map(|k| k.as_str()).collect();
        keys.sort_unstable();
        return keys.into_iter().find_map(|key| {
            let item = map.get(&tera::value::Key::Str(key))?;
            disagreement(fields.field(key), item, &format!("{path}.{key}"))
        });
    }
    if let Some(array) = value.as_array() {
        let V::List(items) = v else {
            return Some(format!(
                "{path}: a list as a template value, not a typed list"
            ));
        };
        if items.count() != array.len() {
            return Some(format!(
                "{path}: {} items typed, {} as a template value",
                items.count(),
                array.len()
            ));
        }
        return array
            .iter()
            .enumerate()
            .find_map(|(i, item)| disagreement(items.at(i), item, &format!("{path}[{i}]")));
    }
    let same = match v {
        V::Str(s) => value.as_str() == Some(s) && !value.is_safe(),
        V::Bool(b) => value.as_bool() == Some(b),
        V::Null => value.is_none(),
        V::Val(typed) => typed == value,
        V::Undef | V::Obj(_) | V::List(_) => false,
    };
    (!same).then(|| format!("{path}: the template value is {value:?}, the typed one differs"))
}

#[cfg(test)]
mod tests {
    use serde::Serialize;

    use super::*;

    #[derive(Serialize)]
    struct Row {
        name: String,
        url: Option<String>,
        tags: Vec<&'static str>,
    }
    typed_view!(Row { name, url, tags });

    #[derive(Serialize)]
    struct Table<'a> {
        title: &'a str,
        shown: bool,
        rows: Vec<Row>,
        note: Option<&'a str>,
    }
    typed_view!(Table<'_> { title, shown, rows, note });

    fn table() -> Table<'static> {
        Table {
            title: "Recipients",
            shown: true,
            rows: vec![
                Row {
                    name: "Hosting Ltd".into(),
                    url: None,
                    tags: vec!["eu", "us"],
                },
                Row {
                    name: String::new(),
                    url: Some("https://example.com/".into()),
                    tags: Vec::new(),
                },
            ],
            note: None,
        }
    }

    /// What `{{ value }}` prints, as `Out::val` decides, and whether unescaped.
    fn printed(v: V) -> (bool, Option<String>) {
        (v.is_safe(), v.str().map(str::to_string).or(v.formatted()))
    }

    #[test]
    fn a_typed_view_reads_as_its_template_value() {
        let view = table();
        let value = Value::from_serializable(&view);
        assert_eq!(disagreement(view.v(), &value, "table"), None);
        let (typed, tera) = (view.v(), V::Val(&value));
        for (a, b) in [(typed, tera)] {
            assert_eq!(a.get("title").str(), b.get("title").str());
            assert_eq!(a.get("rows").len(), b.get("rows").len());
            assert_eq!(a.get("note").truthy(), b.get("note").truthy());
            assert!(a.get("note").equals(b.get("note")));
            assert!(a.get("title").equals(b.get("title")));
            assert!(!a.get("title").equals(b.get("shown")));
            assert_eq!(a.get("missing").truthy(), b.get("missing").truthy());
            for (x, y) in a.get("rows").items().zip(b.get("rows").items()) {
                assert_eq!(x.get("name").truthy(), y.get("name").truthy());
                assert_eq!(printed(x.get("url")), printed(y.get("url")));
                assert_eq!(x.get("tags").len(), y.get("tags").len());
                assert_eq!(x.get("tags").truthy(), y.get("tags").truthy());
            }
            assert_eq!(printed(a.get("shown")), printed(b.get("shown")));
            assert_eq!(printed(a.get("note")), printed(b.get("note")));
            assert_eq!(printed(a.get("title")), printed(b.get("title")));
            assert_eq!(a.get("shown").fluent(), b.get("shown").fluent());
            assert_eq!(a.get("title").fluent(), b.get("title").fluent());
        }
    }

    #[test]
    fn a_field_left_out_or_read_wrong_is_found() {
        struct Partial<'a>(&'a Table<'a>);
        impl Fields for Partial<'_> {
            fn field(&self, name: &str) -> V<'_> {
                match name {
                    "title" => V::Str(self.0.title),
                    "shown" => V::Bool(!self.0.shown),
                    _ => self.0.field(name),
                }
            }
        }
        let view = table();
        let value = Value::from_serializable(&view);
        let found = disagreement(V::Obj(&Partial(&view)), &value, "table").unwrap();
        assert!(found.starts_with("table.shown"), "{found}");

        struct Missing<'a>(&'a Table<'a>);
        impl Fields for Missing<'_> {
            fn field(&self, name: &str) -> V<'_> {
                match name {
                    "note" => V::Undef,
                    _ => self.0.field(name),
                }
            }
        }
        let found = disagreement(V::Obj(&Missing(&view)), &value, "table").unwrap();
        assert!(found.starts_with("table.note"), "{found}");
    }
}
