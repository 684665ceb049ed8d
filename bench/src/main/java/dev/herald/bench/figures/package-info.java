/**
 * Figures as the benchmarks print them ({@link dev.herald.bench.figures.Decimals}: rounded to a number of places),
 * shared by {@code dev.herald.bench}, its {@code fanout} world and the evaluation packages.
 *
 * <p>In: numbers. Out: numbers. Imports nothing from Herald.
 */
package dev.herald.bench.figures;
