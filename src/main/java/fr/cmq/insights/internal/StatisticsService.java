package fr.cmq.insights.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmq.campus.CampusFigures;
import fr.cmq.campus.CampusSelection;
import fr.cmq.identity.ReadableCampuses;
import fr.cmq.insights.FigureTable;
import fr.cmq.insights.PublicStatistics;
import fr.cmq.shared.Tally;
import fr.cmq.steering.OpenAgenda;
import fr.cmq.training.OfferFigures;
import tools.jackson.databind.json.JsonMapper;

/** The public statistics: the campuses' public facts counted over all of France, each count a link to its search. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class StatisticsService implements PublicStatistics.Reader {

    private static final CampusSelection ALL_OF_FRANCE = new CampusSelection(
            new ReadableCampuses(true, Set.of(), Set.of(), Set.of()), null, null, null, null, null);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CampusFigures campusFigures;
    private final OfferFigures offerFigures;
    private final OpenAgenda agenda;
    private final MessageSource messages;

    @Override
    public PublicStatistics read() {
        var campuses = campusFigures.count(ALL_OF_FRANCE);
        var offer = offerFigures.count(ALL_OF_FRANCE);
        var events = new AtomicLong();
        agenda.eachPublished(event -> events.incrementAndGet());
        long labelled = campuses.statuses().stream()
                .filter(tally -> tally.key().equals("LABELLISE") || tally.key().equals("EN_RENOUVELLEMENT"))
                .mapToLong(Tally::count).sum();
        long members = campuses.members().stream().mapToLong(Tally::count).sum();
        long companies = campuses.members().stream().filter(tally -> tally.key().equals("ENTREPRISE"))
                .mapToLong(Tally::count).sum();
        var tables = List.of(
                table("regions", "campus", campuses.regions(), null, "/campus?region="),
                table("filieres", "campus", campuses.filieres(), null, "/campus?filiere="),
                table("statuts", "campus", campuses.statuses(), "status.", "/campus?statut="),
                table("annees", "campus", campusFigures.labelsByYear(ALL_OF_FRANCE), null, null),
                table("reseau", "membres", campuses.members(), "orgtype.", null),
                table("niveaux", "formations", offer.levels(), "event.level.", "/formations?niveau="));
        return new PublicStatistics(campuses.total(), labelled, members, companies, offer.formations(), events.get(),
                tables, JSON.writeValueAsString(TerritoryOf.everyRegion(campuses.regions())));
    }

    private FigureTable table(String id, String unit, List<Tally> tallies, @Nullable String labelPrefix,
            @Nullable String search) {
        return new FigureTable(id, message("statistics.table." + id), unit, tallies.stream()
                .filter(tally -> !tally.key().isEmpty())
                .map(tally -> new FigureTable.Row(labelPrefix == null ? tally.label() : message(labelPrefix + tally.key()),
                        tally.count(), search == null ? null : search + tally.key()))
                .toList());
    }

    private String message(String key) {
        return messages.getMessage(key, null, key, Locale.FRANCE);
    }
}
