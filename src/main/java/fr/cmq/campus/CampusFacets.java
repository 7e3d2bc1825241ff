package fr.cmq.campus;

import java.util.List;

/** The counts of campuses per value of each filter of the directory. */
public record CampusFacets(List<Facet> filieres, List<Facet> regions, List<Facet> academies, List<Facet> categories,
        List<Facet> statuses) {
}
