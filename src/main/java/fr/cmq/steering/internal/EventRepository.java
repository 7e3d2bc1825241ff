package fr.cmq.steering.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface EventRepository extends JpaRepository<EventEntity, Long> {

    Optional<EventEntity> findByIdAndCampusId(long id, long campusId);
}
