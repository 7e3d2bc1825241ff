@NullMarked
package fr.cmq.shared.db;

import org.jspecify.annotations.NullMarked;
