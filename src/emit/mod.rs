//! Emit: renders what conversion decided into files. One file per object under
//! `objects/<schema>/<kind>/<name>.sql`, and `deploy.sql`, which runs them in a deployable
//! order with psql. Emit decides layout and order, never content.

mod layout;

pub use layout::{DeployPhase, ObjectFile, plan};

use crate::convert::Rules;
use crate::convert::program::UnitConversion;
use crate::reader::Script;
use std::path::Path;

/// The oracompat schema (rules/oracompat.sql), created before anything else.
pub const ORACOMPAT_SQL: &str = include_str!("../../rules/oracompat.sql");

/// Writes the object files and deploy.sql under `out`. Returns the files written
/// (relative paths), in a stable order.
pub fn write(
    out: &Path,
    script: &Script,
    units: &[UnitConversion],
    deploy_rank: &std::collections::BTreeMap<usize, usize>,
    rules: &Rules,
) -> std::io::Result<Vec<ObjectFile>> {
    let files = plan(script, units, deploy_rank, &rules.namer);
    std::fs::create_dir_all(out)?;
    for file in &files {
        let path = out.join(&file.path);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        std::fs::write(&path, &file.content)?;
    }
    std::fs::write(out.join("oracompat.sql"), ORACOMPAT_SQL)?;
    std::fs::write(
        out.join("deploy.sql"),
        layout::deploy_script(&files, &rules.extensions),
    )?;
    Ok(files)
}
