package fr.cmq.campus.internal;

import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmq.campus.CampusEvent;
import fr.cmq.campus.CampusSites;
import fr.cmq.campus.NewSite;
import fr.cmq.campus.Site;
import fr.cmq.campus.SiteKind;
import fr.cmq.directory.Establishments;
import fr.cmq.identity.AuditTrail;
import fr.cmq.identity.CampusAction;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Guard;
import fr.cmq.shared.NotFoundException;
import fr.cmq.shared.RuleViolationException;
import fr.cmq.shared.Uai;

/** {@link CampusSites} in SQL, on the platform's PostgreSQL. */
@Service
@Transactional
@RequiredArgsConstructor
class JdbcCampusSites implements CampusSites {

    private static final RowMapper<Site> ROW = (rs, n) -> new Site(rs.getLong("id"),
            SiteKind.valueOf(rs.getString("kind")), rs.getString("name"), rs.getString("address"),
            rs.getString("commune"), rs.getString("uai"),
            rs.getObject("latitude", Double.class), rs.getObject("longitude", Double.class));

    private final JdbcClient jdbc;
    private final Establishments establishments;
    private final Guard guard;
    private final AuditTrail auditTrail;
    private final ApplicationEventPublisher events;

    @Override
    @Transactional(readOnly = true)
    public List<Site> of(long campusId) {
        return jdbc.sql("""
                select id, kind, name, address, commune, uai, latitude, longitude from campus_site
                where campus_id = :campusId order by kind desc, name""")
                .param("campusId", campusId).query(ROW).list();
    }

    @Override
    public long add(CmqUser actor, long campusId, NewSite site) {
        guard.require(actor, campusId, CampusAction.EDIT);
        String uai = site.uai() == null ? null : Uai.parse(site.uai()).value();
        Double latitude = site.latitude();
        Double longitude = site.longitude();
        String commune = site.commune();
        if (uai != null) {
            var establishment = establishments.find(uai).orElseThrow(() -> new RuleViolationException(
                    "rule.establishment.unknown", uai));
            if (latitude == null) {
                latitude = establishment.latitude();
                longitude = establishment.longitude();
            }
            commune = commune == null ? establishment.communeName() : commune;
        }
        if ((latitude == null) != (longitude == null)) {
            throw new RuleViolationException("rule.site.coordinates.pair");
        }
        long id = jdbc.sql("""
                insert into campus_site (campus_id, kind, name, address, commune, uai, latitude, longitude)
                values (:campusId, :kind, :name, :address, :commune, :uai, :latitude, :longitude) returning id""")
                .param("campusId", campusId).param("kind", site.kind().name()).param("name", site.name().strip())
                .param("address", site.address()).param("commune", commune).param("uai", uai)
                .param("latitude", latitude).param("longitude", longitude)
                .query(Long.class).single();
        auditTrail.record("AJOUT_SITE", "campus", campusId, Map.of("site", site.name().strip()));
        events.publishEvent(new CampusEvent.ProfileChanged(campusId));
        return id;
    }

    @Override
    public void remove(CmqUser actor, long campusId, long siteId) {
        guard.require(actor, campusId, CampusAction.EDIT);
        String name = jdbc.sql("delete from campus_site where id = :id and campus_id = :campusId returning name")
                .param("id", siteId).param("campusId", campusId).query(String.class).optional()
                .orElseThrow(() -> new NotFoundException("Site " + siteId + " introuvable dans ce campus"));
        auditTrail.record("SUPPRESSION_SITE", "campus", campusId, Map.of("site", name));
        events.publishEvent(new CampusEvent.ProfileChanged(campusId));
    }

}
