package fr.cmq.insights.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

import fr.cmq.campus.CampusFigures;
import fr.cmq.campus.CampusSelection;
import fr.cmq.campus.CampusSummary;
import fr.cmq.evaluation.MaturityFigures;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Guard;
import fr.cmq.insights.Dashboard;
import fr.cmq.insights.DashboardFilter;
import fr.cmq.insights.Dashboards;
import fr.cmq.insights.FigureTable;
import fr.cmq.labelling.DossierFigures;
import fr.cmq.shared.Tally;
import fr.cmq.steering.SteeringFigures;
import fr.cmq.territory.ChartCodes;
import fr.cmq.training.OfferFigures;

/**
 * Builds a dashboard from each module's figures over one selection of campuses — the reader's territory under the
 * address's filters — in one read-only transaction, so that every table counts the same campuses.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class DashboardService implements Dashboards {

    static final int HORIZON_MONTHS = 24;

    private final CampusFigures campusFigures;
    private final OfferFigures offerFigures;
    private final SteeringFigures steeringFigures;
    private final DossierFigures dossierFigures;
    private final MaturityFigures maturityFigures;
    private final Guard guard;
    private final TerritoryOf territories;
    private final MessageSource messages;
    private final Clock clock;

    @Override
    public Dashboard of(CmqUser viewer, DashboardFilter filter) {
        var selection = selection(viewer, filter);
        LocalDate today = LocalDate.now(clock);
        var campuses = campusFigures.count(selection);
        var offer = offerFigures.count(selection);
        var steering = steeringFigures.count(selection, today.getYear(), today);
        var dossiers = dossierFigures.count(selection, today);
        var tables = new ArrayList<FigureTable>();
        String list = "/pilotage/campus";
        tables.add(table("statuts", "campus", campuses.statuses(), "status.", tally -> list + filter.with("statut", tally.key())));
        tables.add(table("categories", "campus", campuses.categories(), "category.",
                tally -> list + filter.with("categorie", tally.key())));
        tables.add(table("filieres", "campus", campuses.filieres(), null,
                tally -> list + filter.with("filiere", tally.key())));
        tables.add(table("regions", "campus", campuses.regions(), null,
                tally -> tally.key().isEmpty() ? null : list + filter.with("region", tally.key())));
        tables.add(table("departements", "campus", campuses.departements(), null,
                tally -> list + filter.with("departement", tally.key())));
        tables.add(table("maturite", "campus", maturityFigures.levels(selection), "maturity.level.", tally -> null));
        String dossierList = dossiers.campaignId() == null ? null
                : link("/dossiers", filter, "campagne", dossiers.campaignId().toString());
        var dossierRows = new ArrayList<>(dossiers.states());
        dossierRows.add(new Tally("EN_RETARD", "EN_RETARD", dossiers.late()));
        tables.add(table("dossiers", "dossiers", dossierRows, "dossierstate.", tally -> dossierList == null ? null
                : tally.key().equals("EN_RETARD") ? dossierList + "&retard=true" : dossierList + "&etat=" + tally.key()));
        tables.add(table("reseau", "membres", campuses.members(), "orgtype.", tally -> null));
        tables.add(table("niveaux", "formations", offer.levels(), "event.level.",
                tally -> link("/formations", filter, "niveau", tally.key())));
        tables.add(table("statuts-apprenants", "formations", offer.statuses(), "learnerstatus.",
                tally -> link("/formations", filter, "statut", tally.key())));
        tables.add(table("places", "places", offer.places(), "learnerstatus.", tally -> null));
        tables.add(table("actions", "actions", steering.actions(), "actionstatus.", tally -> null));
        tables.add(new FigureTable("evenements", message("pilotage.table.evenements"), "evenements", List.of(
                new FigureTable.Row(message("pilotage.events.held"), steering.eventsHeld(), null),
                new FigureTable.Row(message("pilotage.events.attendance"), steering.attendance(), null),
                new FigureTable.Row(message("pilotage.events.without"), steering.eventsWithoutAttendance(), null))));
        tables.add(table("ressources", "€", steering.resources(), "fundingsource.", tally -> null));
        tables.add(table("contributions", "€", steering.contributions(), "contributionkind.", tally -> null));
        var horizon = today.plusMonths(HORIZON_MONTHS);
        var ending = campusFigures.labelsEnding(selection, today, horizon);
        tables.add(table("echeances", "campus", LabelTimeline.bySemester(ending, today, horizon, messages), null,
                tally -> "#echeances-liste"));
        String mapRegion = mapRegion(viewer, filter);
        return new Dashboard(territories.describe(viewer, filter), campuses.total(), tables, mapRegion,
                mapRegion == null ? TerritoryOf.everyRegion(campuses.regions())
                        : territories.everyDepartement(campuses.departements()),
                ending, dossiers.renewing(), horizon);
    }

    @Override
    public Optional<FigureTable> table(CmqUser viewer, DashboardFilter filter, String id) {
        return of(viewer, filter).tables().stream().filter(table -> table.id().equals(id)).findFirst();
    }

    @Override
    public long labelsEndingUnrenewed(CmqUser viewer, int months) {
        var selection = selection(viewer, DashboardFilter.NONE);
        LocalDate today = LocalDate.now(clock);
        var renewing = dossierFigures.count(selection, today).renewing();
        return campusFigures.labelsEnding(selection, today, today.plusMonths(months)).stream()
                .filter(campus -> !renewing.contains(campus.id())).count();
    }

    @Override
    public String territory(CmqUser viewer, DashboardFilter filter) {
        return territories.describe(viewer, filter);
    }

    @Override
    public List<CampusSummary> campuses(CmqUser viewer, DashboardFilter filter) {
        return campusFigures.campuses(selection(viewer, filter));
    }

    private CampusSelection selection(CmqUser viewer, DashboardFilter filter) {
        return new CampusSelection(guard.readableBy(viewer), filter.region(), filter.departement(), filter.filiere(),
                filter.categorie(), filter.statut());
    }

    /** A single région drawn by départements, by its map code: the one filtered, or the pilot's only one. */
    private @Nullable String mapRegion(CmqUser viewer, DashboardFilter filter) {
        if (filter.region() != null && !filter.region().isBlank()) {
            return ChartCodes.region(filter.region());
        }
        var readable = guard.readableBy(viewer);
        return !readable.everywhere() && readable.regionCodes().size() == 1
                ? ChartCodes.region(readable.regionCodes().iterator().next()) : null;
    }

    /** A list of another module, which knows the région and the filière of the dashboard's filters. */
    private static String link(String path, DashboardFilter filter, String name, String value) {
        return UriComponentsBuilder.fromPath(path).queryParam(name, value)
                .queryParamIfPresent("region", Optional.ofNullable(filter.region()).filter(code -> !code.isBlank()))
                .queryParamIfPresent("filiere", Optional.ofNullable(filter.filiere()).filter(code -> !code.isBlank()))
                .encode().build().toUriString();
    }

    private FigureTable table(String id, String unit, List<Tally> tallies, @Nullable String labelPrefix,
            Function<Tally, @Nullable String> link) {
        return new FigureTable(id, message("pilotage.table." + id), unit, tallies.stream()
                .map(tally -> new FigureTable.Row(labelPrefix == null ? (tally.label().isEmpty()
                        ? message("pilotage.unknown") : tally.label()) : message(labelPrefix + tally.key()),
                        tally.count(), link.apply(tally)))
                .toList());
    }

    private String message(String key) {
        return messages.getMessage(key, null, key, Locale.FRANCE);
    }
}
