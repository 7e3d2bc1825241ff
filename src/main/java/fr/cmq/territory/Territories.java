package fr.cmq.territory;

import java.util.List;
import java.util.Optional;

/** The reference territories, read-only. */
public interface Territories {

    List<Region> regions();

    List<Academie> academies();

    Optional<Academie> academie(String code);

    List<Departement> departements();
}
