package fr.cmq.insights.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Guard;
import fr.cmq.insights.DashboardFilter;
import fr.cmq.shared.Tally;
import fr.cmq.territory.Departement;
import fr.cmq.territory.Region;
import fr.cmq.territory.Territories;

/** What a dashboard covers, said to its reader, and the territories' codes as the State's maps know them. */
@Component
@RequiredArgsConstructor
class TerritoryOf {

    /** The régions by INSEE code as DSFR Chart's maps name them: letters for the mainland, numbers overseas. */
    private static final Map<String, String> MAP_REGIONS = Map.ofEntries(Map.entry("84", "ARA"),
            Map.entry("27", "BFC"), Map.entry("53", "BRE"), Map.entry("24", "CVL"), Map.entry("94", "20R"),
            Map.entry("44", "GES"), Map.entry("32", "HDF"), Map.entry("11", "IDF"), Map.entry("28", "NOR"),
            Map.entry("75", "NAQ"), Map.entry("76", "OCC"), Map.entry("52", "PDL"), Map.entry("93", "PAC"),
            Map.entry("01", "971"), Map.entry("02", "972"), Map.entry("03", "973"), Map.entry("04", "974"),
            Map.entry("06", "976"));

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
        territories.departements().forEach(departement -> map.put(mapDepartement(departement.code()), 0L));
        counted.forEach(tally -> map.merge(mapDepartement(tally.key()), tally.count(), Long::sum));
        return map;
    }

    /** Every région of France by its map code, with 0 where no campus is. */
    static Map<String, Long> everyRegion(List<Tally> counted) {
        var map = new LinkedHashMap<String, Long>();
        MAP_REGIONS.values().stream().sorted().forEach(code -> map.put(code, 0L));
        counted.stream().filter(tally -> MAP_REGIONS.containsKey(tally.key()))
                .forEach(tally -> map.merge(MAP_REGIONS.get(tally.key()), tally.count(), Long::sum));
        return map;
    }

    /** A région as DSFR Chart's maps name it ({@code 44} → {@code GES}), or null for one they do not draw. */
    static @Nullable String mapRegion(String code) {
        return MAP_REGIONS.get(code);
    }

    /** A département as DSFR Chart's maps name it: {@code 054} → {@code 54}, {@code 02A} → {@code 2A}, {@code 971}. */
    static String mapDepartement(String code) {
        return code.length() == 3 && code.charAt(0) == '0' ? code.substring(1) : code;
    }
}
