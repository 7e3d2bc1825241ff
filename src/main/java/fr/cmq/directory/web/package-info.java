@NullMarked
package fr.cmq.directory.web;

import org.jspecify.annotations.NullMarked;
