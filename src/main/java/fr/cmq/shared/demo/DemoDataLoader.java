package fr.cmq.shared.demo;

import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads every module's demonstration data once the application has started, when the demo mode is on. */
@Component
@Conditional(DemoMode.class)
@Order(10)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    private final List<DemoData> demoData;

    @Override
    public void run(ApplicationArguments args) {
        loadAll();
    }

    public void loadAll() {
        demoData.forEach(DemoData::load);
        log.info("Demonstration data in place ({} sets)", demoData.size());
    }
}
