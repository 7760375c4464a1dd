/**
 * Reliability tests: the bad-input matrix run through the command line, fuzzing of the readers with
 * mutated files, and concurrent runs (see docs/reliability.md).
 */
package org.catchment.reliability;
