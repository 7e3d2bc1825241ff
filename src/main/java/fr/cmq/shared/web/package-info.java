@NullMarked
package fr.cmq.shared.web;

import org.jspecify.annotations.NullMarked;
