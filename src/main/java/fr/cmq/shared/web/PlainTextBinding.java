package fr.cmq.shared.web;

import java.beans.PropertyEditorSupport;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import fr.cmq.shared.PlainText;

/**
 * Every text bound from a request (form fields, query parameters) is refused when it holds a control character: the
 * form shows the field in error, a parameter answers 400.
 */
@ControllerAdvice
class PlainTextBinding {

    @InitBinder
    void refuseControlCharacters(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                if (PlainText.hasControlCharacters(text)) {
                    throw new IllegalArgumentException("Control character in a text value");
                }
                setValue(text);
            }
        });
    }
}
