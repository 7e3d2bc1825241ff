package fr.cmq.shared.signing;

/** What a person is about to sign, shown on the page that asks it to: the act, a summary, the version read. */
public record ToSign(SignatureAct act, String campusName, String summary, long version) {
}
