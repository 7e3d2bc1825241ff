package fr.cmq.evaluation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import fr.cmq.identity.CmqUser;
import fr.cmq.shared.importing.Rejection;

/** The versions of the référentiel of evaluation: loaded by the national administration, read by everyone signed in. */
public interface Frameworks {

    /**
     * Reads a version of the référentiel from a CSV file, one référence per line (columns {@code domaine},
     * {@code titre_domaine}, {@code champ}, {@code titre_champ}, {@code reference}, {@code titre}, {@code criteres},
     * {@code niveau_attendu}, {@code preuves}, {@code indicateurs}, {@code faits}; {@code ;} or {@code ,}; UTF-8):
     * loaded whole, or not at all, with each refused line and why.
     *
     * @throws fr.cmq.shared.InvalidFieldException for a missing or malformed version or title
     * @throws fr.cmq.shared.RuleViolationException when this version exists already
     */
    FrameworkLoad load(CmqUser admin, String version, String title, byte[] csv);

    /** The versions loaded, the newest first. */
    List<Summary> all();

    /** @throws fr.cmq.shared.NotFoundException when there is no such version */
    Framework framework(long id);

    /** The version loaded last: the one a new evaluation starts with. */
    Optional<Framework> latest();

    /** A version of the référentiel, counted. */
    record Summary(long id, String version, String title, int references, Instant loadedAt, String loadedBy) {
    }

    /** A référentiel read from a file: its id once loaded, or the lines refused (nothing loaded). */
    record FrameworkLoad(@Nullable Long frameworkId, int references, List<Rejection> refused) {
    }
}
