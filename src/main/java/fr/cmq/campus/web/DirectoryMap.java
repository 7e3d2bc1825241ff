package fr.cmq.campus.web;

import java.util.LinkedHashMap;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

import fr.cmq.campus.Facet;
import fr.cmq.territory.ChartCodes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The directory's map of France by région, drawn by DSFR Chart from the counts, and the list of régions that says the
 * same to everyone, each a link that filters the directory; a click on a région of the map follows its link.
 *
 * @param data the counts by the map's région codes, as the map reads them
 */
record DirectoryMap(String data, long total, List<Region> regions) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A région of the list: its name, its map code, how many campuses the search finds in it, its link. */
    record Region(String name, String mapCode, long count, String href, boolean chosen) {
    }

    /** @param base the directory's address with the search's filters, to which the région is set */
    static DirectoryMap of(List<Facet> regions, @Nullable String chosen, String base) {
        var data = new LinkedHashMap<String, Long>();
        ChartCodes.regions().stream().sorted().forEach(code -> data.put(code, 0L));
        var listed = regions.stream().filter(region -> ChartCodes.region(region.value()) != null).map(region -> {
            String code = ChartCodes.region(region.value());
            data.put(code, region.count());
            return new Region(region.label(), code, region.count(), UriComponentsBuilder.fromUriString(base)
                    .replaceQueryParam("region", region.value()).replaceQueryParam("page").build().toUriString(),
                    region.value().equals(chosen));
        }).filter(region -> region.count() > 0 || region.chosen()).toList();
        return new DirectoryMap(JSON.writeValueAsString(data),
                regions.stream().mapToLong(Facet::count).sum(), listed);
    }
}
