package fr.cmq.shared.web;

/** A link of a page: where it goes and the message code of its label (see {@code fragments/dsfr :: links}). */
public record Link(String href, String label) {
}
