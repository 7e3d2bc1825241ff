@NullMarked
package fr.cmq.territory.web;

import org.jspecify.annotations.NullMarked;
