/**
 * Outcome indicators: what a grant promised to achieve in figures (a measure, its unit and a target per reporting
 * period) and the actuals recorded against it by staff or from accepted partner updates. Progress against target is
 * computed in the model from those figures, never stored.
 */
package org.firstmile.outcome;
