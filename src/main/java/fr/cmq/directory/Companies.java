package fr.cmq.directory;

import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;

import fr.cmq.shared.PageResponse;
import fr.cmq.shared.Siret;

/** Companies by SIRET: imported from a CSV or created one by one. */
public interface Companies {

    Optional<Company> find(Siret siret);

    PageResponse<Company> page(int page, int size);

    /** @throws DuplicateKeyException when a company with that SIRET exists */
    void create(Company company);
}
