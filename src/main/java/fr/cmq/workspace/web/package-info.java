@NullMarked
package fr.cmq.workspace.web;

import org.jspecify.annotations.NullMarked;
