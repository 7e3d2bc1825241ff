@NullMarked
package fr.cmq.campus.internal;

import org.jspecify.annotations.NullMarked;
