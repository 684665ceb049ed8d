/**
 * Text utilities every stage may use: word tokens, stop words, stemming. Imports nothing else from Herald. Pure
 * functions, thread-safe.
 */
package dev.herald.text;
