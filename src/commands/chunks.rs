//! Rows in chunks for `batch`: read on a thread of their own, handed out
//! 1,024 at a time, or fewer when the input pauses, so that a slow producer
//! (a script that writes a row now and then) sees its plans at once instead
//! of at the end of its input.

use std::io::Read;
use std::sync::mpsc::{Receiver, RecvTimeoutError, TryRecvError, sync_channel};
use std::time::{Duration, Instant};

use crate::load::bulk::{Row, Rows, Unreadable};

/// Rows planned together: enough to keep every core busy, few enough that
/// memory does not grow with the input (a chunk is planned while up to two
/// are read ahead and one is written).
pub const CHUNK: usize = 1024;

/// How long a chunk waits for more rows once it has one. A file or a fast
/// pipe fills a chunk well within it (at a million rows a second, 1,024 take
/// a millisecond); a trickling producer waits at most this long for a plan.
const GATHER: Duration = Duration::from_millis(50);

pub struct Chunks {
    rows: Receiver<Result<Row, Unreadable>>,
    /// Met after the rows of the last chunk handed out: the next item.
    problem: Option<Unreadable>,
}

impl Chunks {
    /// Starts reading `rows` on a thread of its own, numbering the input's
    /// lines from `first_line`. The thread is never joined: it may be
    /// blocked on an input that never ends, and it stops by itself once the
    /// chunks are dropped and the next row is read.
    pub fn read(rows: Rows<Box<dyn Read + Send>>, first_line: u64) -> Chunks {
        let (sender, receiver) = sync_channel(2 * CHUNK);
        std::thread::spawn(move || {
            for row in rows {
                let row = match row {
                    Ok(row) => Ok(Row {
                        line: row.line + first_line - 1,
                        ..row
                    }),
                    Err(problem) => Err(Unreadable {
                        unread_from: problem.unread_from.map(|line| line + first_line - 1),
                        ..problem
                    }),
                };
                if sender.send(row).is_err() {
                    break;
                }
            }
        });
        Chunks {
            rows: receiver,
            problem: None,
        }
    }
}

impl Iterator for Chunks {
    type Item = Result<Vec<Row>, Unreadable>;

    /// The next rows: waits for the first as long as it takes, then takes
    /// what arrives within [`GATHER`], up to [`CHUNK`] rows. An input found
    /// unreadable part way (a quote never closed) ends the chunks with the
    /// problem, after the rows read before it: on a stream they are planned
    /// (the plans before them are out already), and none is lost unnamed.
    fn next(&mut self) -> Option<Self::Item> {
        if let Some(problem) = self.problem.take() {
            return Some(Err(problem));
        }
        let mut chunk = match self.rows.recv().ok()? {
            Ok(row) => vec![row],
            Err(problem) => return Some(Err(problem)),
        };
        let deadline = Instant::now() + GATHER;
        while chunk.len() < CHUNK {
            let row = match self.rows.try_recv() {
                Ok(row) => row,
                Err(TryRecvError::Disconnected) => break,
                Err(TryRecvError::Empty) => {
                    let left = deadline.saturating_duration_since(Instant::now());
                    match self.rows.recv_timeout(left) {
                        Ok(row) => row,
                        Err(RecvTimeoutError::Timeout | RecvTimeoutError::Disconnected) => break,
                    }
                }
            };
            match row {
                Ok(row) => chunk.push(row),
                Err(problem) => {
                    self.problem = Some(problem);
                    break;
                }
            }
        }
        Some(Ok(chunk))
    }
}
