package fr.cmq.campus;

import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import fr.cmq.directory.Filiere;

/** Campuses and members as tests need them: a valid one by default, changed where the test says. */
public final class CampusMother {

    private CampusMother() {
    }

    /** A labelled campus of académie 12 (Nancy-Metz), région 44, with the given members. */
    public static CampusDetails campus(long id, String name, Member... members) {
        return new CampusDetails(id, "CMQ-%04d".formatted(id), name, new Filiere("ENERGIE", "Transition énergétique, éco-industrie"),
                Category.CMQ, CampusStatus.LABELLISE, "44", "Grand Est", Set.of("12"), "Nancy-Metz",
                "Bassin de Thionville", null, null, null, null, "Un campus de démonstration.", null, null, null,
                LocalDate.of(2022, 9, 1), LocalDate.of(2027, 8, 31), null, Map.of(), List.of(members),
                Instant.parse("2026-11-01T10:00:00Z"), "do.energie@cmq.test", 3);
    }

    /** The campus as a mocked directory answers it, to the guard (its scope) and to the pages (the campus itself). */
    public static CampusDetails knownTo(CampusDirectory directory, CampusDetails campus) {
        when(directory.find(campus.id())).thenReturn(Optional.of(campus));
        when(directory.get(campus.id())).thenReturn(campus);
        when(directory.scope(campus.id())).thenReturn(Optional.of(campus.scope()));
        return campus;
    }

    /** An active company of the network, with a contact person. */
    public static Member member(long id, String name) {
        return new Member(id, OrganisationType.ENTREPRISE, NetworkRole.MEMBRE, name, null, null, false, "Thionville",
                null, null, LocalDate.of(2023, 1, 1), null, "Jeanne Martin", "jeanne.martin@exemple.fr", null, null,
                2);
    }
}
