package fr.cmq.training.internal;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import fr.cmq.campus.CampusDetails;
import fr.cmq.campus.CampusDirectory;
import fr.cmq.campus.CampusSites;
import fr.cmq.campus.Member;
import fr.cmq.directory.Certification;
import fr.cmq.directory.Certifications;
import fr.cmq.identity.AuditTrail;
import fr.cmq.identity.CampusAction;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Guard;
import fr.cmq.shared.InvalidFieldException;
import fr.cmq.shared.NotFoundException;
import fr.cmq.shared.PlainText;
import fr.cmq.shared.importing.ImportEngine;
import fr.cmq.shared.importing.ImportReport;
import fr.cmq.shared.importing.ImportStatus;
import fr.cmq.training.FormationDetails;
import fr.cmq.training.NewParcours;
import fr.cmq.training.NewPasserelle;
import fr.cmq.training.TrainingEvent;
import fr.cmq.training.TrainingOffer;

/** Keeps campuses' offers: checks the user's right on the campus or the member, then writes through the entity. */
@Service
@Transactional
@RequiredArgsConstructor
class TrainingOfferService implements TrainingOffer {

    /** Writes are traced in the campus's history. */
    private static final String AUDITED = "campus";
    private static final int MAX_STEPS = 8;

    private final FormationRepository formations;
    private final CampusDirectory campuses;
    private final CampusSites sites;
    private final Guard guard;
    private final Certifications certifications;
    private final AuditTrail auditTrail;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final ImportEngine importEngine;

    @Override
    public long add(CmqUser actor, long campusId, FormationDetails details) {
        var campus = campuses.get(campusId);
        guard.requireActsFor(actor, campus.scope(), details.memberId());
        var checked = check(campus, details);
        var formation = new FormationEntity(campusId);
        formation.describe(checked, actor.email());
        formations.saveAndFlush(formation);
        auditTrail.record("AJOUT_FORMATION", AUDITED, campusId, Map.of("formation", checked.title()));
        events.publishEvent(new TrainingEvent.FormationAdded(campusId, formation.getId()));
        return formation.getId();
    }

    @Override
    public void update(CmqUser actor, long campusId, long formationId, long version, FormationDetails details) {
        var campus = campuses.get(campusId);
        var formation = formation(actor, campus, formationId);
        guard.requireActsFor(actor, campus.scope(), details.memberId());
        if (formation.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(FormationEntity.class, formationId);
        }
        var checked = check(campus, details);
        formation.describe(checked, actor.email());
        formations.saveAndFlush(formation);
        auditTrail.record("MODIFICATION_FORMATION", AUDITED, campusId, Map.of("formation", checked.title()));
        events.publishEvent(new TrainingEvent.FormationChanged(campusId, formationId));
    }

    @Override
    public void remove(CmqUser actor, long campusId, long formationId) {
        var formation = formation(actor, campuses.get(campusId), formationId);
        formations.delete(formation);
        formations.flush();
        auditTrail.record("SUPPRESSION_FORMATION", AUDITED, campusId, Map.of("formation", formation.getTitle()));
        events.publishEvent(new TrainingEvent.FormationRemoved(campusId, formationId));
    }

    /** Outside any transaction: the import engine runs its own, and records a refused file in another. */
    @Override
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public ImportReport importOffer(CmqUser actor, long campusId, String fileName, Path file) {
        var campus = campuses.get(campusId);
        guard.require(actor, campus.scope(), CampusAction.EDIT);
        var membersByUai = campus.activeMembers().stream().filter(member -> member.uai() != null)
                .collect(Collectors.toMap(Member::uai, Member::id, (first, second) -> first));
        var certificationsByCode = new HashMap<String, Certification>();
        for (Certification certification : certifications.all()) {
            certificationsByCode.put(certification.id().toUpperCase(Locale.ROOT), certification);
            if (certification.rncpCode() != null) {
                certificationsByCode.putIfAbsent(certification.rncpCode(), certification);
                certificationsByCode.putIfAbsent(certification.rncpCode().substring("RNCP".length()), certification);
            }
        }
        var importer = new OfferImporter(campusId, actor.email(), membersByUai, certificationsByCode);
        var report = importEngine.importFile(importer, fileName, file, actor.email(), ImportEngine.ProgressListener.NONE);
        if (report.run().status() != ImportStatus.ECHEC) {
            auditTrail.record("IMPORT_OFFRE", AUDITED, campusId, Map.of("fichier", fileName,
                    "creees", report.run().created(), "modifiees", report.run().updated(),
                    "refusees", report.run().rejected()));
        }
        return report;
    }

    @Override
    public long addParcours(CmqUser actor, long campusId, NewParcours parcours) {
        var campus = campuses.get(campusId);
        guard.require(actor, campus.scope(), CampusAction.EDIT);
        String name = PlainText.blankToNull(parcours.name());
        if (name == null) {
            throw new InvalidFieldException("name", "Donnez un nom au parcours");
        }
        var steps = parcours.formationIds();
        if (steps.size() < 2 || steps.size() > MAX_STEPS) {
            throw new InvalidFieldException("formationIds", "Un parcours enchaîne de 2 à " + MAX_STEPS + " formations");
        }
        if (Set.copyOf(steps).size() != steps.size()) {
            throw new InvalidFieldException("formationIds", "Une formation ne figure qu'une fois dans un parcours");
        }
        var levels = levelsOf(campusId, steps, "formationIds");
        for (int i = 1; i < steps.size(); i++) {
            if (levels.get(steps.get(i)) < levels.get(steps.get(i - 1))) {
                throw new InvalidFieldException("formationIds",
                        "Un parcours va d'un niveau au suivant : l'étape " + (i + 1) + " est d'un niveau inférieur à la précédente");
            }
        }
        long id = jdbc.sql("insert into parcours (campus_id, name, description) values (:campus, :name, :description)"
                        + " returning id")
                .param("campus", campusId).param("name", name)
                .param("description", PlainText.blankToNull(parcours.description()))
                .query(Long.class).single();
        for (int i = 0; i < steps.size(); i++) {
            jdbc.sql("insert into parcours_step (parcours_id, position, formation_id) values (:id, :position, :formation)")
                    .param("id", id).param("position", i + 1).param("formation", steps.get(i)).update();
        }
        auditTrail.record("AJOUT_PARCOURS", AUDITED, campusId, Map.of("parcours", name));
        events.publishEvent(new TrainingEvent.PathsChanged(campusId));
        return id;
    }

    @Override
    public void removeParcours(CmqUser actor, long campusId, long parcoursId) {
        guard.require(actor, campuses.get(campusId).scope(), CampusAction.EDIT);
        String name = jdbc.sql("delete from parcours where id = :id and campus_id = :campus returning name")
                .param("id", parcoursId).param("campus", campusId).query(String.class).optional()
                .orElseThrow(() -> new NotFoundException("Parcours " + parcoursId + " introuvable dans ce campus"));
        auditTrail.record("SUPPRESSION_PARCOURS", AUDITED, campusId, Map.of("parcours", name));
        events.publishEvent(new TrainingEvent.PathsChanged(campusId));
    }

    @Override
    public long addPasserelle(CmqUser actor, long campusId, NewPasserelle passerelle) {
        var campus = campuses.get(campusId);
        guard.require(actor, campus.scope(), CampusAction.EDIT);
        if (passerelle.fromFormationId() == passerelle.toFormationId()) {
            throw new InvalidFieldException("toFormationId", "Une passerelle relie deux formations différentes");
        }
        String conditions = PlainText.blankToNull(passerelle.conditions());
        if (conditions == null) {
            throw new InvalidFieldException("conditions", "Décrivez les conditions du passage d'une formation à l'autre");
        }
        var from = entityOf(campusId, passerelle.fromFormationId(), "fromFormationId");
        var to = entityOf(campusId, passerelle.toFormationId(), "toFormationId");
        if (passerelle.fromStatus() != null && !from.isOpen(passerelle.fromStatus())) {
            throw new InvalidFieldException("fromStatus", "La formation de départ n'est pas ouverte à ce statut");
        }
        if (passerelle.toStatus() != null && !to.isOpen(passerelle.toStatus())) {
            throw new InvalidFieldException("toStatus", "La formation d'arrivée n'est pas ouverte à ce statut");
        }
        long id = jdbc.sql("""
                        insert into passerelle (campus_id, from_formation_id, to_formation_id, from_status, to_status,
                                                conditions)
                        values (:campus, :from, :to, :fromStatus, :toStatus, :conditions) returning id""")
                .param("campus", campusId).param("from", from.getId()).param("to", to.getId())
                .param("fromStatus", passerelle.fromStatus() == null ? null : passerelle.fromStatus().name())
                .param("toStatus", passerelle.toStatus() == null ? null : passerelle.toStatus().name())
                .param("conditions", conditions)
                .query(Long.class).single();
        auditTrail.record("AJOUT_PASSERELLE", AUDITED, campusId, Map.of("de", from.getTitle(), "vers", to.getTitle()));
        events.publishEvent(new TrainingEvent.PathsChanged(campusId));
        return id;
    }

    @Override
    public void removePasserelle(CmqUser actor, long campusId, long passerelleId) {
        guard.require(actor, campuses.get(campusId).scope(), CampusAction.EDIT);
        if (jdbc.sql("delete from passerelle where id = :id and campus_id = :campus").param("id", passerelleId)
                .param("campus", campusId).update() == 0) {
            throw new NotFoundException("Passerelle " + passerelleId + " introuvable dans ce campus");
        }
        auditTrail.record("SUPPRESSION_PASSERELLE", AUDITED, campusId, Map.of("passerelle", passerelleId));
        events.publishEvent(new TrainingEvent.PathsChanged(campusId));
    }

    /** The levels of formations that must all be of this campus. */
    private Map<Long, Integer> levelsOf(long campusId, List<Long> formationIds, String field) {
        var found = formations.findAllById(formationIds).stream().filter(f -> f.getCampusId() == campusId)
                .collect(Collectors.toMap(FormationEntity::getId, FormationEntity::getLevel));
        if (found.size() != formationIds.size()) {
            throw new InvalidFieldException(field, "Ces formations ne sont pas toutes de l'offre du campus");
        }
        return found;
    }

    private FormationEntity entityOf(long campusId, long formationId, String field) {
        return formations.findByIdAndCampusId(formationId, campusId).orElseThrow(
                () -> new InvalidFieldException(field, "Cette formation n'est pas de l'offre du campus"));
    }

    /** Read from the campus already in hand: no query, whatever the size of its network. */
    @Override
    public List<Member> membersKeptBy(@Nullable CmqUser actor, CampusDetails campus) {
        boolean team = guard.may(actor, CampusAction.EDIT, campus.scope());
        return campus.activeMembers().stream()
                .filter(member -> team || guard.isContactOf(actor, campus.id(), member.id())).toList();
    }

    /** The formation, if this user may keep it; whether it exists is told only to those who keep some of the offer. */
    private FormationEntity formation(CmqUser actor, CampusDetails campus, long formationId) {
        guard.require(actor, campus.scope(), CampusAction.CONTRIBUTE);
        var formation = formations.findByIdAndCampusId(formationId, campus.id());
        if (formation.isEmpty()) {
            throw new NotFoundException("Formation " + formationId + " introuvable dans ce campus");
        }
        guard.requireActsFor(actor, campus.scope(), formation.get().getMemberId());
        return formation.get();
    }

    /** The details made whole: the member and site are the campus's, the certification completes what is not typed. */
    private CheckedFormation check(CampusDetails campus, FormationDetails details) {
        boolean siteOfTheCampus = details.siteId() == null
                || sites.of(campus.id()).stream().anyMatch(site -> site.id() == details.siteId());
        String certificationId = PlainText.blankToNull(details.certificationId());
        Certification certification = certificationId == null ? null : certifications.find(certificationId)
                .orElseThrow(() -> new InvalidFieldException("certificationId",
                        "Certification « " + certificationId + " » inconnue du référentiel"));
        return CheckedFormation.of(details, campus.activeMembers().stream().map(Member::id).toList(), siteOfTheCampus,
                certification);
    }
}
