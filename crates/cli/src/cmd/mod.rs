//! One module per command.

pub mod extract;

/// How a command ended when it could run at all.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Every input was processed.
    Clean,
    /// Some input was skipped and reported on stderr.
    SomethingSkipped,
}
