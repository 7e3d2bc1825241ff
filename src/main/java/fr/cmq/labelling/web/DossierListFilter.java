package fr.cmq.labelling.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriUtils;

import fr.cmq.labelling.DossierFilter;
import fr.cmq.labelling.DossierState;
import fr.cmq.shared.PlainText;

/** The filters of the dossiers' list as its URL carries them; the list, its pages and its export share them. */
record DossierListFilter(@Nullable Long campagne, @Nullable DossierState etat, @Nullable String academie,
        @Nullable String region, @Nullable String filiere, @Nullable Boolean retard) {

    DossierFilter toFilter() {
        return new DossierFilter(campagne, etat, PlainText.blankToNull(academie), PlainText.blankToNull(region),
                PlainText.blankToNull(filiere), Boolean.TRUE.equals(retard));
    }

    /** The filters set, by their parameter's name. */
    public Map<String, String> params() {
        var params = new LinkedHashMap<String, String>();
        var filter = toFilter();
        if (filter.campaignId() != null) {
            params.put("campagne", filter.campaignId().toString());
        }
        if (filter.state() != null) {
            params.put("etat", filter.state().name());
        }
        if (filter.academieCode() != null) {
            params.put("academie", filter.academieCode());
        }
        if (filter.regionCode() != null) {
            params.put("region", filter.regionCode());
        }
        if (filter.filiereCode() != null) {
            params.put("filiere", filter.filiereCode());
        }
        if (filter.late()) {
            params.put("retard", "true");
        }
        return params;
    }

    /** The list's URL with these filters. */
    public String url() {
        return "/dossiers" + params().entrySet().stream()
                .map(p -> p.getKey() + "=" + UriUtils.encodeQueryParam(p.getValue(), "UTF-8"))
                .collect(Collectors.joining("&", params().isEmpty() ? "" : "?", ""));
    }
}
