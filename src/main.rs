fn main() -> std::process::ExitCode {
    orapg::cli::main()
}
