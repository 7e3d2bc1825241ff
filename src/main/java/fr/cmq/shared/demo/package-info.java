@NullMarked
package fr.cmq.shared.demo;

import org.jspecify.annotations.NullMarked;
