//! Conversion: decisions about Oracle objects, as span edits of the original text plus
//! action items. Rules never print; emit renders what they decided.

pub mod edit;
pub mod expr;
pub mod functions;
pub mod names;
pub mod types;
