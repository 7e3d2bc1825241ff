package fr.cmq.training;

import java.util.List;

import fr.cmq.campus.Facet;

/** The counts beside each filter of the formation search. */
public record FormationFacets(List<Facet> levels, List<Facet> statuses, List<Facet> filieres, List<Facet> regions) {
}
