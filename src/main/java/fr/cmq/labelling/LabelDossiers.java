package fr.cmq.labelling;

import java.util.List;

import fr.cmq.identity.CmqUser;
import fr.cmq.shared.documents.StoredDocument;

/**
 * A dossier of the label as its reader may see it. Every read is checked against the user's role and scope: the
 * national administration sees every dossier, a pilot those of its territory, a campus team its own, an expert those
 * assigned to it. Lists are {@link DossierLists}; writing the answers {@link DossierAnswers}; the transitions
 * {@link DossierWorkflow}.
 */
public interface LabelDossiers {

    List<Campaign> campaigns();

    /** @throws org.springframework.security.access.AccessDeniedException for a dossier outside this reader's scope */
    Dossier dossier(CmqUser viewer, long dossierId);

    /**
     * A piece of the dossier, for a reader of its answers.
     *
     * @throws org.springframework.security.access.AccessDeniedException for a reader who may not read the answers
     */
    StoredDocument piece(CmqUser viewer, long dossierId, long documentId);

    /** The campus team may still write the dossier's answers: it is a draft or was sent back. */
    boolean mayAnswer(CmqUser user, long dossierId);

    /**
     * The dossier as {@link #dossier} reads it, for its campus team to write.
     *
     * @throws org.springframework.security.access.AccessDeniedException when {@link #mayAnswer} says no
     */
    Dossier answerable(CmqUser user, long dossierId);
}
