package fr.cmq.labelling.web;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

import fr.cmq.labelling.Transition;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.StringSchema;

/**
 * Names, in the API's description, the transitions {@code POST /api/v1/dossiers/{id}/transitions/{name}} fires, from
 * {@link Transition} itself, so that the two never part.
 */
@Component
class TransitionNamesInApi implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        if (handler.getBeanType() != DossierApiController.class || !handler.getMethod().getName().equals("fire")) {
            return operation;
        }
        var names = Arrays.stream(Transition.values()).map(Transition::apiName).toList();
        operation.summary("Fait passer le dossier à l’étape nommée")
                .description("`deposit` (le chef d’établissement support signe), `cosign` (côté rectorat ou Région), "
                        + "`send-back` (`reason`), `record-opinion` (`body` CAEN ou CREFOP, `verdict`, `givenOn`, "
                        + "`text`), `start-review`, `decide` (`granted`, `category`, `durationYears` de 1 à 5, "
                        + "`startDate`, `nor`, `decidedOn`, `ministries`), `withdraw` (`reason`). 403 quand l’étape ne "
                        + "revient jamais à cet utilisateur, 409 avec la raison quand l’état du dossier la refuse maintenant.");
        operation.getParameters().stream().filter(parameter -> "name".equals(parameter.getName()))
                .forEach(parameter -> parameter.description(names.stream().collect(Collectors.joining(", ")))
                        .schema(new StringSchema()._enum(names)));
        return operation;
    }
}
