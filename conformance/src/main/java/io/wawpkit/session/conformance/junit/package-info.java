/**
 * The conformance suite in a user's own build: {@link io.wawpkit.session.conformance.junit.WawpConformance}
 * turns a run's checks into JUnit 5 dynamic tests for a {@code @TestFactory}.
 *
 * <p>JUnit's API is a {@code provided} dependency of this artifact: a build that runs JUnit 5 tests
 * has it already, in the version it chose (5.0 and later carry every type used here), and the
 * suite's runnable jar leaves it out.
 */
package io.wawpkit.session.conformance.junit;
