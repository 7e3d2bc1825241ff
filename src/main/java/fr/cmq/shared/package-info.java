/**
 * Small value types, the page layout, error pages and the platform's infrastructure that every module may use.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package fr.cmq.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
