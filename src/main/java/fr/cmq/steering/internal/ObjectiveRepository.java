package fr.cmq.steering.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ObjectiveRepository extends JpaRepository<ObjectiveEntity, Long> {

    Optional<ObjectiveEntity> findByIdAndCampusId(long id, long campusId);
}
