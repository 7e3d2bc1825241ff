@NullMarked
package fr.cmq.shared.importing.web;

import org.jspecify.annotations.NullMarked;
