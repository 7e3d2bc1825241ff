package fr.cmq.labelling;

import java.util.List;

import fr.cmq.identity.CmqUser;
import fr.cmq.shared.PageResponse;

/**
 * The dossiers a user sees, as lists: the list with its filters, its export, and what falls to the user now.
 */
public interface DossierLists {

    PageResponse<DossierSummary> dossiers(CmqUser viewer, DossierFilter filter, int page, int size);

    /** The dossiers this user sees, filtered as the list, as the lines of an export (10,000 at most), in one query. */
    List<DossierLine> export(CmqUser viewer, DossierFilter filter);

    /** What falls to this user now on the dossiers it sees, in one query. */
    List<NextStep> nextSteps(CmqUser user);
}
