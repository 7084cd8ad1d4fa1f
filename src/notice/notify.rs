//! Notice packets: see notify.rs docs.
