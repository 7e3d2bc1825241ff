package fr.cmq.shared.mail;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import fr.cmq.shared.CmqProperties;

/**
 * The texts of the e-mails: Thymeleaf templates in text mode under {@code templates/mail/}, with the platform's
 * messages, and {@code siteUrl} for the links back to the platform.
 */
@Component
public class MailTemplates {

    private static final Locale FRENCH = Locale.FRANCE;

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final MessageSource messages;
    private final String siteUrl;

    MailTemplates(MessageSource messages, CmqProperties properties) {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
        this.messages = messages;
        this.siteUrl = properties.siteUrl();
    }

    public Mail write(String to, String template, String subjectCode, Object[] subjectArgs, Map<String, Object> variables) {
        var context = new Context(FRENCH, variables);
        context.setVariable("siteUrl", siteUrl);
        return new Mail(to, messages.getMessage(subjectCode, subjectArgs, FRENCH), engine.process(template, context));
    }
}
