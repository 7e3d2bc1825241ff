package fr.cmq.shared.web;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;

/**
 * When a value of a form record cannot be converted (a choice that is no choice, a text with a control character),
 * Spring hands the handler the record built with that value empty, but leaves the model and the binding result without
 * it: the page shown again would have no form, and a further {@code rejectValue} would fail. Handlers that show a form
 * again start with {@code errors = FormsShownAgain.keep(model, "form", form, errors)}.
 */
public final class FormsShownAgain {

    private FormsShownAgain() {
    }

    /** @return the binding result to go on with: the one given, or one on the record with the same errors */
    public static BindingResult keep(Model model, String name, Object form, BindingResult errors) {
        if (errors.getTarget() != null) {
            return errors;
        }
        var onTheForm = new DirectFieldBindingResult(form, name);
        onTheForm.addAllErrors(errors);
        model.addAttribute(name, form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, onTheForm);
        return onTheForm;
    }
}
