//! The `leerroute` binary: parse the command line, run the command, map the
//! outcome to an exit code (0 ok, 1 invalid input, 2 usage, 3 no route).

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = leerroute::cli::Cli::parse();
    match leerroute::commands::run(&cli) {
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
            eprintln!("error: {error:#}");
            ExitCode::from(1)
        }
    }
}
