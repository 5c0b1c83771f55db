//! orapg: an Oracle to PostgreSQL schema conversion and assessment compiler.
//!
//! The pipeline, top to bottom (see ARCHITECTURE.md): [`source`] -> [`reader`] ->
//! parser -> IR -> analysis -> rules -> emit -> report / verify / copy. A module may use
//! the modules above it in this list, never those below. [`diagnostics`] and
//! [`catalogue`] serve every stage.

pub mod analysis;
pub mod catalogue;
pub mod cli;
pub mod convert;
pub mod diagnostics;
pub mod emit;
pub mod ir;
pub mod parser;
pub mod reader;
pub mod report;
pub mod source;
pub mod synth;
