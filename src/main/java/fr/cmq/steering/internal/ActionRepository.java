package fr.cmq.steering.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ActionRepository extends JpaRepository<ActionEntity, Long> {

    Optional<ActionEntity> findByIdAndCampusId(long id, long campusId);
}
