package fr.cmq.training;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import fr.cmq.directory.Town;
import fr.cmq.shared.DataVersion;
import fr.cmq.shared.PageResponse;

/** Reads the training offer: public, for everyone. */
public interface Formations {

    /**
     * One page of the formations that match, of active members only: with text, those whose title or type has its
     * words (in French, without regard to case or accents), the best first, and when none has, those with a title
     * close to it (typos). With a point and a radius, those within it, each with its distance.
     */
    PageResponse<Formation> search(FormationSearch search, int page, int size);

    /** For each filter, how many formations each of its values would show, the other filters applied. */
    FormationFacets facets(FormationSearch search);

    /** The offer of one campus, by level then title. */
    List<Formation> ofCampus(long campusId);

    Optional<Formation> find(long formationId);

    /** The parcours of a campus, each with its formations in order. */
    List<Parcours> parcoursOf(long campusId);

    List<Passerelle> passerellesOf(long campusId);

    /** For each of these formations that belongs to parcours, their names: what a list of results mentions. */
    Map<Long, List<String>> parcoursNames(Collection<Long> formationIds);

    /**
     * The commune named (or of that postal code), placed by the annuaire's establishments in it, else by the places
     * where formations are taught in it, else by its département's establishments; empty when no commune is so named.
     */
    Optional<Town> locate(String nameOrPostalCode);

    /** How many formations have a public page: those of active members. */
    long count();

    /** Their ids by id, a page at a time: for the sitemap. */
    List<Long> ids(int page, int size);

    /** Changes with any formation added, changed or removed. */
    DataVersion version();

    /** Every formation of active members, by campus, level and title, read a few hundred at a time. */
    void eachFormation(Consumer<Formation> reader);
}
