package fr.cmq.labelling;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.cmq.campus.CampusSelection;
import fr.cmq.shared.Tally;

/** The label dossiers of a selection of campuses counted for the dashboards: those of the latest campaign. */
public interface DossierFigures {

    DossierCounts count(CampusSelection selection, LocalDate today);

    /**
     * @param campaignId the latest campaign, null when there is none yet
     * @param states its dossiers by state
     * @param late those behind its calendar
     * @param renewing the campuses with a renewal dossier in it, by id
     */
    record DossierCounts(@Nullable Long campaignId, @Nullable String campaignTitle, List<Tally> states, long late,
            List<Long> renewing) {
    }
}
