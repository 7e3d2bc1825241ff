package fr.cmq.directory;

import java.util.List;
import java.util.Optional;

/** Finds certifications of the reference, to deliver one without typing it again. */
public interface Certifications {

    Optional<Certification> find(String id);

    /** The whole reference, to check the lines of a file against it without a query each. */
    List<Certification> all();

    /**
     * At most {@code limit} certifications: with text that is an RNCP code ({@code RNCP1234} or {@code 1234}), that one;
     * otherwise those whose title has its words, best first, and when none has, those with a title close to it (typos).
     */
    List<Certification> search(String text, int limit);
}
