package fr.cmq.training.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmq.campus.CampusDetails;
import fr.cmq.campus.CampusDirectory;
import fr.cmq.campus.CampusSites;
import fr.cmq.campus.Member;
import fr.cmq.directory.Certification;
import fr.cmq.directory.Certifications;
import fr.cmq.identity.AuditTrail;
import fr.cmq.identity.CampusAccess;
import fr.cmq.identity.CampusAction;
import fr.cmq.identity.CmqUser;
import fr.cmq.shared.InvalidFieldException;
import fr.cmq.shared.InvalidIdentifierException;
import fr.cmq.shared.NotFoundException;
import fr.cmq.shared.PlainText;
import fr.cmq.shared.RncpCode;
import fr.cmq.training.FormationDetails;
import fr.cmq.training.LearnerStatus;
import fr.cmq.training.OpenStatus;
import fr.cmq.training.TrainingEvent;
import fr.cmq.training.TrainingOffer;

/** Keeps campuses' offers: checks the user's right on the campus or the member, then writes through the entity. */
@Service
@Transactional
class TrainingOfferService implements TrainingOffer {

    /** Writes are traced in the campus's history. */
    private static final String AUDITED = "campus";

    private final FormationRepository formations;
    private final CampusDirectory campuses;
    private final CampusSites sites;
    private final CampusAccess access;
    private final Certifications certifications;
    private final AuditTrail auditTrail;
    private final ApplicationEventPublisher events;

    TrainingOfferService(FormationRepository formations, CampusDirectory campuses, CampusSites sites,
            CampusAccess access, Certifications certifications, AuditTrail auditTrail,
            ApplicationEventPublisher events) {
        this.formations = formations;
        this.campuses = campuses;
        this.sites = sites;
        this.access = access;
        this.certifications = certifications;
        this.auditTrail = auditTrail;
        this.events = events;
    }

    @Override
    public long add(CmqUser actor, long campusId, FormationDetails details) {
        var campus = campus(campusId);
        checkMayKeep(actor, campus, details.memberId());
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
        var campus = campus(campusId);
        var formation = formation(actor, campus, formationId);
        checkMayKeep(actor, campus, details.memberId());
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
        var formation = formation(actor, campus(campusId), formationId);
        formations.delete(formation);
        formations.flush();
        auditTrail.record("SUPPRESSION_FORMATION", AUDITED, campusId, Map.of("formation", formation.getTitle()));
        events.publishEvent(new TrainingEvent.FormationRemoved(campusId, formationId));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayKeep(@Nullable CmqUser actor, long campusId, long memberId) {
        return mayKeepAll(actor, campusId) || access.mayEditOrganisation(actor, campusId, memberId);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayKeepAll(@Nullable CmqUser actor, long campusId) {
        return campuses.scope(campusId).map(scope -> access.may(actor, CampusAction.EDIT, scope)).orElse(false);
    }

    private void checkMayKeep(CmqUser actor, CampusDetails campus, long memberId) {
        if (!access.may(actor, CampusAction.EDIT, campus.scope())
                && !access.mayEditOrganisation(actor, campus.id(), memberId)) {
            throw new AccessDeniedException("Offre du campus " + campus.id() + " : formation d'un autre organisme");
        }
    }

    private CampusDetails campus(long campusId) {
        return campuses.find(campusId).orElseThrow(() -> new NotFoundException("Campus " + campusId + " introuvable"));
    }

    /** The formation, if this user may keep it; whether it exists is told only to those who keep some of the offer. */
    private FormationEntity formation(CmqUser actor, CampusDetails campus, long formationId) {
        var formation = formations.findByIdAndCampusId(formationId, campus.id());
        if (formation.isEmpty()) {
            if (!access.may(actor, CampusAction.EDIT, campus.scope()) && campus.activeMembers().stream()
                    .noneMatch(member -> access.mayEditOrganisation(actor, campus.id(), member.id()))) {
                throw new AccessDeniedException("Offre du campus " + campus.id() + " : ni l'équipe ni un de ses membres");
            }
            throw new NotFoundException("Formation " + formationId + " introuvable dans ce campus");
        }
        checkMayKeep(actor, campus, formation.get().getMemberId());
        return formation.get();
    }

    /** The details made whole: the member and site are the campus's, the certification completes what is not typed. */
    private CheckedFormation check(CampusDetails campus, FormationDetails details) {
        if (campus.activeMembers().stream().map(Member::id).noneMatch(id -> id == details.memberId())) {
            throw new InvalidFieldException("memberId", "Cet organisme ne fait pas (ou plus) partie du réseau du campus");
        }
        if (details.siteId() != null && sites.of(campus.id()).stream().noneMatch(site -> site.id() == details.siteId())) {
            throw new InvalidFieldException("siteId", "Ce site n'est pas un site du campus");
        }
        Certification certification = null;
        String certificationId = PlainText.blankToNull(details.certificationId());
        if (certificationId != null) {
            certification = certifications.find(certificationId).orElseThrow(() -> new InvalidFieldException(
                    "certificationId", "Certification « " + certificationId + " » inconnue du référentiel"));
        }
        String title = PlainText.blankToNull(details.title());
        if (title == null && certification != null) {
            title = certification.title();
        }
        if (title == null) {
            throw new InvalidFieldException("title", "Intitulé requis quand la certification n'est pas choisie dans le référentiel");
        }
        Integer level = details.level() != null ? details.level() : certification != null ? certification.level() : null;
        if (level == null || level < 3 || level > 8) {
            throw new InvalidFieldException("level", "Niveau requis, de 3 (CAP) à 8 (doctorat)");
        }
        String typeLabel = PlainText.blankToNull(details.typeLabel());
        return new CheckedFormation(details.memberId(), details.siteId(), certificationId, title,
                typeLabel != null || certification == null ? typeLabel : certification.typeLabel(),
                rncpCode(details.rncpCode(), certification), level,
                certification == null ? null : certification.onisepUrl(), statuses(details.statuses()),
                PlainText.blankToNull(details.duration()), PlainText.blankToNull(details.startDates()),
                details.admission(), details.accessible(), PlainText.blankToNull(details.handicapReferent()),
                PlainText.blankToNull(details.adaptations()), PlainText.blankToNull(details.description()));
    }

    private static @Nullable String rncpCode(@Nullable String typed, @Nullable Certification certification) {
        String code = PlainText.blankToNull(typed);
        if (code == null) {
            return certification == null ? null : certification.rncpCode();
        }
        try {
            return RncpCode.parse(code).value();
        } catch (InvalidIdentifierException e) {
            throw new InvalidFieldException("rncpCode", e.getMessage());
        }
    }

    private static List<OpenStatus> statuses(List<OpenStatus> statuses) {
        var seen = EnumSet.noneOf(LearnerStatus.class);
        for (OpenStatus open : statuses) {
            if (!seen.add(open.status())) {
                throw new InvalidFieldException("statuses", "Le statut " + open.status() + " est donné deux fois");
            }
            if (open.capacity() != null && open.capacity() <= 0) {
                throw new InvalidFieldException("statuses", "Une capacité d'accueil est un nombre de places positif");
            }
        }
        return statuses.stream().map(open -> open.status() == LearnerStatus.VAE ? new OpenStatus(LearnerStatus.VAE, null)
                : open).toList();
    }
}
