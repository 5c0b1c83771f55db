//! The report: what happened to every object, as data, and its renderings. Conversion
//! decides; the report counts and locates. Every figure is computed once in
//! [`assess::build`]; the renderings only print it.

pub mod assess;
pub mod effort;
pub mod html;
pub mod render;

pub use assess::{Assessment, build};
pub use effort::EffortModel;
