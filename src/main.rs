//! The `leerroute` binary: parse the command line, run the command, map the
//! outcome to an exit code (0 ok, 1 invalid input, 2 usage, 3 no route, 4
//! `batch`: at least one row was invalid input).

// Writing to stderr goes through `commands::to_stderr`: `eprintln!` panics
// when stderr is full or closed.
#![deny(clippy::print_stderr)]

use std::process::ExitCode;

// The exact search allocates many small, short-lived vectors on every thread
// of a batch; glibc's allocator spent a quarter of a batch's time on them.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = leerroute::parse_args();
    match leerroute::run(&cli) {
        Ok(exit) => exit.code(),
        Err(error) => {
            // A closed pipe (`leerroute list modules | head`) is the reader's
            // choice, not a failure.
            if error
                .downcast_ref::<std::io::Error>()
                .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
            {
                return ExitCode::SUCCESS;
            }
            leerroute::tell_failure(&cli, &error);
            ExitCode::from(1)
        }
    }
}
