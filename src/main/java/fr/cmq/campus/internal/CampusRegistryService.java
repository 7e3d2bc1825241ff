package fr.cmq.campus.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmq.campus.CampusConflictException;
import fr.cmq.campus.CampusDetails;
import fr.cmq.campus.CampusDirectory;
import fr.cmq.campus.CampusEvent;
import fr.cmq.campus.CampusProfile;
import fr.cmq.campus.CampusRegistry;
import fr.cmq.campus.Finalite;
import fr.cmq.campus.Member;
import fr.cmq.campus.MemberChanges;
import fr.cmq.campus.NewCampus;
import fr.cmq.campus.NewMember;
import fr.cmq.campus.OrganisationDetails;
import fr.cmq.directory.Establishments;
import fr.cmq.directory.Filieres;
import fr.cmq.identity.AuditTrail;
import fr.cmq.identity.CampusAction;
import fr.cmq.identity.CampusScope;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Guard;
import fr.cmq.shared.InvalidFieldException;
import fr.cmq.shared.NotFoundException;
import fr.cmq.shared.RuleViolationException;
import fr.cmq.shared.Siret;
import fr.cmq.shared.Uai;
import fr.cmq.territory.Academie;
import fr.cmq.territory.Territories;

@Service
@Transactional
@RequiredArgsConstructor
class CampusRegistryService implements CampusRegistry {

    static final String AUDITED = "campus";
    /** The types of the Annuaire that are établissements publics locaux d'enseignement when public. */
    private static final Set<String> EPLE_TYPES = Set.of("Lycée", "Collège", "EREA");

    private final CampusRepository campuses;
    private final MemberRepository members;
    private final CampusDirectory directory;
    private final Establishments establishments;
    private final Filieres filieres;
    private final Territories territories;
    private final Guard guard;
    private final AuditTrail auditTrail;
    private final ApplicationEventPublisher events;

    @Override
    public long create(CmqUser actor, NewCampus campus) {
        checkReferences(campus);
        guard.requireCreate(actor, new CampusScope(0, campus.academieCodes(), campus.regionCode()));
        var entity = new CampusEntity(campus.name().strip(), campus.filiereCode(), campus.category());
        entity.setRegionCode(campus.regionCode());
        entity.getAcademieCodes().addAll(campus.academieCodes());
        entity.setTerritoryDescription(campus.territoryDescription());
        entity.touchedBy(actor.email());
        long id = campuses.saveAndFlush(entity).getId();
        auditTrail.record("CREATION", AUDITED, id, Map.of("nom", entity.getName(), "filiere", campus.filiereCode()));
        events.publishEvent(new CampusEvent.Created(id));
        return id;
    }

    @Override
    public CampusDetails updateProfile(CmqUser actor, long campusId, long version, CampusProfile profile) {
        var campus = editable(actor, campusId);
        if (campus.getVersion() != version) {
            throw new CampusConflictException(directory.find(campusId).orElseThrow());
        }
        String supportUai = profile.supportUai() == null ? null : Uai.parse(profile.supportUai()).value();
        var changes = new LinkedHashMap<String, Object>();
        change(changes, "nom", campus.getName(), profile.name().strip(), campus::setName);
        change(changes, "territoire", campus.getTerritoryDescription(), profile.territoryDescription(),
                campus::setTerritoryDescription);
        change(changes, "établissement support", campus.getSupportUai(), supportUai, campus::setSupportUai);
        change(changes, "convention constitutive", campus.getConventionDate(), profile.conventionDate(),
                campus::setConventionDate);
        change(changes, "présentation", campus.getPresentation(), profile.presentation(), campus::setPresentation);
        change(changes, "site web", campus.getWebsite(), profile.website(), campus::setWebsite);
        change(changes, "contact", campus.getContactEmail(), profile.contactEmail(), campus::setContactEmail);
        change(changes, "lieu de vie", campus.getLieuDeVie(), profile.lieuDeVie(), campus::setLieuDeVie);
        if (!campus.getObjectives().equals(profile.objectives())) {
            changes.put("objectifs", List.of(describe(campus.getObjectives()), describe(profile.objectives())));
            campus.getObjectives().clear();
            campus.getObjectives().putAll(profile.objectives());
        }
        if (changes.isEmpty()) {
            return directory.find(campusId).orElseThrow();
        }
        campus.touchedBy(actor.email());
        campuses.saveAndFlush(campus);
        auditTrail.record("MODIFICATION", AUDITED, campusId, changes);
        events.publishEvent(new CampusEvent.ProfileChanged(campusId));
        // Read in this transaction, which holds the row until it commits: the version written, not a later one.
        return directory.find(campusId).orElseThrow();
    }

    @Override
    public long addMember(CmqUser actor, long campusId, NewMember request) {
        editable(actor, campusId);
        MemberEntity member;
        if (request.uai() != null) {
            var uai = Uai.parse(request.uai());
            var establishment = establishments.find(uai.value()).orElseThrow(() -> new RuleViolationException(
                    "rule.establishment.unknown", uai.value()));
            member = new MemberEntity(campusId, request.organisationType(), establishment.name());
            member.setUai(uai.value());
            member.setCommuneName(establishment.communeName());
            member.locate(establishment.latitude(), establishment.longitude());
            member.setEple(request.organisationType().canBeEple() && "Public".equalsIgnoreCase(establishment.sector())
                    && EPLE_TYPES.contains(String.valueOf(establishment.type())));
        } else {
            if (request.name() == null || request.name().isBlank()) {
                throw new RuleViolationException("rule.member.name.required");
            }
            member = new MemberEntity(campusId, request.organisationType(), request.name().strip());
            member.setSiret(request.siret() == null ? null : Siret.parse(request.siret()).value());
            member.setCommuneName(request.communeName());
            member.locate(request.latitude(), request.longitude());
            member.setEple(request.declaredEple() && request.organisationType().canBeEple());
        }
        member.setNetworkRole(request.networkRole());
        if (request.joinedOn() != null) {
            member.setJoinedOn(request.joinedOn());
        }
        member.setContact(request.contactName(), request.contactEmail(), request.contactPhone());
        if (member.getUai() != null && members.existsByCampusIdAndUaiAndLeftOnIsNull(campusId, member.getUai())) {
            throw new RuleViolationException("rule.member.already", member.getName());
        }
        long id = members.saveAndFlush(member).getId();
        auditTrail.record("AJOUT_MEMBRE", AUDITED, campusId, Map.of("membre", member.getName(), "rôle",
                member.getNetworkRole().name()));
        events.publishEvent(new CampusEvent.MemberJoined(campusId, id));
        return id;
    }

    @Override
    public void updateMember(CmqUser actor, long campusId, long memberId, long version, MemberChanges changes) {
        editable(actor, campusId);
        var member = members.findByIdAndCampusId(memberId, campusId)
                .orElseThrow(() -> new NotFoundException("Membre " + memberId + " introuvable dans ce campus"));
        if (member.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(MemberEntity.class, memberId);
        }
        member.setNetworkRole(changes.networkRole());
        member.setContact(changes.contactName(), changes.contactEmail(), changes.contactPhone());
        members.saveAndFlush(member);
        auditTrail.record("MODIFICATION_MEMBRE", AUDITED, campusId, Map.of("membre", member.getName(), "rôle",
                changes.networkRole().name()));
        events.publishEvent(new CampusEvent.MemberChanged(campusId, memberId));
    }

    @Override
    @Transactional(readOnly = true)
    public Member organisation(CmqUser reader, long campusId, long memberId) {
        checkOrganisation(reader, campusId, memberId);
        return directory.find(campusId).orElseThrow().activeMembers().stream()
                .filter(member -> member.id() == memberId).findFirst()
                .orElseThrow(() -> new NotFoundException("Membre " + memberId + " introuvable dans ce campus"));
    }

    @Override
    public void updateOrganisation(CmqUser actor, long campusId, long memberId, long version,
            OrganisationDetails details) {
        checkOrganisation(actor, campusId, memberId);
        var member = members.findByIdAndCampusId(memberId, campusId).filter(MemberEntity::isActive)
                .orElseThrow(() -> new NotFoundException("Membre " + memberId + " introuvable dans ce campus"));
        if (member.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(MemberEntity.class, memberId);
        }
        member.setContact(details.contactName(), details.contactEmail(), details.contactPhone());
        member.setPresentation(details.presentation());
        members.saveAndFlush(member);
        auditTrail.record("MODIFICATION_ORGANISATION", AUDITED, campusId, Map.of("membre", member.getName()));
        events.publishEvent(new CampusEvent.MemberChanged(campusId, memberId));
    }

    @Override
    public void leave(CmqUser actor, long campusId, long memberId, LocalDate on) {
        editable(actor, campusId);
        campuses.lockForNetworkChange(campusId);
        var member = members.findByIdAndCampusId(memberId, campusId)
                .orElseThrow(() -> new NotFoundException("Membre " + memberId + " introuvable dans ce campus"));
        if (!member.isActive()) {
            return;
        }
        if (member.isEple() && members.countActiveEples(campusId) == 1) {
            throw new RuleViolationException("rule.member.last-eple", member.getName());
        }
        if (on.isBefore(member.getJoinedOn())) {
            throw new RuleViolationException("rule.member.left-before-joined", member.getJoinedOn().toString());
        }
        member.setLeftOn(on);
        members.saveAndFlush(member);
        auditTrail.record("DEPART_MEMBRE", AUDITED, campusId, Map.of("membre", member.getName(), "le", on.toString()));
        events.publishEvent(new CampusEvent.MemberLeft(campusId, memberId, on));
    }

    @Override
    public void delete(CmqUser actor, long campusId) {
        var campus = campuses.findById(campusId)
                .orElseThrow(() -> new NotFoundException("Campus " + campusId + " introuvable"));
        guard.require(actor, campus.scope(), CampusAction.DELETE);
        campuses.delete(campus);
        auditTrail.record("SUPPRESSION", AUDITED, campusId, Map.of("nom", campus.getName()));
        events.publishEvent(new CampusEvent.Deleted(campusId));
    }

    /** The filière, the région and the académies exist, and each académie is in the campus's région. */
    private void checkReferences(NewCampus campus) {
        if (filieres.all().stream().noneMatch(filiere -> filiere.code().equals(campus.filiereCode()))) {
            throw new InvalidFieldException("filiereCode", "Filière inconnue.");
        }
        if (campus.regionCode() != null
                && territories.regions().stream().noneMatch(region -> region.code().equals(campus.regionCode()))) {
            throw new InvalidFieldException("regionCode", "Région inconnue.");
        }
        Map<String, Academie> academies = territories.academies().stream()
                .collect(Collectors.toMap(Academie::code, Function.identity()));
        for (String code : campus.academieCodes()) {
            var academie = academies.get(code);
            if (academie == null) {
                throw new InvalidFieldException("academieCodes", "Académie inconnue.");
            }
            if (!Objects.equals(academie.regionCode(), campus.regionCode())) {
                throw new InvalidFieldException("academieCodes",
                        "Cette académie n'est pas dans la région du campus : " + academie.name() + ".");
            }
        }
    }

    /** Its own contact, or whoever may edit the campus. */
    private void checkOrganisation(CmqUser actor, long campusId, long memberId) {
        guard.requireActsFor(actor, directory.scope(campusId)
                .orElseThrow(() -> new NotFoundException("Campus " + campusId + " introuvable")), memberId);
    }

    private CampusEntity editable(CmqUser actor, long campusId) {
        var campus = campuses.findById(campusId)
                .orElseThrow(() -> new NotFoundException("Campus " + campusId + " introuvable"));
        guard.require(actor, campus.scope(), CampusAction.EDIT);
        return campus;
    }

    /** The objectives as the history shows them: each finalité, in its order, with its comment. */
    private static String describe(Map<Finalite, String> objectives) {
        return new TreeMap<>(objectives).entrySet().stream()
                .map(objective -> objective.getValue().isBlank() ? objective.getKey().name()
                        : objective.getKey().name() + " : " + objective.getValue())
                .collect(Collectors.joining(" ; "));
    }

    private static <T> void change(Map<String, Object> changes, String field, @Nullable T before, @Nullable T after,
            Consumer<@Nullable T> setter) {
        if (!Objects.equals(before, after)) {
            changes.put(field, Arrays.asList(before == null ? null : before.toString(),
                    after == null ? null : after.toString()));
            setter.accept(after);
        }
    }
}
