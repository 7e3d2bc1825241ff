package fr.cmq.insights.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Guard;
import fr.cmq.insights.DashboardFilter;
import fr.cmq.shared.Tally;
import fr.cmq.territory.ChartCodes;
import fr.cmq.territory.Departement;
import fr.cmq.territory.Region;
import fr.cmq.territory.Territories;

/** What a dashboard covers, said to its reader, and the territories' codes as the State's maps know them. */
@Component
@RequiredArgsConstructor
class TerritoryOf {


    private final Guard guard;
    private final Territories territories;
    private final MessageSource messages;

    /** "Toute la France", "Grand Est", "Académie de Nancy-Metz", then the filtered région or département. */
    String describe(CmqUser viewer, DashboardFilter filter) {
        var readable = guard.readableBy(viewer);
        var names = new ArrayList<String>();
        if (readable.everywhere()) {
            names.add(messages.getMessage("pilotage.france", null, Locale.FRANCE));
        } else {
            territories.regions().stream().filter(region -> readable.regionCodes().contains(region.code()))
                    .map(Region::name).forEach(names::add);
            territories.academies().stream().filter(academie -> readable.academieCodes().contains(academie.code()))
                    .map(academie -> messages.getMessage("pilotage.academie", new Object[] { academie.name() },
                            Locale.FRANCE))
                    .forEach(names::add);
        }
        String covered = String.join(", ", names);
        if (filter.region() != null) {
            covered += " — " + territories.regions().stream().filter(region -> region.code().equals(filter.region()))
                    .map(Region::name).findFirst().orElse(filter.region());
        }
        if (filter.departement() != null) {
            covered += " — " + territories.departements().stream()
                    .filter(departement -> departement.code().equals(filter.departement()))
                    .map(Departement::name).findFirst().orElse(filter.departement());
        }
        return covered;
    }

    /**
     * Every département of France as the map of one région needs them: DSFR Chart hides those it is given and frames
     * the région's, so each one is said, with 0 where no campus is.
     */
    Map<String, Long> everyDepartement(List<Tally> counted) {
        var map = new LinkedHashMap<String, Long>();
        territories.departements().forEach(departement -> map.put(ChartCodes.departement(departement.code()), 0L));
        counted.forEach(tally -> map.merge(ChartCodes.departement(tally.key()), tally.count(), Long::sum));
        return map;
    }

    /** Every région of France by its map code, with 0 where no campus is. */
    static Map<String, Long> everyRegion(List<Tally> counted) {
        var map = new LinkedHashMap<String, Long>();
        ChartCodes.regions().stream().sorted().forEach(code -> map.put(code, 0L));
        counted.stream().filter(tally -> ChartCodes.region(tally.key()) != null)
                .forEach(tally -> map.merge(ChartCodes.region(tally.key()), tally.count(), Long::sum));
        return map;
    }
}
