package fr.cmq.shared.demo;

/**
 * A module's demonstration data. Loaded at start when the demo mode is on, in {@link org.springframework.core.annotation.Order}
 * order; {@link #load()} must be idempotent: it adds what is missing and never duplicates or overwrites.
 */
public interface DemoData {

    void load();
}
