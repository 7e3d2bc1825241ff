package fr.cmq.campus.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CampusRepository extends JpaRepository<CampusEntity, Long> {

    /** Serialises changes to one campus's network, so that two removals cannot both leave it without an EPLE. */
    @Query(value = "select id from campus where id = :id for update", nativeQuery = true)
    Long lockForNetworkChange(long id);
}
