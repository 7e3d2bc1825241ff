package fr.cmq.shared.documents;

import java.io.InputStream;

/** A file on its way in: the name the sender gave it and its content, read once. */
public record Upload(String filename, InputStream content) {
}
