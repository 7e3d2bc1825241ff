/**
 * Users, roles and the scope each role applies to, sign-in, the one answer to "may this user do that on this campus",
 * and the audit trail every module writes to.
 */
@ApplicationModule(allowedDependencies = { "shared" })
@NullMarked
package fr.cmq.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
