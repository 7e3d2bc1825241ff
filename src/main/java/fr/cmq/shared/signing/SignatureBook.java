package fr.cmq.shared.signing;

import java.time.Instant;
import java.util.List;

/** The book of signatures, written in the transaction of the act signed, read beside the thing and by its signer. */
public interface SignatureBook {

    /** Writes a signature of that version of the thing, as it stands now (the summary says what it holds). */
    void sign(SignatureAct act, long subjectId, long campusId, long version, String summary, String signerEmail,
            String signerName, Instant at);

    /** The valid signatures of a thing become void: it was sent back or amended, for that reason. */
    void voidAll(String subjectType, long campusId, long subjectId, Instant at, String reason);

    /** The signatures of one thing of a campus, oldest first, void ones included. */
    List<Signature> of(String subjectType, long campusId, long subjectId);

    /** What this person signed, newest first. */
    List<Signature> signedBy(String email, int limit);
}
