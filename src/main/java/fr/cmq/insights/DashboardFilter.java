package fr.cmq.insights;

import org.jspecify.annotations.Nullable;
import org.springframework.util.StringUtils;
import org.springframework.web.util.UriComponentsBuilder;

import fr.cmq.campus.CampusStatus;
import fr.cmq.campus.Category;

/** The filters of a dashboard, as its address says them: {@code region}, {@code departement}, {@code filiere}, {@code categorie}, {@code statut}. */
public record DashboardFilter(@Nullable String region, @Nullable String departement, @Nullable String filiere,
        @Nullable Category categorie, @Nullable CampusStatus statut) {

    public static final DashboardFilter NONE = new DashboardFilter(null, null, null, null, null);

    /** The filters as a query string, to which a link adds its own: {@code ?region=44&statut=LABELLISE}. */
    public String query() {
        var builder = UriComponentsBuilder.newInstance();
        if (StringUtils.hasText(region)) {
            builder.queryParam("region", region);
        }
        if (StringUtils.hasText(departement)) {
            builder.queryParam("departement", departement);
        }
        if (StringUtils.hasText(filiere)) {
            builder.queryParam("filiere", filiere);
        }
        if (categorie != null) {
            builder.queryParam("categorie", categorie);
        }
        if (statut != null) {
            builder.queryParam("statut", statut);
        }
        String query = builder.encode().build().getQuery();
        return query == null ? "" : "?" + query;
    }

    /**
     * A filter the lists of formations and dossiers cannot apply (they filter by région and filière only): their
     * counts then link to no list rather than to one that holds more.
     */
    public boolean beyondRegionAndFiliere() {
        return StringUtils.hasText(departement) || categorie != null || statut != null;
    }

    /** The same filters with one more value: the list behind a count. */
    public String with(String name, String value) {
        var builder = UriComponentsBuilder.fromUriString(query().isEmpty() ? "" : query());
        return builder.replaceQueryParam(name, value).encode().build().toUriString();
    }
}
