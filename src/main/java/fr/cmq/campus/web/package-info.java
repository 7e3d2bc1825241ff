@NullMarked
package fr.cmq.campus.web;

import org.jspecify.annotations.NullMarked;
