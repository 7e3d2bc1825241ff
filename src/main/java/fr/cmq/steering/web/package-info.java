/** The pages and API of a campus's steering: its plan, its budgets and its members' contributions. */
@NullMarked
package fr.cmq.steering.web;

import org.jspecify.annotations.NullMarked;
