//! Comprehensive Learner Record 2.0 `ClrCredential`: the credentials it
//! wraps (`credentialSubject.verifiableCredential`) are read one by one, and
//! count only while the CLR itself does.

use super::Reading;
use super::json::{self, Checked, Fault};
use super::vc::{Opened, note_unused, read_nested};
use crate::model::{Note, Problem};

pub(super) const SUBJECT_KEYS: &[&str] = &["id", "type", "verifiableCredential", "achievement"];

/// Reads an opened credential's subjects.
pub(super) fn read(reading: &mut Reading<'_>, opened: Opened<'_>) -> Checked<()> {
    let Opened {
        credential,
        unused,
        subjects,
    } = opened;
    for (subject, subject_path) in subjects {
        if !subject.contains_key("verifiableCredential") {
            return Err(Fault::new(
                subject_path,
                Problem::Missing("verifiableCredential"),
            ));
        }
        read_nested(
            reading,
            subject,
            &subject_path,
            "verifiableCredential",
            Some(credential),
        )?;
        let count = json::many(subject, &subject_path, "achievement").len();
        if count > 0 {
            reading
                .notes
                .push(Note::ClrAchievements { credential, count });
        }
    }
    note_unused(reading, credential, unused);
    Ok(())
}
