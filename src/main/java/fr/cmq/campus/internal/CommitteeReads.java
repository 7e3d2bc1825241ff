package fr.cmq.campus.internal;

import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongPredicate;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.cmq.campus.CommitteeMeeting;
import fr.cmq.campus.CommitteeSummary;
import fr.cmq.campus.RegionalCommittee;
import fr.cmq.campus.RegionalCommittee.CampusOffices;
import fr.cmq.campus.RegionalCommittee.Representative;
import fr.cmq.identity.AccountCoverage;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Guard;
import fr.cmq.identity.OfficeHolder;
import fr.cmq.identity.RegionAction;
import fr.cmq.identity.RegionScope;
import fr.cmq.identity.Role;
import fr.cmq.identity.RoleGrant;
import fr.cmq.shared.NotFoundException;
import fr.cmq.shared.documents.Documents;
import fr.cmq.shared.documents.StoredDocument;

/** The regional comités as they are read, each in a fixed number of queries. */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor
class CommitteeReads {

    /** The campuses that sit on their région's comité: the labelled ones. */
    static final String SITTING = "c.status in ('LABELLISE', 'EN_RENOUVELLEMENT')";

    private record CommitteeRow(@Nullable Long id, String regionCode, String regionName, @Nullable String recteurName,
            @Nullable String presidentRegionName, long version) {}

    private record MeetingRow(long id, String regionCode, LocalDate heldOn, String agenda, @Nullable String decisions,
            @Nullable Long minutesDocumentId, long version, @Nullable String updatedBy) {}

    private static final DataClassRowMapper<CommitteeRow> COMMITTEE = new DataClassRowMapper<>(CommitteeRow.class);
    private static final DataClassRowMapper<MeetingRow> MEETING = new DataClassRowMapper<>(MeetingRow.class);
    private static final String MEETINGS = """
            select m.id, rc.region_code, m.held_on, m.agenda, m.decisions, m.minutes_document_id, m.version,
                   coalesce(m.updated_by, m.recorded_by) as updated_by
            from committee_meeting m join regional_committee rc on rc.id = m.committee_id""";

    private final JdbcClient jdbc;
    private final Documents documents;
    private final AccountCoverage coverage;
    private final Guard guard;
    private final Clock clock;

    RegionalCommittee of(String regionCode) {
        var committee = jdbc.sql("""
                        select rc.id, r.code as region_code, r.name as region_name, rc.recteur_name,
                               rc.president_region_name, coalesce(rc.version, 0) as version
                        from region r left join regional_committee rc on rc.region_code = r.code
                        where r.code = :code""")
                .param("code", regionCode).query(COMMITTEE).optional()
                .orElseThrow(() -> new NotFoundException("Région " + regionCode + " introuvable"));
        var representatives = jdbc.sql("""
                        select cr.id, cr.filiere_code, f.label as filiere_label, cr.person_name, cr.organisation
                        from committee_representative cr join filiere f on f.code = cr.filiere_code
                        where cr.committee_id = :id order by f.rank, cr.person_name, cr.id""")
                .param("id", committee.id(), Types.BIGINT).query(Representative.class).list();
        return new RegionalCommittee(committee.regionCode(), committee.regionName(), committee.recteurName(),
                committee.presidentRegionName(), committee.version(), representatives, offices(regionCode),
                meetings(jdbc.sql(MEETINGS + " where m.committee_id = :id order by m.held_on desc, m.id desc")
                        .param("id", committee.id(), Types.BIGINT).query(MEETING).list()));
    }

    List<CommitteeSummary> readableBy(CmqUser user) {
        var campusIds = user.grants().stream().map(RoleGrant::campusId).filter(Objects::nonNull).toList();
        Map<Long, String> regionOfCampus = new HashMap<>();
        if (!campusIds.isEmpty()) {
            jdbc.sql("select id, region_code from campus where id = any(:ids) and region_code is not null")
                    .param("ids", campusIds.toArray(Long[]::new))
                    .query((row, n) -> regionOfCampus.put(row.getLong("id"), row.getString("region_code"))).list();
        }
        var readable = new ArrayList<CommitteeSummary>();
        jdbc.sql("""
                        select r.code, r.name, %s as academies, count(c.id) as campuses,
                               (select rc.recteur_name is not null and rc.president_region_name is not null
                                from regional_committee rc where rc.region_code = r.code) as named,
                               (select max(m.held_on) from committee_meeting m join regional_committee rc
                                  on rc.id = m.committee_id where rc.region_code = r.code and m.held_on <= :today) as last,
                               (select min(m.held_on) from committee_meeting m join regional_committee rc
                                  on rc.id = m.committee_id where rc.region_code = r.code and m.held_on > :today) as next,
                               (select count(*) from committee_meeting m join regional_committee rc
                                  on rc.id = m.committee_id where rc.region_code = r.code and m.held_on <= :today
                                  and (m.decisions is null or m.minutes_document_id is null)) as to_complete
                        from region r join campus c on c.region_code = r.code and %s
                        group by r.code, r.name order by r.name""".formatted(JdbcRegionScopes.ACADEMIES, SITTING))
                .param("today", LocalDate.now(clock))
                .query((row, n) -> {
                    var region = new RegionScope(row.getString("code"),
                            Set.of((String[]) row.getArray("academies").getArray()));
                    LongPredicate inRegion = campusId -> region.regionCode().equals(regionOfCampus.get(campusId));
                    if (guard.may(user, RegionAction.READ, region, inRegion)) {
                        readable.add(new CommitteeSummary(region.regionCode(), row.getString("name"),
                                row.getLong("campuses"), guard.may(user, RegionAction.KEEP, region, inRegion),
                                row.getBoolean("named"), row.getObject("last", LocalDate.class),
                                row.getObject("next", LocalDate.class), row.getLong("to_complete")));
                    }
                    return region;
                }).list();
        return readable;
    }

    Optional<CommitteeMeeting> meeting(long meetingId) {
        return jdbc.sql(MEETINGS + " where m.id = :id").param("id", meetingId).query(MEETING).optional()
                .map(row -> meetings(List.of(row)).getFirst());
    }

    List<CommitteeMeeting> meetings(String regionCode) {
        return meetings(jdbc.sql(MEETINGS + " where rc.region_code = :code order by m.held_on desc, m.id desc")
                .param("code", regionCode).query(MEETING).list());
    }

    Optional<StoredDocument> minutes(String regionCode, long documentId) {
        boolean ofTheCommittee = jdbc.sql(MEETINGS + " where rc.region_code = :code and m.minutes_document_id = :document")
                .param("code", regionCode).param("document", documentId).query(MEETING).optional().isPresent();
        return ofTheCommittee ? documents.find(documentId) : Optional.empty();
    }

    private List<CampusOffices> offices(String regionCode) {
        var campuses = jdbc.sql("select c.id, c.name from campus c where c.region_code = :code and " + SITTING
                        + " order by c.name, c.id")
                .param("code", regionCode).query((row, n) -> Map.entry(row.getLong("id"), row.getString("name"))).list();
        var holders = coverage.holders(EnumSet.of(Role.CHEF_ETABLISSEMENT_SUPPORT, Role.DIRECTEUR_OPERATIONNEL),
                campuses.stream().map(Map.Entry::getKey).toList());
        return campuses.stream().map(campus -> new CampusOffices(campus.getKey(), campus.getValue(),
                names(holders, campus.getKey(), Role.CHEF_ETABLISSEMENT_SUPPORT),
                names(holders, campus.getKey(), Role.DIRECTEUR_OPERATIONNEL))).toList();
    }

    private static List<String> names(List<OfficeHolder> holders, long campusId, Role role) {
        return holders.stream().filter(h -> h.campusId() == campusId && h.role() == role)
                .map(OfficeHolder::displayName).toList();
    }

    /** The minutes are the document store's: asked for in one call, not joined to its table. */
    private List<CommitteeMeeting> meetings(List<MeetingRow> rows) {
        var ids = new HashSet<Long>();
        rows.forEach(row -> {
            if (row.minutesDocumentId() != null) {
                ids.add(row.minutesDocumentId());
            }
        });
        Map<Long, StoredDocument> minutes = documents.find(ids);
        return rows.stream().map(row -> new CommitteeMeeting(row.id(), row.regionCode(), row.heldOn(), row.agenda(),
                row.decisions(), row.minutesDocumentId() == null ? null : minutes.get(row.minutesDocumentId()),
                row.version(), row.updatedBy())).toList();
    }
}
