package fr.cmq.steering.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface DiagnosticRepository extends JpaRepository<DiagnosticEntity, Long> {
}
