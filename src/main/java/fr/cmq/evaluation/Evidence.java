package fr.cmq.evaluation;

import java.util.List;

/**
 * A fact of the platform as the report shows it under the références that count it: what the campus holds of that
 * kind, said in French by the message {@code key} with its arguments (dates already written the French way).
 */
public record Evidence(FactKind kind, String key, List<Object> arguments) {

    public Object[] args() {
        return arguments.toArray();
    }
}
