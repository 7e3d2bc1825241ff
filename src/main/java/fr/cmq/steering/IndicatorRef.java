package fr.cmq.steering;

/** An indicator named where something points at it: its code and label. */
public record IndicatorRef(String code, String label) {
}
