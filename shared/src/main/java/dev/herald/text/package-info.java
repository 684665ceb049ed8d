/**
 * Text utilities every stage may use: word tokens, stop words, stemming ({@link dev.herald.text.Tokens}), sentence
 * splitting ({@link dev.herald.text.SentenceSplitter}) and boilerplate recognition ({@link
 * dev.herald.text.Boilerplate}). Imports nothing else from Herald. Pure functions, thread-safe.
 *
 * <p>In: strings. Out: strings, tokens and sentences. Must not import any other Herald package (ArchitectureTest).
 */
package dev.herald.text;
