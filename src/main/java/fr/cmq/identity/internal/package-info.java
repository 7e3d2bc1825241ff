@NullMarked
package fr.cmq.identity.internal;

import org.jspecify.annotations.NullMarked;
