@NullMarked
package fr.cmq.directory.internal;

import org.jspecify.annotations.NullMarked;
