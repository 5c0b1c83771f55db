//! Feeds arbitrary text through the whole front end and the converter: reader, parser,
//! analysis, conversion. Nothing may panic, overflow the stack or hang, and every unit
//! must come back with a status.

#![no_main]

use libfuzzer_sys::fuzz_target;
use orapg::analysis::analyse;
use orapg::convert::Rules;
use orapg::convert::program::convert_program;
use orapg::ir::parse_program;
use orapg::reader::{ReadOptions, read_text};
use std::sync::OnceLock;

fuzz_target!(|data: &[u8]| {
    static RULES: OnceLock<Rules> = OnceLock::new();
    let rules = RULES.get_or_init(Rules::builtin);
    let text = String::from_utf8_lossy(data);
    let script = read_text("fuzz.sql", &text, &ReadOptions::default());
    let program = parse_program(&script);
    assert_eq!(program.units.len(), script.statements().count());
    let analysis = analyse(&script, &program);
    let units = convert_program(&script, &program, &analysis, rules);
    assert_eq!(units.len(), program.units.len());
});
