//! `leerroute completions SHELL`.

use super::Exit;
use crate::cli::{Cli, CompletionsArgs};

/// The script, with the descriptions (which zsh, fish and PowerShell show)
/// in the language of `--help`.
pub fn run(cli: &Cli, args: &CompletionsArgs) -> anyhow::Result<Exit> {
    let mut command = crate::cli::command(super::words_for(cli)?);
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut command, "leerroute", &mut script);
    super::print(&String::from_utf8_lossy(&script))?;
    Ok(Exit::Success)
}
