//! `leerroute completions SHELL`.

use clap::CommandFactory;

use super::Exit;
use crate::cli::{Cli, CompletionsArgs};

pub fn run(args: &CompletionsArgs) -> anyhow::Result<Exit> {
    let mut command = Cli::command();
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut command, "leerroute", &mut script);
    super::print(&String::from_utf8_lossy(&script))?;
    Ok(Exit::Success)
}
