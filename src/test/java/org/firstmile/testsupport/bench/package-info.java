/**
 * The benchmarks behind {@code scripts/bench/}: a portfolio generated at scale in an embedded PostgreSQL, FirstMile
 * and a trivial floor application on one Payara Micro, and measurements printed as figures and ratios to the floor.
 * Never part of the test command; each run compares things measured in that same run.
 */
package org.firstmile.testsupport.bench;
