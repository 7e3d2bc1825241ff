package fr.cmq.insights.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;

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
import fr.cmq.steering.IndicatorFigures;
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
    /** The tables of a dashboard, in the order of the page. */
    static final List<String> IDS = List.of("statuts", "categories", "filieres", "regions", "departements",
            "maturite", "dossiers", "reseau", "niveaux", "statuts-apprenants", "places", "actions", "evenements",
            "ressources", "contributions", "echeances");

    /** The figures of one selection, each read once, when a table first needs it. */
    private record Figures(LocalDate today, LocalDate horizon, Supplier<CampusFigures.CampusCounts> campuses,
            Supplier<OfferFigures.OfferCounts> offer, Supplier<SteeringFigures.SteeringCounts> steering,
            Supplier<DossierFigures.DossierCounts> dossiers, Supplier<List<Tally>> maturity,
            Supplier<List<CampusSummary>> ending) {
    }

    private static <T> Supplier<T> once(Supplier<T> read) {
        var kept = new AtomicReference<T>();
        return () -> {
            if (kept.get() == null) {
                kept.set(read.get());
            }
            return kept.get();
        };
    }

    private final CampusFigures campusFigures;
    private final OfferFigures offerFigures;
    private final SteeringFigures steeringFigures;
    private final DossierFigures dossierFigures;
    private final MaturityFigures maturityFigures;
    private final IndicatorFigures indicatorFigures;
    private final Guard guard;
    private final TerritoryOf territories;
    private final MessageSource messages;
    private final Clock clock;

    @Override
    public Dashboard of(CmqUser viewer, DashboardFilter filter) {
        var figures = figures(viewer, filter);
        var tables = IDS.stream().map(id -> table(id, figures, filter)).toList();
        String mapRegion = mapRegion(viewer, filter);
        var campuses = figures.campuses.get();
        return new Dashboard(territories.describe(viewer, filter), campuses.total(), tables, mapRegion,
                mapRegion == null ? TerritoryOf.everyRegion(campuses.regions())
                        : territories.everyDepartement(campuses.departements()),
                figures.ending.get(), figures.dossiers.get().renewing(), figures.horizon, figures.today.getYear(),
                indicatorFigures.totals(selection(viewer, filter), figures.today.getYear()));
    }

    @Override
    public List<IndicatorFigures.IndicatorTotal> indicators(CmqUser viewer, DashboardFilter filter) {
        return indicatorFigures.totals(selection(viewer, filter), LocalDate.now(clock).getYear());
    }

    /** One table alone, for its exports: only the figures it shows are read. */
    @Override
    public Optional<FigureTable> table(CmqUser viewer, DashboardFilter filter, String id) {
        return IDS.contains(id) ? Optional.of(table(id, figures(viewer, filter), filter)) : Optional.empty();
    }

    private Figures figures(CmqUser viewer, DashboardFilter filter) {
        var selection = selection(viewer, filter);
        LocalDate today = LocalDate.now(clock);
        var horizon = today.plusMonths(HORIZON_MONTHS);
        return new Figures(today, horizon, once(() -> campusFigures.count(selection)),
                once(() -> offerFigures.count(selection)),
                once(() -> steeringFigures.count(selection, today.getYear(), today)),
                once(() -> dossierFigures.count(selection, today)), once(() -> maturityFigures.levels(selection)),
                once(() -> campusFigures.labelsEnding(selection, today, horizon)));
    }

    private FigureTable table(String id, Figures figures, DashboardFilter filter) {
        String list = "/pilotage/campus";
        return switch (id) {
            case "statuts" -> table(id, "campus", figures.campuses.get().statuses(), "status.",
                    tally -> list + filter.with("statut", tally.key()));
            case "categories" -> table(id, "campus", figures.campuses.get().categories(), "category.",
                    tally -> list + filter.with("categorie", tally.key()));
            case "filieres" -> table(id, "campus", figures.campuses.get().filieres(), null,
                    tally -> list + filter.with("filiere", tally.key()));
            case "regions" -> table(id, "campus", figures.campuses.get().regions(), null,
                    tally -> tally.key().isEmpty() ? null : list + filter.with("region", tally.key()));
            case "departements" -> table(id, "campus", figures.campuses.get().departements(), null,
                    tally -> list + filter.with("departement", tally.key()));
            case "maturite" -> table(id, "campus", figures.maturity.get(), "maturity.level.", tally -> null);
            case "dossiers" -> dossiers(figures.dossiers.get(), filter);
            case "reseau" -> table(id, "membres", figures.campuses.get().members(), "orgtype.", tally -> null);
            case "niveaux" -> table(id, "formations", figures.offer.get().levels(), "event.level.",
                    tally -> link("/formations", filter, "niveau", tally.key()));
            case "statuts-apprenants" -> table(id, "formations", figures.offer.get().statuses(), "learnerstatus.",
                    tally -> link("/formations", filter, "statut", tally.key()));
            case "places" -> table(id, "places", figures.offer.get().places(), "learnerstatus.", tally -> null);
            case "actions" -> table(id, "actions", figures.steering.get().actions(), "actionstatus.", tally -> null);
            case "evenements" -> events(figures.steering.get());
            case "ressources" -> table(id, "€", figures.steering.get().resources(), "fundingsource.", tally -> null);
            case "contributions" -> table(id, "€", figures.steering.get().contributions(), "contributionkind.",
                    tally -> null);
            default -> table("echeances", "campus", LabelTimeline.bySemester(figures.ending.get(), figures.today,
                    figures.horizon, messages), null, tally -> "#echeances-liste");
        };
    }

    private FigureTable dossiers(DossierFigures.DossierCounts dossiers, DashboardFilter filter) {
        String dossierList = dossiers.campaignId() == null || filter.beyondRegionAndFiliere() ? null
                : link("/dossiers", filter, "campagne", dossiers.campaignId().toString());
        var rows = new ArrayList<>(dossiers.states());
        rows.add(new Tally("EN_RETARD", "EN_RETARD", dossiers.late()));
        return table("dossiers", "dossiers", rows, "dossierstate.", tally -> dossierList == null ? null
                : tally.key().equals("EN_RETARD") ? dossierList + "&retard=true" : dossierList + "&etat=" + tally.key());
    }

    private FigureTable events(SteeringFigures.SteeringCounts steering) {
        return new FigureTable("evenements", message("pilotage.table.evenements"), "evenements", List.of(
                new FigureTable.Row(message("pilotage.events.held"), steering.eventsHeld(), null),
                new FigureTable.Row(message("pilotage.events.attendance"), steering.attendance(), null),
                new FigureTable.Row(message("pilotage.events.without"), steering.eventsWithoutAttendance(), null)));
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
    /** The list of formations or dossiers behind a count, with the filters it applies; none when it cannot apply them all. */
    private static @Nullable String link(String path, DashboardFilter filter, String name, String value) {
        if (filter.beyondRegionAndFiliere()) {
            return null;
        }
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
