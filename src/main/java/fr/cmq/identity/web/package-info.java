@NullMarked
package fr.cmq.identity.web;

import org.jspecify.annotations.NullMarked;
