package fr.cmq.labelling;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.cmq.identity.CmqUser;

/** The criteria grids and the campaigns, kept by the national administration. */
public interface LabelCampaigns {

    /**
     * Loads a version of the cahier des charges; a version loaded once never changes, since dossiers keep it.
     *
     * @throws fr.cmq.shared.RuleViolationException when this version exists already
     */
    long loadGrid(CmqUser admin, String version, String title, List<Criterion> criteria);

    /**
     * Reads a version of the cahier des charges from a CSV file (columns {@code code}, {@code titre}, {@code attendus},
     * {@code excellence}, {@code pieces}; separated by {@code ;} or {@code ,}; UTF-8): loaded whole, or not at all,
     * with each refused line and why.
     *
     * @throws fr.cmq.shared.RuleViolationException when this version exists already
     */
    GridLoad loadGrid(CmqUser admin, String version, String title, byte[] csv);

    /** The grid versions loaded, the newest first. */
    List<Grid> grids();

    /** @throws fr.cmq.shared.InvalidFieldException for a missing field or a calendar out of order */
    long openCampaign(CmqUser admin, NewCampaign campaign);

    /** A version of the cahier des charges. */
    record Grid(long id, String version, String title, int criteria, Instant loadedAt) {
    }

    /** A grid read from a file: its id once loaded, or the lines refused (nothing loaded). */
    record GridLoad(@Nullable Long gridId, int criteria, List<RefusedLine> refused) {
    }

    /** A line of a file refused, numbered as a spreadsheet shows it (the header is line 1), and why. */
    record RefusedLine(long line, String reason) {
    }
}
