package fr.cmq.labelling.internal;

import java.time.Instant;
import java.util.Locale;

import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.cmq.campus.CampusDetails;
import fr.cmq.identity.CmqUser;
import fr.cmq.labelling.CoSignSide;
import fr.cmq.shared.signing.SignatureAct;
import fr.cmq.shared.signing.SignatureBook;

/**
 * A dossier's deposit and co-signatures written in the book of signatures with what the dossier held when signed; its
 * signatures voided when it is sent back.
 */
@Component
@RequiredArgsConstructor
class DossierSignatures {

    private final SignatureBook book;
    private final JdbcClient jdbc;
    private final MessageSource messages;

    static SignatureAct cosignature(CoSignSide side) {
        return side == CoSignSide.ACADEMIE ? SignatureAct.COSIGNATURE_ACADEMIE : SignatureAct.COSIGNATURE_REGION;
    }

    /** The act on the version of the dossier its signer read, written before the dossier moves on. */
    void signed(DossierEntity dossier, CampusDetails campus, SignatureAct act, CmqUser signer, Instant at) {
        book.sign(act, dossier.getId(), campus.id(), dossier.getVersion(), summary(dossier, campus), signer.email(),
                signer.displayName(), at);
    }

    void sentBack(DossierEntity dossier, String reason, Instant at) {
        book.voidAll("dossier", dossier.getCampusId(), dossier.getId(), at, reason);
    }

    /** What is signed, in words: the dossier, its campaign, its answers and pieces as they stand. */
    String summary(DossierEntity dossier, CampusDetails campus) {
        return jdbc.sql("select c.title, (select count(*) from grid_criterion g where g.grid_id = c.grid_id) as criteria, "
                        + DossierSql.ANSWERED + " as answered,"
                        + " (select count(*) from dossier_attachment p where p.dossier_id = d.id) as pieces"
                        + " from dossier d join campaign c on c.id = d.campaign_id where d.id = :id")
                .param("id", dossier.getId())
                .query((rs, n) -> messages.getMessage("signature.summary.dossier", new Object[] {
                        messages.getMessage("dossierkind." + dossier.getKind(), null, Locale.FRANCE), campus.name(),
                        rs.getString("title"), rs.getInt("answered"), rs.getInt("criteria"), rs.getInt("pieces"),
                        dossier.getVersion()}, Locale.FRANCE))
                .single();
    }
}
