package fr.cmq.evaluation;

import java.util.Arrays;
import java.util.Optional;

/** What a self-evaluation may go through, by the name the API and the pages use. */
public enum SelfAssessmentTransition {
    /** The team submits it, every référence positioned: it is then read, not changed. */
    SUBMIT("submit");

    private final String path;

    SelfAssessmentTransition(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }

    public static Optional<SelfAssessmentTransition> byPath(String path) {
        return Arrays.stream(values()).filter(transition -> transition.path.equals(path)).findFirst();
    }
}
